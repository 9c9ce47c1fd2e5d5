import { describe, expect, it } from 'vitest';
import { type Answers, normaliseAnswers, validateAnswers, visibleItemIds } from './answers.js';
import type { InstrumentDefinition } from './definition.js';
import { FEATURE_INSTRUMENT } from './testing.js';

const ALWAYS = ['gate', 'many', 'level', 'c1', 's1'];

describe('skip logic (visibleItemIds)', () => {
  it('shows only items without conditions when nothing is answered', () => {
    expect(visibleItemIds(FEATURE_INSTRUMENT, {})).toEqual(ALWAYS);
  });

  it('follows equals, then gte on the item it revealed, in instrument order', () => {
    expect(visibleItemIds(FEATURE_INSTRUMENT, { gate: 'yes' })).toEqual(['gate', 'count', 'many', 'level', 'c1', 's1']);
    expect(visibleItemIds(FEATURE_INSTRUMENT, { gate: 'yes', count: 0 })).toEqual([
      'gate',
      'count',
      'many',
      'level',
      'c1',
      'c2',
      's1',
    ]);
    expect(visibleItemIds(FEATURE_INSTRUMENT, { gate: 'yes', count: 2 })).toEqual([
      'gate',
      'count',
      'pick',
      'many',
      'level',
      'c1',
      's1',
    ]);
    expect(visibleItemIds(FEATURE_INSTRUMENT, { gate: 'no', count: 2 })).toEqual(ALWAYS);
  });

  it('treats the answer of a hidden item as no answer, through a chain of conditions', () => {
    // count is hidden (gate is not yes), so its 5 cannot reveal pick, and lte 0 cannot reveal c2 either.
    expect(visibleItemIds(FEATURE_INSTRUMENT, { gate: 'unknown', count: 5, pick: 'x' })).toEqual(ALWAYS);
    expect(visibleItemIds(FEATURE_INSTRUMENT, { count: 0 })).toEqual(ALWAYS);
  });

  it('evaluates nested and / not / in on a multiple choice', () => {
    const shown = (many: string[]) => visibleItemIds(FEATURE_INSTRUMENT, { many }).includes('note');
    expect(shown(['p'])).toBe(true);
    expect(shown(['p', 'r'])).toBe(true);
    expect(shown(['q'])).toBe(false);
    expect(shown(['r', 'q'])).toBe(false);
    expect(shown([])).toBe(false); // an empty selection is not an answer
  });

  it('evaluates or over positive and lte', () => {
    const c2 = (answers: Answers) => visibleItemIds(FEATURE_INSTRUMENT, answers).includes('c2');
    expect(c2({ level: 'possible' })).toBe(true);
    expect(c2({ level: 'clear' })).toBe(true);
    expect(c2({ level: 'none' })).toBe(false);
    expect(c2({ gate: 'yes', count: 0 })).toBe(true);
    expect(c2({ gate: 'yes', count: 1 })).toBe(false);
    expect(c2({ gate: 'yes', count: 1, level: 'possible' })).toBe(true);
  });

  it('matches equals on a number and on an option of a multiple choice', () => {
    const instrument: InstrumentDefinition = structuredClone(FEATURE_INSTRUMENT);
    instrument.domains[0]!.items[2]!.showIf = { op: 'equals', item: 'count', value: 4 };
    instrument.domains[1]!.items[1]!.showIf = { op: 'equals', item: 'many', value: 'r' };
    expect(visibleItemIds(instrument, { gate: 'yes', count: 4, many: ['q', 'r'] })).toContain('pick');
    expect(visibleItemIds(instrument, { gate: 'yes', count: 4, many: ['q', 'r'] })).toContain('c2');
    expect(visibleItemIds(instrument, { gate: 'yes', count: 5, many: ['q'] })).not.toContain('pick');
    expect(visibleItemIds(instrument, { gate: 'yes', count: 5, many: ['q'] })).not.toContain('c2');
  });
});

describe('normaliseAnswers', () => {
  it('drops answers of hidden items, of unknown items and empty answers; keeps instrument order', () => {
    const answers: Answers = { s1: 'no', ghost: 'yes', count: 3, note: '', many: ['r', 'p'], gate: 'no', c1: 'none' };
    const normalised = normaliseAnswers(FEATURE_INSTRUMENT, answers);
    expect(normalised).toEqual({ gate: 'no', many: ['p', 'r'], c1: 'none', s1: 'no' });
    expect(Object.keys(normalised)).toEqual(['gate', 'many', 'c1', 's1']);
  });

  it('keeps a selection with options the instrument does not offer as given, for validation to report', () => {
    expect(normaliseAnswers(FEATURE_INSTRUMENT, { many: ['w', 'p'] })).toEqual({ many: ['w', 'p'] });
  });

  it('is idempotent', () => {
    const answers: Answers = { gate: 'yes', count: 1, pick: 'x', many: ['q'], level: 'clear', c2: 'yes' };
    const once = normaliseAnswers(FEATURE_INSTRUMENT, answers);
    expect(normaliseAnswers(FEATURE_INSTRUMENT, once)).toEqual(once);
  });
});

describe('validateAnswers', () => {
  const complete: Answers = { gate: 'no', level: 'none', c1: 'none', s1: 'no' };

  it('accepts a complete set, and an empty draft', () => {
    expect(validateAnswers(FEATURE_INSTRUMENT, complete, { complete: true })).toEqual([]);
    expect(validateAnswers(FEATURE_INSTRUMENT, {}, { complete: false })).toEqual([]);
  });

  it('requires every shown required item only when completing', () => {
    expect(validateAnswers(FEATURE_INSTRUMENT, { gate: 'yes' }, { complete: false })).toEqual([]);
    expect(validateAnswers(FEATURE_INSTRUMENT, { gate: 'yes', level: 'possible' }, { complete: true })).toEqual([
      { itemId: 'count', code: 'required' },
      { itemId: 'c1', code: 'required' },
      { itemId: 'c2', code: 'required' },
      { itemId: 's1', code: 'required' },
    ]);
  });

  it('does not require optional items, hidden items, nor count an empty text as an answer', () => {
    expect(validateAnswers(FEATURE_INSTRUMENT, { ...complete, many: ['p'], note: '' }, { complete: true })).toEqual([]);
    expect(validateAnswers(FEATURE_INSTRUMENT, { ...complete, level: '' }, { complete: true })).toEqual([
      { itemId: 'level', code: 'required' },
    ]);
  });

  it('reports answers the item does not offer as not_allowed', () => {
    const answers = {
      gate: 'maybe',
      level: 'yes',
      pick: ['x'],
      many: ['p', 'p'],
      c1: 3,
      s1: ['yes'],
      c2: true,
    } as unknown as Answers;
    expect(validateAnswers(FEATURE_INSTRUMENT, answers, { complete: false })).toEqual([
      { itemId: 'gate', code: 'not_allowed' },
      { itemId: 'pick', code: 'not_allowed' },
      { itemId: 'many', code: 'not_allowed' },
      { itemId: 'level', code: 'not_allowed' },
      { itemId: 'c1', code: 'not_allowed' },
      { itemId: 'c2', code: 'not_allowed' },
      { itemId: 's1', code: 'not_allowed' },
    ]);
    expect(validateAnswers(FEATURE_INSTRUMENT, { many: ['p', 'w'], pick: 'w' }, { complete: false })).toEqual([
      { itemId: 'pick', code: 'not_allowed' },
      { itemId: 'many', code: 'not_allowed' },
    ]);
    expect(validateAnswers(FEATURE_INSTRUMENT, { note: 12 }, { complete: false })).toEqual([
      { itemId: 'note', code: 'not_allowed' },
    ]);
  });

  it('checks numbers: not_a_number, whole numbers, out_of_range at both ends', () => {
    const check = (count: unknown) =>
      validateAnswers(FEATURE_INSTRUMENT, { gate: 'yes', count } as Answers, { complete: false });
    expect(check('3')).toEqual([{ itemId: 'count', code: 'not_a_number' }]);
    expect(check(Number.NaN)).toEqual([{ itemId: 'count', code: 'not_a_number' }]);
    expect(check(Number.POSITIVE_INFINITY)).toEqual([{ itemId: 'count', code: 'not_a_number' }]);
    expect(check(2.5)).toEqual([{ itemId: 'count', code: 'not_a_number' }]);
    expect(check(null)).toEqual([{ itemId: 'count', code: 'not_a_number' }]);
    expect(check(-1)).toEqual([{ itemId: 'count', code: 'out_of_range' }]);
    expect(check(21)).toEqual([{ itemId: 'count', code: 'out_of_range' }]);
    expect(check(0)).toEqual([]);
    expect(check(20)).toEqual([]);
  });

  it('checks the length of a text answer', () => {
    expect(validateAnswers(FEATURE_INSTRUMENT, { note: 'x'.repeat(20) }, { complete: false })).toEqual([]);
    expect(validateAnswers(FEATURE_INSTRUMENT, { note: 'x'.repeat(21) }, { complete: false })).toEqual([
      { itemId: 'note', code: 'too_long' },
    ]);
  });

  it('reports answers to items the instrument does not have, last and sorted', () => {
    expect(validateAnswers(FEATURE_INSTRUMENT, { zz: 'yes', gate: 'maybe', aa: 1 }, { complete: false })).toEqual([
      { itemId: 'gate', code: 'not_allowed' },
      { itemId: 'aa', code: 'unknown_item' },
      { itemId: 'zz', code: 'unknown_item' },
    ]);
  });
});
