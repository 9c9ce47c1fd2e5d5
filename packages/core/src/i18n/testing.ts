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

/** Every text of every message of the groups, with its group, key and language. */
export function messageTexts(groups: Record<string, MessageGroup>): [string, string][] {
  return Object.entries(groups).flatMap(([group, messages]) =>
    Object.entries(messages).flatMap(([key, message]) =>
      LOCALES.map((locale) => [`${group}:${key}:${locale}`, message[locale]] as [string, string]),
    ),
  );
}

/** Every string inside a definition (an instrument, a protocol), each with where it is: `<id>:<path>`. */
export function definitionTexts(id: string, value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[`${id}:${path}`, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => definitionTexts(id, child, path ? `${path}.${key}` : key));
}
