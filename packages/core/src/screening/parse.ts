import type { z } from 'zod';
import { canBePositive, offeredValues } from './answers.js';
import {
  type AnswerSpec,
  AnswerSpecSchema,
  type InstrumentDefinition,
  InstrumentDefinitionSchema,
} from './definition.js';

/** One problem in an instrument definition: where (a JSON path such as `domains[2].items[0].showIf.item`) and what. */
export type InstrumentProblem = {
  path: string;
  message: string;
};

export type ParseInstrumentResult =
  | { ok: true; instrument: InstrumentDefinition }
  | { ok: false; errors: InstrumentProblem[] };

/** The most items an instrument may have (a screening stores at most 500 answers). */
export const MAX_INSTRUMENT_ITEMS = 500;
const MAX_CONDITION_DEPTH = 20;

/**
 * Checks a definition (parsed from JSON) and lists every problem found, each with its path: the shape first, then the
 * checks across the document (unique ids, references to items and domains, skip-logic cycles, thresholds ascending,
 * counts within reach, weights on items that can be positive). The cross checks run even when the shape has problems,
 * on whatever parts are readable, so one round of corrections is usually enough.
 */
export function parseInstrument(input: unknown): ParseInstrumentResult {
  const shape = InstrumentDefinitionSchema.safeParse(input, { error: explain });
  const errors = dedupe([...(shape.success ? [] : shape.error.issues.flatMap(fromIssue)), ...crossChecks(input)]);
  if (errors.length > 0 || !shape.success) return { ok: false, errors };
  return { ok: true, instrument: shape.data };
}

// ---- Paths and messages --------------------------------------------------------------------------------------------

/** `domains[2].items[0].showIf.item`; a key that is not a plain name is quoted: `weights["run-away"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(the whole file)' : out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** English messages for zod's issues (schema-level messages, written in definition.ts, take precedence). */
function explain(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(issue.input)}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${quoteAll(issue.values)}`}, not ${describe(issue.input)}`;
    case 'invalid_union':
      if ('discriminator' in issue && Array.isArray(issue.options)) {
        return `must be one of ${quoteAll(issue.options)}`;
      }
      return undefined;
    default:
      return undefined;
  }
}

function fromIssue(issue: z.core.$ZodIssue): InstrumentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: 'is not a field of this format (check its spelling)',
    }));
  }
  if (issue.code === 'invalid_key') {
    const detail = issue.issues[0]?.message ?? 'is not allowed';
    return [{ path: formatPath(issue.path), message: `is not a valid id: ${detail}` }];
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

function dedupe(problems: InstrumentProblem[]): InstrumentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- Checks across the document ------------------------------------------------------------------------------------
// They read the raw input defensively: a part with the wrong shape is skipped here (the shape check reports it).

type Raw = Record<string, unknown>;
const asObject = (x: unknown): Raw | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Raw) : undefined;
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const asText = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const own = (o: Raw, key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);

interface ItemInfo {
  id: string;
  path: (string | number)[];
  domainId: string | undefined;
  /** The answer spec, when it has a valid shape. */
  spec: AnswerSpec | undefined;
  showIf: unknown;
}

const LEVEL_RANK: Record<string, number> = { possible: 1, clear: 2 };

function crossChecks(input: unknown): InstrumentProblem[] {
  const root = asObject(input);
  if (!root) return [];
  const problems: InstrumentProblem[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ path: formatPath(path), message });

  // Ids: domains unique, items unique across the instrument, options unique within their item.
  const domainIds = new Map<string, (string | number)[]>();
  const domains = new Map<string, Raw>();
  const items = new Map<string, ItemInfo>();
  const itemOrder: ItemInfo[] = [];
  asList(own(root, 'domains')).forEach((rawDomain, d) => {
    const domain = asObject(rawDomain);
    if (!domain) return;
    const domainId = asText(own(domain, 'id'));
    if (domainId !== undefined) {
      const first = domainIds.get(domainId);
      if (first) problem(['domains', d, 'id'], `repeats the domain id "${domainId}" of ${formatPath(first)}`);
      else {
        domainIds.set(domainId, ['domains', d, 'id']);
        domains.set(domainId, domain);
      }
    }
    asList(own(domain, 'items')).forEach((rawItem, i) => {
      const item = asObject(rawItem);
      if (!item) return;
      const path = ['domains', d, 'items', i];
      const parsedSpec = AnswerSpecSchema.safeParse(own(item, 'answer'));
      const spec = parsedSpec.success ? parsedSpec.data : undefined;
      const id = asText(own(item, 'id'));
      if (id !== undefined) {
        const first = items.get(id);
        if (first) problem([...path, 'id'], `repeats the item id "${id}" of ${formatPath([...first.path, 'id'])}`);
        else {
          const info: ItemInfo = { id, path, domainId, spec, showIf: own(item, 'showIf') };
          items.set(id, info);
          itemOrder.push(info);
        }
      }
      const answer = asObject(own(item, 'answer'));
      if (answer) checkAnswerSpec(answer, [...path, 'answer'], problem);
    });
  });
  if (items.size > MAX_INSTRUMENT_ITEMS) {
    problem(['domains'], `holds ${items.size} items; an instrument may have at most ${MAX_INSTRUMENT_ITEMS}`);
  }

  // Skip logic: references exist, fit the item they read, and never form a cycle.
  const edges = new Map<string, Set<string>>();
  for (const info of itemOrder) {
    if (info.showIf === undefined) continue;
    const refs = new Set<string>();
    checkCondition(info.showIf, [...info.path, 'showIf'], 0, info.id, items, refs, problem);
    edges.set(info.id, refs);
  }
  for (const cycle of cycles(itemOrder, edges)) {
    const first = cycle[0]!;
    problem(
      [...first.path, 'showIf'],
      `forms a cycle: items ${cycle.map((i) => `"${i.id}"`).join(', ')} each depend on another's answer to be shown`,
    );
  }

  // Scoring rules.
  const weightedDomains = new Map<string, number>();
  const scoring = asObject(own(root, 'scoring'));
  asList(scoring ? own(scoring, 'rules') : undefined).forEach((rawRule, r) => {
    const rule = asObject(rawRule);
    if (!rule) return;
    const path = ['scoring', 'rules', r];
    switch (own(rule, 'type')) {
      case 'count':
        checkCountRule(rule, path, items, problem);
        break;
      case 'weighted':
        checkWeightedRule(rule, r, path, items, domainIds, weightedDomains, problem);
        break;
      case 'critical_clear':
        checkCriticalRule(rule, path, domains, items, problem);
        break;
    }
  });
  return problems;
}

type Problem = (path: (string | number)[], message: string) => void;

function checkAnswerSpec(answer: Raw, path: (string | number)[], problem: Problem) {
  const min = own(answer, 'min');
  const max = own(answer, 'max');
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    problem([...path, 'max'], `must be at least min (${min})`);
  }
  const seen = new Map<string, number>();
  asList(own(answer, 'options')).forEach((rawOption, o) => {
    const id = asText(asObject(rawOption)?.id);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined)
      problem([...path, 'options', o, 'id'], `repeats the option id "${id}" of options[${first}]`);
    else seen.set(id, o);
  });
}

function describeSpec(spec: AnswerSpec): string {
  const offered = offeredValues(spec);
  return offered ? `offers ${quoteAll(offered)}` : `is a ${spec.type} item`;
}

function checkCondition(
  raw: unknown,
  path: (string | number)[],
  depth: number,
  selfId: string,
  items: Map<string, ItemInfo>,
  refs: Set<string>,
  problem: Problem,
) {
  const condition = asObject(raw);
  if (!condition) return;
  if (depth > MAX_CONDITION_DEPTH) {
    problem(path, `nests conditions more than ${MAX_CONDITION_DEPTH} deep`);
    return;
  }
  const op = own(condition, 'op');
  if (op === 'and' || op === 'or') {
    asList(own(condition, 'of')).forEach((c, i) => {
      checkCondition(c, [...path, 'of', i], depth + 1, selfId, items, refs, problem);
    });
    return;
  }
  if (op === 'not') {
    checkCondition(own(condition, 'of'), [...path, 'of'], depth + 1, selfId, items, refs, problem);
    return;
  }
  const itemId = asText(own(condition, 'item'));
  if (itemId === undefined) return;
  if (itemId === selfId) {
    problem([...path, 'item'], `refers to its own item "${itemId}": an item cannot depend on its own answer`);
    return;
  }
  const target = items.get(itemId);
  if (!target) {
    problem([...path, 'item'], `names "${itemId}", which is not an item of this instrument`);
    return;
  }
  refs.add(itemId);
  const spec = target.spec;
  if (!spec) return;
  const fits = (value: unknown) => {
    const offered = offeredValues(spec);
    if (offered) return typeof value === 'string' && offered.includes(value);
    if (spec.type === 'number') return typeof value === 'number';
    return typeof value === 'string';
  };
  if (op === 'equals' && !fits(own(condition, 'value'))) {
    problem([...path, 'value'], `can never match: item "${itemId}" ${describeSpec(spec)}`);
  }
  if (op === 'in') {
    asList(own(condition, 'values')).forEach((value, v) => {
      if (!fits(value)) problem([...path, 'values', v], `can never match: item "${itemId}" ${describeSpec(spec)}`);
    });
  }
  if ((op === 'gte' || op === 'lte') && spec.type !== 'number') {
    problem([...path, 'item'], `"${op}" compares numbers, but item "${itemId}" ${describeSpec(spec)}`);
  }
  if (op === 'positive' && !canBePositive(spec)) {
    problem([...path, 'item'], `item "${itemId}" can never be answered positively (${cannotBePositive(spec)})`);
  }
}

function cannotBePositive(spec: AnswerSpec): string {
  if (spec.type === 'number') return 'it has no positiveAtLeast';
  if (spec.type === 'choice') return 'none of its options is marked positive';
  return 'a text answer is never positive';
}

/** The strongly connected groups of items (Tarjan), each a cycle of skip logic; in instrument order. */
function cycles(order: ItemInfo[], edges: Map<string, Set<string>>): ItemInfo[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  const visit = (id: string) => {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const next of edges.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id)!, index.get(next)!));
      }
    }
    if (low.get(id) === index.get(id)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== id);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const info of order) if (!index.has(info.id)) visit(info.id);
  const position = new Map(order.map((info, i) => [info.id, i]));
  return groups
    .map((group) => order.filter((info) => group.includes(info.id)))
    .sort((a, b) => position.get(a[0]!.id)! - position.get(b[0]!.id)!);
}

function checkCountRule(rule: Raw, path: (string | number)[], items: Map<string, ItemInfo>, problem: Problem) {
  const listed = asList(own(rule, 'items'));
  const seen = new Set<string>();
  listed.forEach((rawId, i) => {
    const id = asText(rawId);
    if (id === undefined) return;
    if (seen.has(id)) problem([...path, 'items', i], `lists item "${id}" twice`);
    seen.add(id);
    const target = items.get(id);
    if (!target) problem([...path, 'items', i], `names "${id}", which is not an item of this instrument`);
    else if (target.spec && !canBePositive(target.spec)) {
      problem(
        [...path, 'items', i],
        `item "${id}" can never be answered positively (${cannotBePositive(target.spec)}), so it cannot be counted`,
      );
    }
  });
  const atLeast = own(rule, 'atLeast');
  if (typeof atLeast === 'number' && Array.isArray(own(rule, 'items')) && atLeast > listed.length) {
    problem(
      [...path, 'atLeast'],
      `is ${atLeast}, but the rule lists only ${listed.length} item${listed.length === 1 ? '' : 's'}: it could never fire`,
    );
  }
}

function checkWeightedRule(
  rule: Raw,
  r: number,
  path: (string | number)[],
  items: Map<string, ItemInfo>,
  domainIds: Map<string, (string | number)[]>,
  weightedDomains: Map<string, number>,
  problem: Problem,
) {
  const domainId = asText(own(rule, 'domain'));
  if (domainId !== undefined) {
    if (!domainIds.has(domainId))
      problem([...path, 'domain'], `names "${domainId}", which is not a domain of this instrument`);
    const earlier = weightedDomains.get(domainId);
    if (earlier !== undefined) {
      problem([...path, 'domain'], `domain "${domainId}" already has a weighted rule (scoring.rules[${earlier}])`);
    } else weightedDomains.set(domainId, r);
  }
  const weights = asObject(own(rule, 'weights')) ?? {};
  const valueWeights = asObject(own(rule, 'valueWeights')) ?? {};
  for (const id of Object.keys(weights)) {
    const target = items.get(id);
    if (!target) {
      problem([...path, 'weights', id], `names "${id}", which is not an item of this instrument`);
      continue;
    }
    if (domainId !== undefined && domainIds.has(domainId) && target.domainId !== domainId) {
      problem([...path, 'weights', id], `item "${id}" is in domain "${target.domainId}", not "${domainId}"`);
    }
    const spec = target.spec;
    if (spec && !canBePositive(spec) && !(Object.hasOwn(valueWeights, id) && offeredValues(spec))) {
      problem([...path, 'weights', id], `item "${id}" can never be answered positively (${cannotBePositive(spec)})`);
    }
  }
  if (Object.keys(weights).length === 0 && asObject(own(rule, 'weights'))) {
    problem([...path, 'weights'], 'needs at least 1 item with a weight');
  }
  for (const [id, rawValues] of Object.entries(valueWeights)) {
    const target = items.get(id);
    if (!Object.hasOwn(weights, id)) {
      problem([...path, 'valueWeights', id], `item "${id}" has no weight in weights`);
      continue;
    }
    const spec = target?.spec;
    if (!spec) continue;
    const offered = offeredValues(spec);
    if (!offered) {
      problem(
        [...path, 'valueWeights', id],
        `item "${id}" ${describeSpec(spec)}: only items with set answers take value weights`,
      );
      continue;
    }
    for (const value of Object.keys(asObject(rawValues) ?? {})) {
      if (!offered.includes(value)) {
        problem([...path, 'valueWeights', id, value], `is not an answer of item "${id}", which ${describeSpec(spec)}`);
      }
    }
  }
  let previous: { atLeast: number; level: string } | undefined;
  asList(own(rule, 'thresholds')).forEach((rawThreshold, t) => {
    const threshold = asObject(rawThreshold);
    const atLeast = threshold ? own(threshold, 'atLeast') : undefined;
    const level = threshold ? asText(own(threshold, 'level')) : undefined;
    if (typeof atLeast !== 'number' || level === undefined || !(level in LEVEL_RANK)) return;
    if (previous) {
      if (atLeast <= previous.atLeast) {
        problem(
          [...path, 'thresholds', t, 'atLeast'],
          `must be greater than the threshold before it (${previous.atLeast})`,
        );
      }
      if (LEVEL_RANK[level]! < LEVEL_RANK[previous.level]!) {
        problem(
          [...path, 'thresholds', t, 'level'],
          `must not be lower than the level before it ("${previous.level}")`,
        );
      }
    }
    previous = { atLeast, level };
  });
}

function checkCriticalRule(
  rule: Raw,
  path: (string | number)[],
  domains: Map<string, Raw>,
  items: Map<string, ItemInfo>,
  problem: Problem,
) {
  const seen = new Set<string>();
  asList(own(rule, 'domains')).forEach((rawId, i) => {
    const id = asText(rawId);
    if (id === undefined) return;
    if (seen.has(id)) problem([...path, 'domains', i], `lists domain "${id}" twice`);
    seen.add(id);
    const domain = domains.get(id);
    if (!domain) {
      problem([...path, 'domains', i], `names "${id}", which is not a domain of this instrument`);
      return;
    }
    if (own(domain, 'critical') !== true) {
      problem([...path, 'domains', i], `domain "${id}" is not marked "critical": true`);
    }
    const domainItems = [...items.values()].filter((item) => item.domainId === id);
    const answerable = domainItems.some(
      (item) => item.spec?.type === 'yes_no_unknown' || item.spec?.type === 'concern',
    );
    // Items whose answer has the wrong shape are reported by the shape check; judge only a fully readable domain.
    if (!answerable && domainItems.every((item) => item.spec !== undefined)) {
      problem([...path, 'domains', i], `domain "${id}" has no yes/no or concern item, so this rule could never fire`);
    }
  });
}
