import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { catalogs, MESSAGE_GROUPS, translate } from './catalog.js';
import { languageProblems } from './language-guard.js';
import { LOCALES } from './locales.js';
import { definitionTexts, messageProblems, messageTexts } from './testing.js';

describe('message catalogs', () => {
  it('has every message in every language, non-empty, valid ICU, with the same arguments; each key in one group', () => {
    expect(messageProblems(MESSAGE_GROUPS)).toEqual([]);
  });

  it('finds what the checks are for', () => {
    const broken = {
      a: { 'x.one': { en: 'Hello {name}', es: 'Hola {nombre}' }, 'x.two': { en: 'Fine', es: ' ' } },
      b: { 'x.one': { en: '{count, plural, one {#}', es: 'ok' } },
    };
    expect(messageProblems(broken)).toEqual([
      'a:x.one uses different arguments across languages',
      'a:x.two:es is missing or empty',
      'x.one is in a and b',
      expect.stringMatching(/^b:x\.one:en is not valid ICU/),
    ]);
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
  it('holds in every message of core, and every text of the instruments and protocols Harbor ships', async () => {
    const { SHIPPED_INSTRUMENTS } = await import('../screening/index.js');
    const { SHIPPED_PROTOCOLS } = await import('../protocol/index.js');
    const texts = [
      ...messageTexts(MESSAGE_GROUPS),
      ...[...SHIPPED_INSTRUMENTS, ...SHIPPED_PROTOCOLS].flatMap((d) => definitionTexts(d.id, d)),
    ];
    expect(texts.length).toBeGreaterThan(500);
    // No core message explains the guide: none may quote a term (the web app's about and help pages do).
    expect(languageProblems(texts)).toEqual([]);
  });

  it('is noticed when broken, in a message and in a definition', () => {
    const broken = { x: { 'x.one': { en: 'a child\u00a0prostitute', es: 'una “prostituta”' } } };
    expect(
      languageProblems([...messageTexts(broken), ...definitionTexts('p', { steps: [{ en: 'the pimp' }] })]),
    ).toEqual([
      expect.stringMatching(/^x:x\.one:en: "prostitute"/),
      expect.stringMatching(/^x:x\.one:es: "prostituta"/),
      expect.stringMatching(/^p:steps\.0\.en: "pimp"/),
    ]);
  });
});
