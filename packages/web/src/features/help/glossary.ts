import type { helpCopy } from './copy.js';

/** The glossary's groups, in the page's order, each with its entries in the order they are read. */
export const GLOSSARY_GROUPS = {
  reporting: ['pc11166', 'pc11166k', 'pc11167a', 'pc11167d', 'pc11165_1', 'ss8572'],
  law: ['wic300b2', 'sb1322', 'wic827', 'wic18961_7'],
  hotline: ['referral', 'dispositions'],
  response: ['csec', 'frp', 'mart', 'marc', 'mdt', 'star', 'dream'],
  care: ['advocate', 'ebp', 'minorConsent'],
  harbor: ['levelOfConcern', 'careTeam', 'breakGlass', 'fieldClass'],
} as const;

export type GlossaryGroup = keyof typeof GLOSSARY_GROUPS;
export type GlossaryId = (typeof GLOSSARY_GROUPS)[GlossaryGroup][number];

type GlossaryKey = keyof typeof helpCopy;
/** The entries with a fact FACTS.md says to verify before citing: their `.verify` message says which, and why. */
export type VerifiedGlossaryId = Extract<
  GlossaryId,
  { [K in GlossaryKey]: K extends `help.glossary.${infer Id}.verify` ? Id : never }[GlossaryKey]
>;

/**
 * The entries with a `.verify` message, named here so the app need not carry the copy itself (it reads messages
 * through src/i18n.ts); help.test.ts checks that this names every such message.
 */
const VERIFIED: readonly VerifiedGlossaryId[] = ['dispositions'];

/** One entry's messages: the term, a few sentences, its source, and a fact to verify before citing, if any. */
export interface GlossaryEntry {
  id: GlossaryId;
  group: GlossaryGroup;
  term: `help.glossary.${GlossaryId}.term`;
  body: `help.glossary.${GlossaryId}.body`;
  source: `help.glossary.${GlossaryId}.source`;
  verify?: `help.glossary.${VerifiedGlossaryId}.verify`;
}

/** Every entry, group by group; an entry has a fact to verify when its copy has a `.verify` message. */
export const GLOSSARY: readonly GlossaryEntry[] = Object.entries(GLOSSARY_GROUPS).flatMap(([group, ids]) =>
  ids.map(
    (id): GlossaryEntry => ({
      id,
      group: group as GlossaryGroup,
      term: `help.glossary.${id}.term`,
      body: `help.glossary.${id}.body`,
      source: `help.glossary.${id}.source`,
      ...((VERIFIED as readonly string[]).includes(id)
        ? { verify: `help.glossary.${id as VerifiedGlossaryId}.verify` as const }
        : {}),
    }),
  ),
);

/** The address of an entry: the glossary page, at the entry's heading. */
export function glossaryHref(id: GlossaryId): string {
  return `/help/glossary#${id}`;
}
