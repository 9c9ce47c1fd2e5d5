import type { AppMessageKey } from '../../messages.js';

/** A help page as the index, the help menu and the browser tests see it. */
export interface HelpPageInfo {
  path: string;
  /** Its heading, the browser tab's title and its name in the help menu. */
  title: AppMessageKey;
  /** One sentence on the index. */
  summary: AppMessageKey;
  /** The paragraph under the heading. */
  lead: AppMessageKey;
  /** What its facts rest on, shown at its foot. */
  sources: AppMessageKey;
  /** When its content was last checked against its sources (../shared/domain/FACTS.md), as YYYY-MM-DD. */
  lastReviewed: string;
}

/** The help pages, in the order of the help menu; the index lists the others as the areas of Harbor. */
export const HELP_PAGES = {
  index: {
    path: '/help',
    title: 'help.index.title',
    summary: 'help.index.summary',
    lead: 'help.index.lead',
    sources: 'help.index.sources',
    lastReviewed: '2026-12-01',
  },
  youthRecords: {
    path: '/help/youth-records',
    title: 'help.youth.title',
    summary: 'help.youth.summary',
    lead: 'help.youth.lead',
    sources: 'help.youth.sources',
    lastReviewed: '2026-12-01',
  },
  screening: {
    path: '/help/screening',
    title: 'help.screening.title',
    summary: 'help.screening.summary',
    lead: 'help.screening.lead',
    sources: 'help.screening.sources',
    lastReviewed: '2026-12-01',
  },
  responses: {
    path: '/help/responses',
    title: 'help.responses.title',
    summary: 'help.responses.summary',
    lead: 'help.responses.lead',
    sources: 'help.responses.sources',
    lastReviewed: '2026-12-01',
  },
  deadlines: {
    path: '/help/deadlines',
    title: 'help.deadlines.title',
    summary: 'help.deadlines.summary',
    lead: 'help.deadlines.lead',
    sources: 'help.deadlines.sources',
    lastReviewed: '2026-12-01',
  },
  referrals: {
    path: '/help/referrals',
    title: 'help.referrals.title',
    summary: 'help.referrals.summary',
    lead: 'help.referrals.lead',
    sources: 'help.referrals.sources',
    lastReviewed: '2026-12-02',
  },
  directory: {
    path: '/help/directory',
    title: 'help.directory.title',
    summary: 'help.directory.summary',
    lead: 'help.directory.lead',
    sources: 'help.directory.sources',
    lastReviewed: '2026-12-02',
  },
  administration: {
    path: '/help/administration',
    title: 'help.admin.title',
    summary: 'help.admin.summary',
    lead: 'help.admin.lead',
    sources: 'help.admin.sources',
    lastReviewed: '2026-12-01',
  },
  glossary: {
    path: '/help/glossary',
    title: 'help.glossary.title',
    summary: 'help.glossary.summary',
    lead: 'help.glossary.lead',
    sources: 'help.glossary.sources',
    lastReviewed: '2026-12-01',
  },
} as const satisfies Record<string, HelpPageInfo>;

export type HelpPageId = keyof typeof HELP_PAGES;

/** The pages in menu order. */
export const HELP_PAGE_LIST: readonly (HelpPageInfo & { id: HelpPageId })[] = (
  Object.keys(HELP_PAGES) as HelpPageId[]
).map((id) => ({ id, ...HELP_PAGES[id] }));
