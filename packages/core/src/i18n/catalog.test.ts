import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { catalogs, MESSAGE_GROUPS, translate } from './catalog.js';
import { LOCALES } from './locales.js';

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

describe('message catalogs', () => {
  it('has every message in every language, non-empty, valid ICU, with the same arguments', () => {
    for (const [group, messages] of Object.entries(MESSAGE_GROUPS)) {
      for (const [key, message] of Object.entries(messages)) {
        const names = LOCALES.map((locale) => {
          const text = message[locale];
          expect(text, `${group}:${key}:${locale}`).toBeTypeOf('string');
          expect(text.trim().length, `${group}:${key}:${locale} is empty`).toBeGreaterThan(0);
          return [...argumentNames(parse(text))].sort().join(',');
        });
        expect(new Set(names).size, `${key} uses different arguments across languages`).toBe(1);
      }
    }
  });

  it('defines each key in one group only', () => {
    const seen = new Map<string, string>();
    for (const [group, messages] of Object.entries(MESSAGE_GROUPS)) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${group}`).toBeUndefined();
        seen.set(key, group);
      }
    }
  });

  it('has a message for every error code', () => {
    for (const code of ERROR_CODES) {
      for (const locale of LOCALES) expect(catalogs[locale][`error.${code}`], `${code} ${locale}`).toBeTruthy();
    }
  });

  it('formats plurals per language', () => {
    expect(translate('en', 'error.validation_failed', { count: 1 })).toBe('One field needs attention.');
    expect(translate('en', 'error.validation_failed', { count: 3 })).toBe('3 fields need attention.');
    expect(translate('es', 'error.validation_failed', { count: 2 })).toBe('2 campos necesitan atención.');
  });

  it('returns the key for an unknown message instead of throwing', () => {
    expect(translate('es', 'no.such.key')).toBe('no.such.key');
  });
});

describe('translate without the values a message needs', () => {
  it('returns the unformatted text instead of throwing', () => {
    expect(translate('en', 'error.validation_failed')).toContain('count');
  });
});

describe('the language guide (../shared/domain/FACTS.md)', () => {
  // A commercially sexually exploited child is a victim: never a "child prostitute", and the buyer is not a "john".
  const BANNED = [
    /child(ren)? prostitut/i,
    /(teen|juvenile|underage) prostitut/i,
    /\bjohns?\b/i,
    /prostitut[ao]s? (infantil|menor)/i,
    /niñ[oa]s? prostitut/i,
    /\bchild porn/i,
  ];

  /** Every string inside a definition. */
  const leaves = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(leaves)
        : [];

  it('holds in every message, instrument and protocol Harbor ships', async () => {
    const { SHIPPED_INSTRUMENTS } = await import('../screening/index.js');
    const { SHIPPED_PROTOCOLS } = await import('../protocol/index.js');
    const texts = [
      ...LOCALES.flatMap((locale) => Object.entries(catalogs[locale])),
      ...[...SHIPPED_INSTRUMENTS, ...SHIPPED_PROTOCOLS].flatMap((d) => leaves(d).map((text) => [d.id, text] as const)),
    ];
    expect(texts.length).toBeGreaterThan(500);
    for (const [where, text] of texts) {
      // A banned phrase may be quoted to say it is wrong ("there is no such thing as a “child prostitute”").
      const unquoted = text.replace(/“[^”]{0,40}”|«[^»]{0,40}»|\\?"[^"\\]{0,40}\\?"/g, '');
      for (const pattern of BANNED) expect(unquoted, `${where}: ${pattern}`).not.toMatch(pattern);
    }
  });
});
