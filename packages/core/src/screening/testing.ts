// Test helpers for screening: fast-check arbitraries and an instrument that uses every feature of the format.
// Not exported from the package index (fast-check is a development dependency); import this file directly in tests.
import fc from 'fast-check';
import { type Answers, type AnswerValue, instrumentItems, normaliseAnswers } from './answers.js';
import type { InstrumentDefinition, InstrumentItem } from './definition.js';

const t = (en: string) => ({ en, es: `${en} (es)` });

/**
 * A small instrument using every answer type, every skip-logic operator, every rule type, a critical domain and a
 * safety domain. Its skip logic is deliberately not monotone (item c2 can be hidden by a higher number).
 */
export const FEATURE_INSTRUMENT: InstrumentDefinition = {
  id: 'feature-test',
  version: 1,
  title: t('Feature test'),
  description: t('Uses every feature of the format.'),
  audience: 'staff',
  source: t('Harbor tests'),
  domains: [
    {
      id: 'a',
      title: t('Domain A'),
      items: [
        { id: 'gate', text: t('Gate'), answer: { type: 'yes_no_unknown' } },
        {
          id: 'count',
          text: t('How many'),
          answer: { type: 'number', min: 0, max: 20, integer: true, positiveAtLeast: 3 },
          showIf: { op: 'equals', item: 'gate', value: 'yes' },
        },
        {
          id: 'pick',
          text: t('Pick one'),
          answer: {
            type: 'choice',
            options: [
              { id: 'x', label: t('X'), positive: true },
              { id: 'y', label: t('Y') },
              { id: 'z', label: t('Z') },
            ],
          },
          showIf: { op: 'gte', item: 'count', value: 1 },
        },
        {
          id: 'many',
          text: t('Pick any'),
          required: false,
          answer: {
            type: 'choice',
            multiple: true,
            options: [
              { id: 'p', label: t('P'), positive: true },
              { id: 'q', label: t('Q') },
              { id: 'r', label: t('R') },
            ],
          },
        },
        {
          id: 'note',
          text: t('Note'),
          required: false,
          answer: { type: 'text', maxLength: 20 },
          showIf: {
            op: 'and',
            of: [
              { op: 'answered', item: 'many' },
              { op: 'not', of: { op: 'in', item: 'many', values: ['q'] } },
            ],
          },
        },
        { id: 'level', text: t('Level'), answer: { type: 'concern' } },
      ],
    },
    {
      id: 'b',
      title: t('Domain B'),
      critical: true,
      items: [
        { id: 'c1', text: t('Critical one'), answer: { type: 'concern' } },
        {
          id: 'c2',
          text: t('Critical two'),
          answer: { type: 'yes_no_unknown' },
          showIf: {
            op: 'or',
            of: [
              { op: 'positive', item: 'level' },
              { op: 'lte', item: 'count', value: 0 },
            ],
          },
        },
      ],
    },
    {
      id: 'safe',
      title: t('Safety'),
      safety: true,
      items: [{ id: 's1', text: t('Safety one'), answer: { type: 'yes_no_unknown' } }],
    },
  ],
  scoring: {
    rules: [
      { type: 'count', items: ['gate', 'count', 'pick', 'many', 'level'], atLeast: 2, level: 'possible' },
      {
        type: 'weighted',
        domain: 'a',
        weights: { gate: 1, level: 2, pick: 1, many: 1 },
        valueWeights: { many: { p: 2, q: 0.5 } },
        thresholds: [
          { atLeast: 1.5, level: 'possible' },
          { atLeast: 3, level: 'clear' },
        ],
      },
      { type: 'critical_clear', domains: ['b'] },
    ],
  },
};

/** Any valid answer to one item (whatever its visibility). */
export function answerArbitrary(item: InstrumentItem): fc.Arbitrary<AnswerValue> {
  const spec = item.answer;
  switch (spec.type) {
    case 'yes_no_unknown':
      return fc.constantFrom('yes', 'no', 'unknown');
    case 'concern':
      return spec.unknown
        ? fc.constantFrom('none', 'possible', 'clear', 'unknown')
        : fc.constantFrom('none', 'possible', 'clear');
    case 'choice': {
      const ids = spec.options.map((option) => option.id);
      return spec.multiple ? fc.subarray(ids, { minLength: 1 }) : fc.constantFrom(...ids);
    }
    case 'text':
      return fc.string({ maxLength: Math.min(spec.maxLength - 1, 40) }).map((s) => `a${s}`);
    case 'number': {
      const min = spec.min ?? -1000;
      const max = spec.max ?? 1000;
      const base: fc.Arbitrary<number> = spec.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
      const threshold = spec.positiveAtLeast;
      const inRange = threshold !== undefined && threshold >= min && threshold <= max;
      return inRange && (!spec.integer || Number.isInteger(threshold)) ? fc.oneof(base, fc.constant(threshold)) : base;
    }
  }
}

/**
 * Answer sets that validateAnswers accepts. complete (the default): every shown required item is answered, so
 * validateAnswers(..., { complete: true }) finds nothing; otherwise a draft where any item may be unanswered. Answers
 * of hidden items are never included (the sets are normalised).
 */
export function answerSetArbitrary(
  instrument: InstrumentDefinition,
  options: { complete?: boolean } = {},
): fc.Arbitrary<Answers> {
  const complete = options.complete ?? true;
  const items = instrumentItems(instrument);
  const model: Record<string, fc.Arbitrary<AnswerValue>> = {};
  for (const item of items) model[item.id] = answerArbitrary(item);
  const requiredKeys = complete ? items.filter((item) => item.required !== false).map((item) => item.id) : [];
  return fc.record(model, { requiredKeys }).map((answers) => normaliseAnswers(instrument, answers as Answers));
}
