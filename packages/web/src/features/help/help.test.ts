import { HOTLINES, LOCALES } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { helpCopy } from './copy';
import { helpFeature } from './feature';
import { GLOSSARY, GLOSSARY_GROUPS } from './glossary';
import { HELP_PAGE_LIST } from './pages';
import { DEFAULT_LINES, linesOf } from './phones';

const text = (key: string, locale: (typeof LOCALES)[number]) =>
  (helpCopy as Record<string, Record<string, string> | undefined>)[key]?.[locale];

/** The numbers a text cites (sections, years, ages, hours), in order of size: the same in every language. */
const numbersOf = (value: string) => [...value.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]).sort();

describe('the glossary', () => {
  it('has the terms staff meet in Harbor, each once', () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'pc11166',
        'pc11166k',
        'pc11167a',
        'pc11167d',
        'pc11165_1',
        'ss8572',
        'wic827',
        'wic18961_7',
        'wic300b2',
        'sb1322',
        'referral',
        'dispositions',
        'csec',
        'mdt',
        'star',
        'dream',
        'frp',
        'mart',
        'marc',
        'levelOfConcern',
        'careTeam',
        'breakGlass',
        'fieldClass',
        'advocate',
        'ebp',
        'minorConsent',
      ].sort(),
    );
    for (const ids of Object.values(GLOSSARY_GROUPS)) expect(ids.length).toBeGreaterThan(0);
  });

  it.each(GLOSSARY)('$id has its term, a few sentences and a source in every language', (entry) => {
    for (const locale of LOCALES) {
      for (const key of [entry.term, entry.body, entry.source]) {
        expect(text(key, locale)?.trim(), `${key} in ${locale}`).toBeTruthy();
      }
      expect(text(entry.body, locale)!.length, `${entry.body} in ${locale}`).toBeGreaterThan(60);
      expect(text(entry.body, locale), `${entry.body} in ${locale}`).toMatch(/\.$|”\.?$|\)\.$/);
    }
  });

  it.each(GLOSSARY)('$id cites a source, the same in both languages', (entry) => {
    const en = text(entry.source, 'en')!;
    const es = text(entry.source, 'es')!;
    // A source names a law, a form, a public body or a publication: something a reader can look up.
    expect(en).toMatch(
      /Code|Rules of Court|SB \d|CFR|DCFS|LACDMH|Board of Supervisors|Youth Law|CEBC|CSE-IT|Guidelines|Protocol|security model/,
    );
    expect(numbersOf(es), `${entry.source}: the sections and years cited`).toEqual(numbersOf(en));
    // The body's facts (sections, hours, days, ages, years, shares) survive the translation too.
    expect(numbersOf(text(entry.body, 'es')!), entry.body).toEqual(numbersOf(text(entry.body, 'en')!));
  });

  it('marks the facts FACTS.md says to verify before citing, in both languages', () => {
    const marked = GLOSSARY.filter((entry) => entry.verify).map((entry) => entry.id);
    expect(marked).toEqual(['dispositions']);
    const withVerify = Object.keys(helpCopy).flatMap(
      (key) => /^help\.glossary\.(.+)\.verify$/.exec(key)?.slice(1) ?? [],
    );
    expect(marked).toEqual(withVerify);
    for (const entry of GLOSSARY.filter((e) => e.verify)) {
      for (const locale of LOCALES) expect(text(entry.verify!, locale)).toMatch(/11166\.02/);
    }
    // The deadlines page's fact about youth missing from foster care rests on W&I 16501.35, to verify as well.
    for (const locale of LOCALES) expect(text('help.deadlines.law.missing', locale)).toMatch(/16501\.35/);
  });
});

describe('the help pages', () => {
  it('are the feature’s pages, each reviewed on a real day that has come', () => {
    expect(HELP_PAGE_LIST.map((page) => page.path)).toEqual((helpFeature.pages ?? []).map((page) => `/${page.path}`));
    for (const page of HELP_PAGE_LIST) {
      expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const day = new Date(`${page.lastReviewed}T00:00:00Z`);
      expect(day.toISOString().slice(0, 10)).toBe(page.lastReviewed);
      expect(day.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it('keep the same numbers in both languages', () => {
    for (const key of Object.keys(helpCopy).filter((k) => !k.startsWith('help.glossary.'))) {
      expect(numbersOf(text(key, 'es')!), key).toEqual(numbersOf(text(key, 'en')!));
    }
  });

  it('show the phone lines of core’s HOTLINES, and never type a phone number themselves', () => {
    expect(linesOf(DEFAULT_LINES).map((line) => line.id)).toEqual([...DEFAULT_LINES]);
    expect(linesOf(['national_human_trafficking_hotline', 'no-such-line'])).toEqual([
      HOTLINES.find((line) => line.id === 'national_human_trafficking_hotline'),
    ]);
    const phone = /\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/;
    for (const [key, message] of Object.entries(helpCopy)) {
      for (const locale of LOCALES) expect(message[locale], `${key} in ${locale}`).not.toMatch(phone);
    }
  });
});
