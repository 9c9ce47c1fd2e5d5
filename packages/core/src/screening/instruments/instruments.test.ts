import { describe, expect, it } from 'vitest';
import { comparisonText, languageProblems } from '../../i18n/language-guard.js';
import { expectJsonCopy } from '../../testing/json-copy.js';
import { instrumentItems, visibleItemIds } from '../answers.js';
import { parseInstrument } from '../parse.js';
import { harborCseBrief } from './harbor-cse-brief.js';
import { harborCseBriefV2 } from './harbor-cse-brief-v2.js';
import { harborCseIndicators } from './harbor-cse-indicators.js';
import { harborCseIndicatorsV2 } from './harbor-cse-indicators-v2.js';
import { CURRENT_INSTRUMENTS, SHIPPED_INSTRUMENTS } from './index.js';

/** Every text of an instrument in one language. */
function texts(value: unknown, locale: 'en' | 'es', into: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) texts(v, locale, into);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.es === 'string') into.push(record[locale] as string);
    else for (const v of Object.values(record)) texts(v, locale, into);
  }
  return into;
}

describe('shipped instruments', () => {
  it('pass parseInstrument, as objects and after a trip through JSON', () => {
    expect(SHIPPED_INSTRUMENTS.map((i) => `${i.id}@${i.version}`)).toEqual([
      'harbor-cse-indicators@1',
      'harbor-cse-brief@1',
      'harbor-cse-indicators@2',
      'harbor-cse-brief@2',
    ]);
    for (const instrument of SHIPPED_INSTRUMENTS) {
      expect(parseInstrument(instrument)).toEqual({ ok: true, instrument });
      expect(parseInstrument(JSON.parse(JSON.stringify(instrument)))).toEqual({ ok: true, instrument });
    }
  });

  it('follow the language guide (../shared/domain/FACTS.md): person-first, no stigmatising term in either language', () => {
    for (const instrument of SHIPPED_INSTRUMENTS) {
      const all = (['en', 'es'] as const).flatMap((locale) =>
        texts(instrument, locale).map((text, n) => [`${instrument.id}:${locale}:${n}`, text] as const),
      );
      expect(languageProblems(all)).toEqual([]);
      // An instrument is about a youth: never a "client", nor "prostitution" or "pornography", in any sense.
      const compared = all.map(([, text]) => comparisonText(text)).join('\n');
      expect(compared).not.toMatch(/\bclientes?\b|\bclients?\b|prostitu|porn/);
      expect(texts(instrument, 'en').join('\n')).toMatch(/commercially sexually exploited/);
    }
  });

  it.each([harborCseIndicators, harborCseIndicatorsV2])(
    'harbor-cse-indicators has the five domains, skip logic and every kind of rule',
    (i) => {
      expect(i.audience).toBe('staff');
      expect(i.domains.map((d) => d.id)).toEqual([
        'vulnerabilities',
        'relationships',
        'exploitation',
        'physical',
        'psychological',
      ]);
      expect(i.domains.find((d) => d.id === 'exploitation')!.critical).toBe(true);
      const safety = instrumentItems(i).filter((item) => item.safety);
      expect(safety.map((item) => item.id)).toEqual(['suicide-self-harm']);
      expect(i.domains.find((d) => d.items.includes(safety[0]!))!.id).toBe('psychological');
      expect(instrumentItems(i).filter((item) => item.showIf).length).toBeGreaterThanOrEqual(1);
      expect(new Set(i.scoring.rules.map((r) => r.type))).toEqual(new Set(['count', 'weighted', 'critical_clear']));
      // A follow-up is asked only when its gate item is yes.
      expect(visibleItemIds(i, { runaway: 'no' })).not.toContain('runaway-count');
      expect(visibleItemIds(i, { runaway: 'yes' })).toContain('runaway-count');
    },
  );

  it.each([harborCseBrief, harborCseBriefV2])(
    'harbor-cse-brief has at most 10 items, an "N of M" count rule and a safety item',
    (b) => {
      expect(b.audience).toBe('brief');
      expect(instrumentItems(b).length).toBeLessThanOrEqual(10);
      expect(b.scoring.rules.some((r) => r.type === 'count' && r.items.length > 1 && r.atLeast > 1)).toBe(true);
      expect(b.domains.flatMap((d) => d.items.filter((item) => item.safety || d.safety)).length).toBe(1);
    },
  );

  // Issue 12, item 11: a Spanish question without its subject reads as if it asked the person completing it ("¿Tiene
  // tatuajes?"). A follow-up asked right after its question (showIf) may lean on it.
  it.each(CURRENT_INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
    'the Spanish questions of %s (the version new screenings use) name their subject, the youth',
    (_id, instrument) => {
      const unnamed = instrumentItems(instrument)
        .filter((item) => !item.showIf && item.answer.type !== 'text')
        .filter((item) => !/persona joven/.test(item.text.es))
        .map((item) => item.id);
      expect(unnamed).toEqual([]);
    },
  );

  // The JSON copies under packages/core/instruments are the county's editable examples for `harbor instruments import`.
  it.each(SHIPPED_INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
    'the JSON copy of %s is up to date',
    (_id, instrument) => {
      expectJsonCopy(
        `packages/core/instruments/${instrument.id}-v${instrument.version}.json`,
        instrument,
        (input) => parseInstrument(input).ok,
      );
    },
  );
});
