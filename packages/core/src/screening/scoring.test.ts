import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.js';
import type { InstrumentDefinition, ScoringRule } from './definition.js';
import { harborCseBrief } from './instruments/harbor-cse-brief.js';
import { harborCseIndicators } from './instruments/harbor-cse-indicators.js';
import { parseInstrument } from './parse.js';
import { safetyTriggered, scoreScreening } from './scoring.js';
import { FEATURE_INSTRUMENT } from './testing.js';

const t = (en: string) => ({ en, es: en });

/** Four yes/no items in domain "d" (the last one shown only when the first is yes), a concern domain "crit". */
function instrumentWith(rules: ScoringRule[], options: { critical?: boolean } = {}): InstrumentDefinition {
  const instrument: InstrumentDefinition = {
    id: 'scoring-test',
    version: 1,
    title: t('Scoring'),
    description: t('Scoring'),
    audience: 'staff',
    source: t('Tests'),
    domains: [
      {
        id: 'd',
        title: t('D'),
        items: [
          { id: 'q1', text: t('Q1'), answer: { type: 'yes_no_unknown' } },
          { id: 'q2', text: t('Q2'), answer: { type: 'yes_no_unknown' } },
          { id: 'q3', text: t('Q3'), answer: { type: 'concern' } },
          {
            id: 'q4',
            text: t('Q4'),
            answer: { type: 'yes_no_unknown' },
            showIf: { op: 'equals', item: 'q1', value: 'yes' },
          },
        ],
      },
      {
        id: 'crit',
        title: t('Critical'),
        critical: options.critical ?? true,
        items: [
          { id: 'k1', text: t('K1'), answer: { type: 'concern' } },
          { id: 'k2', text: t('K2'), answer: { type: 'yes_no_unknown' } },
        ],
      },
    ],
    scoring: { rules },
  };
  const parsed = parseInstrument(instrument);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return instrument;
}

describe('count rule ("N or more positive out of M")', () => {
  const rule: ScoringRule = { type: 'count', items: ['q1', 'q2', 'q3', 'q4'], atLeast: 2, level: 'possible' };
  const instrument = instrumentWith([rule]);

  it('fires at exactly N, naming the positive items and the domain', () => {
    expect(scoreScreening(instrument, { q2: 'yes', q3: 'possible' })).toEqual({
      level: 'possible',
      reasons: [{ rule: 0, type: 'count', level: 'possible', domainId: 'd', itemIds: ['q2', 'q3'] }],
      safety: false,
      domains: [{ id: 'd' }, { id: 'crit' }],
    });
  });

  it('does not fire at N-1', () => {
    expect(scoreScreening(instrument, { q2: 'yes', q3: 'none' }).level).toBe('none');
  });

  it('does not count unknown, no or none as positive', () => {
    expect(scoreScreening(instrument, { q1: 'unknown', q2: 'unknown', q3: 'none' }).level).toBe('none');
    expect(scoreScreening(instrument, { q1: 'no', q2: 'yes', q3: 'none' }).level).toBe('none');
  });

  it('ignores the answer of a hidden item', () => {
    // q4 is shown only when q1 is yes.
    expect(scoreScreening(instrument, { q1: 'no', q2: 'yes', q4: 'yes' }).level).toBe('none');
    expect(scoreScreening(instrument, { q1: 'yes', q4: 'yes' }).reasons[0]!.itemIds).toEqual(['q1', 'q4']);
  });

  it('scores empty answers as no concern', () => {
    expect(scoreScreening(instrument, {})).toEqual({
      level: 'none',
      reasons: [],
      safety: false,
      domains: [{ id: 'd' }, { id: 'crit' }],
    });
  });

  it('names no domain when its items span domains', () => {
    const spanning = instrumentWith([{ type: 'count', items: ['q2', 'k2'], atLeast: 1, level: 'clear' }]);
    expect(scoreScreening(spanning, { k2: 'yes' }).reasons).toEqual([
      { rule: 0, type: 'count', level: 'clear', itemIds: ['k2'] },
    ]);
  });
});

describe('critical_clear rule', () => {
  const instrument = instrumentWith([{ type: 'critical_clear', domains: ['crit'] }]);

  it('a possible concern in a critical domain is not enough', () => {
    const result = scoreScreening(instrument, { k1: 'possible', k2: 'unknown' });
    expect(result.level).toBe('none');
    expect(result.domains).toEqual([{ id: 'd' }, { id: 'crit', level: 'none' }]);
  });

  it('a clear concern, or a yes, makes the result clear', () => {
    expect(scoreScreening(instrument, { k1: 'clear' })).toEqual({
      level: 'clear',
      reasons: [{ rule: 0, type: 'critical_clear', level: 'clear', domainId: 'crit', itemIds: ['k1'] }],
      safety: false,
      domains: [{ id: 'd' }, { id: 'crit', level: 'clear' }],
    });
    expect(scoreScreening(instrument, { k1: 'clear', k2: 'yes' }).reasons[0]!.itemIds).toEqual(['k1', 'k2']);
    expect(scoreScreening(instrument, { k2: 'yes' }).level).toBe('clear');
  });

  it('clear or yes outside the critical domain does not fire', () => {
    expect(scoreScreening(instrument, { q1: 'yes', q3: 'clear' }).level).toBe('none');
  });

  it('gives one reason per critical domain that fired', () => {
    const two = instrumentWith([{ type: 'critical_clear', domains: ['crit'] }]);
    two.domains[0]!.critical = true;
    two.scoring.rules = [{ type: 'critical_clear', domains: ['crit', 'd'] }];
    expect(scoreScreening(two, { q3: 'clear', k2: 'yes' }).reasons).toEqual([
      { rule: 0, type: 'critical_clear', level: 'clear', domainId: 'd', itemIds: ['q3'] },
      { rule: 0, type: 'critical_clear', level: 'clear', domainId: 'crit', itemIds: ['k2'] },
    ]);
  });
});

describe('weighted rule', () => {
  const rule: ScoringRule = {
    type: 'weighted',
    domain: 'd',
    weights: { q1: 1, q2: 0.7, q3: 2, q4: 0.1 },
    thresholds: [
      { atLeast: 0.8, level: 'possible' },
      { atLeast: 3, level: 'clear' },
    ],
  };
  const instrument = instrumentWith([rule]);
  const score = (answers: Answers) => scoreScreening(instrument, answers);

  it('weighs yes 1, possible 0.5 and clear 1, times the item weight', () => {
    expect(score({ q3: 'possible' }).domains[0]).toEqual({ id: 'd', score: 1, level: 'possible' });
    expect(score({ q3: 'clear' }).domains[0]).toEqual({ id: 'd', score: 2, level: 'possible' });
    expect(score({ q1: 'unknown', q2: 'no', q3: 'none' }).domains[0]).toEqual({ id: 'd', score: 0, level: 'none' });
  });

  it('fires exactly at a threshold, not just below it (0.7 + 0.1 reaches 0.8)', () => {
    expect(score({ q1: 'yes', q2: 'yes', q4: 'yes' }).domains[0]!.score).toBe(1.8);
    expect(score({ q2: 'yes', q1: 'no' }).domains[0]).toEqual({ id: 'd', score: 0.7, level: 'none' });
    expect(score({ q1: 'yes', q3: 'clear' }).domains[0]).toEqual({ id: 'd', score: 3, level: 'clear' });
    expect(score({ q2: 'yes', q3: 'clear' }).domains[0]).toEqual({ id: 'd', score: 2.7, level: 'possible' });
    const rounding = instrumentWith([{ ...rule, weights: { q1: 0.7, q2: 0.1 } }]);
    // 0.7 + 0.1 is 0.7999999999999999 in floating point; scores are rounded to 6 decimals before comparing.
    expect(scoreScreening(rounding, { q1: 'yes', q2: 'yes' }).level).toBe('possible');
  });

  it('names the domain and the items that added to the score', () => {
    expect(score({ q1: 'yes', q2: 'no', q3: 'clear' }).reasons).toEqual([
      { rule: 0, type: 'weighted', level: 'clear', domainId: 'd', itemIds: ['q1', 'q3'] },
    ]);
  });

  it('ignores hidden items', () => {
    expect(score({ q1: 'no', q2: 'yes', q4: 'yes' }).domains[0]!.score).toBe(0.7);
  });

  it('uses value weights instead of the answer weights where given', () => {
    const valued = instrumentWith([{ ...rule, valueWeights: { q3: { possible: 1, clear: 1.5 }, q2: { unknown: 1 } } }]);
    expect(scoreScreening(valued, { q3: 'possible' }).domains[0]!.score).toBe(2);
    expect(scoreScreening(valued, { q3: 'clear' }).domains[0]!.score).toBe(3);
    expect(scoreScreening(valued, { q2: 'unknown' }).domains[0]!.score).toBe(0.7);
    expect(scoreScreening(valued, { q2: 'yes' }).domains[0]!.score).toBe(0);
  });
});

describe('combining rules', () => {
  it('takes the highest level, and lists every rule that fired in rule order (ties included)', () => {
    const instrument = instrumentWith([
      { type: 'count', items: ['q1', 'q2'], atLeast: 1, level: 'possible' },
      { type: 'count', items: ['q2', 'q3'], atLeast: 1, level: 'possible' },
      { type: 'critical_clear', domains: ['crit'] },
    ]);
    const tie = scoreScreening(instrument, { q2: 'yes' });
    expect(tie.level).toBe('possible');
    expect(tie.reasons.map((r) => r.rule)).toEqual([0, 1]);
    const clear = scoreScreening(instrument, { q2: 'yes', k1: 'clear' });
    expect(clear.level).toBe('clear');
    expect(clear.reasons.map((r) => [r.rule, r.level])).toEqual([
      [0, 'possible'],
      [1, 'possible'],
      [2, 'clear'],
    ]);
  });

  it('scores choice and number items by their positive options and positiveAtLeast', () => {
    const result = scoreScreening(FEATURE_INSTRUMENT, { gate: 'yes', count: 3, pick: 'x', many: ['q'] });
    expect(result.reasons[0]).toEqual({
      rule: 0,
      type: 'count',
      level: 'possible',
      domainId: 'a',
      itemIds: ['gate', 'count', 'pick'],
    });
    // Weighted over domain a: gate 1 + pick 1 + many q (value weight 0.5) = 2.5.
    expect(result.domains[0]).toEqual({ id: 'a', score: 2.5, level: 'possible' });
    expect(scoreScreening(FEATURE_INSTRUMENT, { gate: 'yes', count: 2 }).reasons).toEqual([]);
    expect(scoreScreening(FEATURE_INSTRUMENT, { many: ['q', 'p'] }).domains[0]!.score).toBe(2);
  });

  it('gives byte-identical JSON for the same answers in another key order', () => {
    const a: Answers = { gate: 'yes', count: 4, pick: 'x', many: ['r', 'p'], level: 'possible', c2: 'yes', s1: 'no' };
    const b: Answers = Object.fromEntries(Object.entries(a).reverse());
    b.many = ['p', 'r'];
    expect(JSON.stringify(scoreScreening(FEATURE_INSTRUMENT, b))).toBe(
      JSON.stringify(scoreScreening(FEATURE_INSTRUMENT, a)),
    );
  });
});

describe('safety', () => {
  it('is triggered by a safety item answered positively, only while it is shown', () => {
    const instrument = instrumentWith([{ type: 'critical_clear', domains: ['crit'] }]);
    instrument.domains[0]!.items[3]!.safety = true; // q4, shown when q1 is yes
    expect(safetyTriggered(instrument, { q1: 'yes', q4: 'yes' })).toBe(true);
    expect(scoreScreening(instrument, { q1: 'yes', q4: 'yes' }).safety).toBe(true);
    expect(safetyTriggered(instrument, { q1: 'no', q4: 'yes' })).toBe(false);
    expect(safetyTriggered(instrument, { q1: 'yes', q4: 'unknown' })).toBe(false);
  });

  it('is triggered by any item of a safety domain', () => {
    expect(safetyTriggered(FEATURE_INSTRUMENT, { s1: 'yes' })).toBe(true);
    expect(safetyTriggered(FEATURE_INSTRUMENT, { s1: 'no', gate: 'yes' })).toBe(false);
    expect(safetyTriggered(FEATURE_INSTRUMENT, {})).toBe(false);
  });
});

describe('the shipped instruments', () => {
  it('harbor-cse-indicators: a clear concern on a sign of exploitation is a clear concern', () => {
    const result = scoreScreening(harborCseIndicators, { exchange: 'clear' });
    expect(result.level).toBe('clear');
    expect(result.reasons[0]).toEqual({
      rule: 0,
      type: 'critical_clear',
      level: 'clear',
      domainId: 'exploitation',
      itemIds: ['exchange'],
    });
  });

  it('harbor-cse-indicators: a possible concern on a sign of exploitation is a possible concern', () => {
    expect(scoreScreening(harborCseIndicators, { quota: 'possible' }).level).toBe('possible');
  });

  it('harbor-cse-indicators: three risk indicators, counting repeated running away once it is asked', () => {
    expect(scoreScreening(harborCseIndicators, { runaway: 'yes', 'sexual-abuse': 'yes' }).level).toBe('none');
    expect(
      scoreScreening(harborCseIndicators, { runaway: 'yes', 'runaway-count': 3, 'sexual-abuse': 'yes' }).level,
    ).toBe('possible');
    expect(
      scoreScreening(harborCseIndicators, { runaway: 'no', 'runaway-count': 3, 'sexual-abuse': 'yes' }).level,
    ).toBe('none');
  });

  it('harbor-cse-indicators: thoughts of suicide or self-harm always trigger the safety step', () => {
    const result = scoreScreening(harborCseIndicators, { 'suicide-self-harm': 'yes' });
    expect(result.safety).toBe(true);
    expect(result.level).toBe('none');
    expect(safetyTriggered(harborCseIndicators, { depression: 'clear', anxiety: 'clear' })).toBe(false);
  });

  it('harbor-cse-brief: two of six is a possible concern, one is not; an exchange is clear', () => {
    expect(scoreScreening(harborCseBrief, { away: 'yes', gifts: 'unknown' }).level).toBe('none');
    expect(scoreScreening(harborCseBrief, { away: 'yes', gifts: 'yes' }).level).toBe('possible');
    expect(scoreScreening(harborCseBrief, { exchange: 'yes' }).level).toBe('clear');
    expect(scoreScreening(harborCseBrief, { 'self-harm': 'yes' }).safety).toBe(true);
  });
});
