import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from './definition.js';
import { formatPath, parseInstrument } from './parse.js';
import { FEATURE_INSTRUMENT } from './testing.js';

/** A fresh, editable JSON copy (what an import reads from a file; JSON.parse gives it no type, as for a file). */
const copy = (instrument: InstrumentDefinition = FEATURE_INSTRUMENT) => JSON.parse(JSON.stringify(instrument));

const errorsOf = (input: unknown) => {
  const result = parseInstrument(input);
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.errors;
};

describe('parseInstrument', () => {
  it('accepts a valid definition and returns it unchanged', () => {
    const result = parseInstrument(copy());
    expect(result).toEqual({ ok: true, instrument: FEATURE_INSTRUMENT });
  });

  it('lists every mistake of a file at once, each with its path', () => {
    const input = copy();
    input.domains[0].items[1].showIf.item = 'gat'; // a reference to no item
    input.scoring.rules[1].thresholds[1].atLeast = 1; // thresholds not ascending
    input.domains[1].items[0].text.es = '  '; // an empty translation
    expect(errorsOf(input)).toEqual([
      { path: 'domains[1].items[0].text.es', message: 'must not be empty' },
      { path: 'domains[0].items[1].showIf.item', message: 'names "gat", which is not an item of this instrument' },
      { path: 'scoring.rules[1].thresholds[1].atLeast', message: 'must be greater than the threshold before it (1.5)' },
    ]);
  });

  it('reports the shape: missing fields, wrong types, unknown fields and unknown kinds', () => {
    const input = copy();
    delete input.title;
    input.version = 0;
    input.audience = 'public';
    input.domains[0].items[0].answr = { type: 'concern' };
    input.domains[0].items[5].answer = { type: 'maybe' };
    input.scoring.rules[0].level = 'high';
    input.domains[0].items[1].showIf = { op: 'near', item: 'gate' };
    expect(errorsOf(input)).toEqual([
      { path: 'version', message: 'must be 1 or more' },
      { path: 'title', message: 'is required' },
      { path: 'audience', message: 'must be one of "staff", "brief", not the text "public"' },
      { path: 'domains[0].items[0].answr', message: 'is not a field of this format (check its spelling)' },
      {
        path: 'domains[0].items[1].showIf.op',
        message: 'must be one of "equals", "in", "answered", "positive", "gte", "lte", "and", "or", "not"',
      },
      {
        path: 'domains[0].items[5].answer.type',
        message: 'must be one of "yes_no_unknown", "concern", "number", "choice", "text"',
      },
      { path: 'scoring.rules[0].level', message: 'must be one of "possible", "clear", not the text "high"' },
    ]);
  });

  it('refuses what is not an object', () => {
    expect(errorsOf(5)).toEqual([{ path: '(the whole file)', message: 'must be an object, not number 5' }]);
    expect(errorsOf([])).toHaveLength(1);
  });

  it('refuses ids that are not slugs', () => {
    const input = copy();
    input.id = 'Feature Test';
    input.domains[0].items[0].id = 'Gate!';
    const paths = errorsOf(input).map((e) => e.path);
    expect(paths).toContain('id');
    expect(paths).toContain('domains[0].items[0].id');
  });

  it('refuses repeated ids of domains, items (across domains) and options', () => {
    const input = copy();
    input.domains[1].id = 'a';
    input.domains[2].items[0].id = 'gate';
    input.domains[0].items[2].answer.options[2].id = 'x';
    expect(errorsOf(input)).toEqual([
      { path: 'domains[0].items[2].answer.options[2].id', message: 'repeats the option id "x" of options[0]' },
      { path: 'domains[1].id', message: 'repeats the domain id "a" of domains[0].id' },
      { path: 'domains[2].items[0].id', message: 'repeats the item id "gate" of domains[0].items[0].id' },
      // Domain "b" is gone, so the rule naming it is reported too.
      { path: 'scoring.rules[2].domains[0]', message: 'names "b", which is not a domain of this instrument' },
    ]);
  });

  it('refuses skip logic that refers to its own item, or forms a cycle', () => {
    const self = copy();
    self.domains[0].items[0].showIf = { op: 'not', of: { op: 'answered', item: 'gate' } };
    expect(errorsOf(self)).toEqual([
      {
        path: 'domains[0].items[0].showIf.of.item',
        message: 'refers to its own item "gate": an item cannot depend on its own answer',
      },
    ]);

    const cycle = copy();
    // gate -> level -> c1 -> gate (count already depends on gate)
    cycle.domains[0].items[0].showIf = { op: 'positive', item: 'level' };
    cycle.domains[0].items[5].showIf = { op: 'and', of: [{ op: 'answered', item: 'c1' }] };
    cycle.domains[1].items[0].showIf = { op: 'equals', item: 'gate', value: 'yes' };
    expect(errorsOf(cycle)).toEqual([
      {
        path: 'domains[0].items[0].showIf',
        message: 'forms a cycle: items "gate", "level", "c1" each depend on another\'s answer to be shown',
      },
    ]);
  });

  it('refuses conditions that can never match the item they read', () => {
    const input = copy();
    input.domains[0].items[1].showIf = { op: 'equals', item: 'gate', value: 'si' };
    input.domains[0].items[2].showIf = { op: 'gte', item: 'gate', value: 1 };
    input.domains[0].items[4].showIf = { op: 'in', item: 'many', values: ['p', 'w'] };
    input.domains[1].items[1].showIf = { op: 'positive', item: 'note' };
    expect(errorsOf(input)).toEqual([
      {
        path: 'domains[0].items[1].showIf.value',
        message: 'can never match: item "gate" offers "yes", "no", "unknown"',
      },
      {
        path: 'domains[0].items[2].showIf.item',
        message: '"gte" compares numbers, but item "gate" offers "yes", "no", "unknown"',
      },
      { path: 'domains[0].items[4].showIf.values[1]', message: 'can never match: item "many" offers "p", "q", "r"' },
      {
        path: 'domains[1].items[1].showIf.item',
        message: 'item "note" can never be answered positively (a text answer is never positive)',
      },
    ]);
  });

  it('checks count rules: items exist, can be positive, and atLeast is within reach', () => {
    const input = copy();
    input.scoring.rules[0] = { type: 'count', items: ['gate', 'note', 'ghost', 'gate'], atLeast: 5, level: 'possible' };
    expect(errorsOf(input)).toEqual([
      {
        path: 'scoring.rules[0].items[1]',
        message:
          'item "note" can never be answered positively (a text answer is never positive), so it cannot be counted',
      },
      { path: 'scoring.rules[0].items[2]', message: 'names "ghost", which is not an item of this instrument' },
      { path: 'scoring.rules[0].items[3]', message: 'lists item "gate" twice' },
      { path: 'scoring.rules[0].atLeast', message: 'is 5, but the rule lists only 4 items: it could never fire' },
    ]);
  });

  it('checks weighted rules: domain, weights on scorable items of that domain, value weights, thresholds', () => {
    const input = copy();
    input.scoring.rules[1] = {
      type: 'weighted',
      domain: 'a',
      weights: { gate: 1, note: 1, c1: 1, 'run-away': 1 },
      valueWeights: { gate: { yes: 1, maybe: 2 }, level: { clear: 1 }, count: { '3': 1 } },
      thresholds: [
        { atLeast: 2, level: 'clear' },
        { atLeast: 2, level: 'possible' },
      ],
    };
    input.scoring.rules.push({
      type: 'weighted',
      domain: 'a',
      weights: { gate: 1 },
      thresholds: [{ atLeast: 1, level: 'possible' }],
    });
    input.scoring.rules.push({ type: 'weighted', domain: 'zz', weights: { gate: -1 }, thresholds: [] });
    expect(errorsOf(input)).toEqual([
      { path: 'scoring.rules[4].weights.gate', message: 'must be greater than 0' },
      { path: 'scoring.rules[4].thresholds', message: 'needs at least 1 threshold' },
      {
        path: 'scoring.rules[1].weights.note',
        message: 'item "note" can never be answered positively (a text answer is never positive)',
      },
      { path: 'scoring.rules[1].weights.c1', message: 'item "c1" is in domain "b", not "a"' },
      {
        path: 'scoring.rules[1].weights["run-away"]',
        message: 'names "run-away", which is not an item of this instrument',
      },
      {
        path: 'scoring.rules[1].valueWeights.gate.maybe',
        message: 'is not an answer of item "gate", which offers "yes", "no", "unknown"',
      },
      { path: 'scoring.rules[1].valueWeights.level', message: 'item "level" has no weight in weights' },
      { path: 'scoring.rules[1].valueWeights.count', message: 'item "count" has no weight in weights' },
      { path: 'scoring.rules[1].thresholds[1].atLeast', message: 'must be greater than the threshold before it (2)' },
      { path: 'scoring.rules[1].thresholds[1].level', message: 'must not be lower than the level before it ("clear")' },
      { path: 'scoring.rules[3].domain', message: 'domain "a" already has a weighted rule (scoring.rules[1])' },
      { path: 'scoring.rules[4].domain', message: 'names "zz", which is not a domain of this instrument' },
    ]);
  });

  it('checks critical_clear rules: domains exist, are critical, and hold an item that can be clear', () => {
    const input = copy();
    input.scoring.rules[2] = { type: 'critical_clear', domains: ['b', 'a', 'nope', 'b'] };
    input.domains[0].critical = true;
    input.domains[1].critical = false;
    const noneAnswerable = copy();
    noneAnswerable.domains[2].critical = true;
    noneAnswerable.domains[2].items[0].answer = { type: 'number' };
    noneAnswerable.scoring.rules[2].domains = ['safe'];
    expect(errorsOf(input)).toEqual([
      { path: 'scoring.rules[2].domains[0]', message: 'domain "b" is not marked "critical": true' },
      { path: 'scoring.rules[2].domains[2]', message: 'names "nope", which is not a domain of this instrument' },
      { path: 'scoring.rules[2].domains[3]', message: 'lists domain "b" twice' },
      { path: 'scoring.rules[2].domains[3]', message: 'domain "b" is not marked "critical": true' },
    ]);
    expect(errorsOf(noneAnswerable)).toEqual([
      {
        path: 'scoring.rules[2].domains[0]',
        message: 'domain "safe" has no yes/no or concern item, so this rule could never fire',
      },
    ]);
  });

  it('checks answer specs: min not above max, text length, number of options', () => {
    const input = copy();
    input.domains[0].items[1].answer = { type: 'number', min: 5, max: 2, integer: true, positiveAtLeast: 3 };
    input.domains[0].items[4].answer = { type: 'text', maxLength: 5000 };
    input.domains[0].items[3].answer.options = [input.domains[0].items[3].answer.options[0]];
    expect(errorsOf(input)).toEqual([
      { path: 'domains[0].items[3].answer.options', message: 'needs at least 2 options' },
      { path: 'domains[0].items[4].answer.maxLength', message: 'must be at most 2000' },
      { path: 'domains[0].items[1].answer.max', message: 'must be at least min (5)' },
    ]);
  });

  it('refuses conditions nested too deep, without overflowing', () => {
    const input = copy();
    let condition: unknown = { op: 'answered', item: 'gate' };
    for (let i = 0; i < 30; i++) condition = { op: 'not', of: condition };
    input.domains[0].items[5].showIf = condition;
    expect(errorsOf(input).map((e) => e.message)).toContain('nests conditions more than 20 deep');
  });
});

describe('formatPath', () => {
  it('writes JSON paths with indexes and quoted keys', () => {
    expect(formatPath(['domains', 2, 'items', 0, 'showIf', 'item'])).toBe('domains[2].items[0].showIf.item');
    expect(formatPath(['scoring', 'rules', 1, 'weights', 'older-partner'])).toBe(
      'scoring.rules[1].weights["older-partner"]',
    );
    expect(formatPath([])).toBe('(the whole file)');
  });
});
