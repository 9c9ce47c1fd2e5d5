import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageGroup } from './define.js';
import { LOCALES } from './locales.js';

/**
 * Checks of message catalogs for tests, here and in the web app (its page copy): not built into core's dist, since
 * the ICU parser is a development dependency.
 */

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentNames(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
  }
  return into;
}

/**
 * What is wrong with a set of message groups: a message missing a language or empty in one, text that is not valid
 * ICU MessageFormat, different arguments across languages, a key in more than one group. Empty when all is well.
 */
export function messageProblems(groups: Record<string, MessageGroup>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [group, messages] of Object.entries(groups)) {
    for (const [key, message] of Object.entries(messages)) {
      const other = seen.get(key);
      if (other !== undefined) problems.push(`${key} is in ${other} and ${group}`);
      seen.set(key, group);
      const names = new Set<string>();
      for (const locale of LOCALES) {
        const text: unknown = message[locale];
        if (typeof text !== 'string' || text.trim().length === 0) {
          problems.push(`${group}:${key}:${locale} is missing or empty`);
          continue;
        }
        try {
          names.add([...argumentNames(parse(text))].sort().join(','));
        } catch (error) {
          problems.push(`${group}:${key}:${locale} is not valid ICU: ${(error as Error).message}`);
        }
      }
      if (names.size > 1) problems.push(`${group}:${key} uses different arguments across languages`);
    }
  }
  return problems;
}

/**
 * The language guide (../shared/domain/FACTS.md): a commercially sexually exploited child is a victim, never a
 * "child prostitute", and the buyer is not a "john".
 */
export const BANNED_PHRASES: readonly RegExp[] = [
  /child(ren)? prostitut/i,
  /(teen|juvenile|underage) prostitut/i,
  /\bjohns?\b/i,
  /prostitut[ao]s? (infantil|menor)/i,
  /niñ[oa]s? prostitut/i,
  /\bchild porn/i,
];

/** The texts (each with where it comes from) that use a banned phrase. A phrase may be quoted to say it is wrong. */
export function bannedPhraseProblems(texts: readonly (readonly [string, string])[]): string[] {
  const problems: string[] = [];
  for (const [where, text] of texts) {
    // A banned phrase may be quoted to say it is wrong ("there is no such thing as a “child prostitute”").
    const unquoted = text.replace(/“[^”]{0,40}”|«[^»]{0,40}»|\\?"[^"\\]{0,40}\\?"/g, '');
    for (const pattern of BANNED_PHRASES) if (pattern.test(unquoted)) problems.push(`${where}: ${pattern}`);
  }
  return problems;
}

/** Every text of every message of the groups, with its group, key and language. */
export function messageTexts(groups: Record<string, MessageGroup>): [string, string][] {
  return Object.entries(groups).flatMap(([group, messages]) =>
    Object.entries(messages).flatMap(([key, message]) =>
      LOCALES.map((locale) => [`${group}:${key}:${locale}`, message[locale]] as [string, string]),
    ),
  );
}
