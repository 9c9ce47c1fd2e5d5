import type { AnswerSpec, Condition, InstrumentDefinition, InstrumentItem } from './definition.js';

/** One answer: a word (yes, no, unknown, none, possible, clear, a choice option id), a number, text, or option ids. */
export type AnswerValue = string | number | string[];
/** Answers by item id. */
export type Answers = Record<string, AnswerValue>;

export type AnswerIssueCode =
  | 'unknown_item'
  | 'not_allowed'
  | 'required'
  | 'out_of_range'
  | 'too_long'
  | 'not_a_number';
/** What is wrong with one answer; the message is `screening.answer.<code>` in the catalog. */
export type AnswerIssue = {
  itemId: string;
  code: AnswerIssueCode;
};

/** Every item of an instrument, in the order they are asked. */
export function instrumentItems(instrument: InstrumentDefinition): InstrumentItem[] {
  return instrument.domains.flatMap((domain) => domain.items);
}

/** The answer stored for an item, if there is one (own properties only). */
function own(answers: Answers, id: string): AnswerValue | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** An empty text or an empty selection is no answer. */
export function isAnswered(value: unknown): value is AnswerValue {
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.length > 0;
  return false;
}

/**
 * Whether an answer counts as positive: yes, possible or clear concern, a choice option marked positive (any of the
 * selected ones), or a number at or above the item's positiveAtLeast. Unknown, no, none and text never are.
 */
export function answerIsPositive(spec: AnswerSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'yes_no_unknown':
      return value === 'yes';
    case 'concern':
      return value === 'possible' || value === 'clear';
    case 'number':
      return (
        spec.positiveAtLeast !== undefined &&
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= spec.positiveAtLeast
      );
    case 'choice': {
      const selected = Array.isArray(value) ? value : [value];
      return spec.options.some((option) => option.positive === true && selected.includes(option.id));
    }
    case 'text':
      return false;
  }
}

/** Whether an item can ever be answered positively (and so be counted or weighted by a rule). */
export function canBePositive(spec: AnswerSpec): boolean {
  switch (spec.type) {
    case 'yes_no_unknown':
    case 'concern':
      return true;
    case 'number':
      return spec.positiveAtLeast !== undefined;
    case 'choice':
      return spec.options.some((option) => option.positive === true);
    case 'text':
      return false;
  }
}

/** The values an item with a closed set of answers offers (yes/no/unknown, concern levels and maybe unknown, option ids). */
export function offeredValues(spec: AnswerSpec): string[] | undefined {
  switch (spec.type) {
    case 'yes_no_unknown':
      return ['yes', 'no', 'unknown'];
    case 'concern':
      return spec.unknown ? ['none', 'possible', 'clear', 'unknown'] : ['none', 'possible', 'clear'];
    case 'choice':
      return spec.options.map((option) => option.id);
    default:
      return undefined;
  }
}

/**
 * Decides which items are shown. An item without showIf is shown; an item with one is shown when its condition holds,
 * reading only the answers of items that are themselves shown. parseInstrument refuses cycles, so this terminates.
 */
function visibility(instrument: InstrumentDefinition, answers: Answers): (id: string) => boolean {
  const items = new Map(instrumentItems(instrument).map((item) => [item.id, item]));
  const memo = new Map<string, boolean>();

  const effective = (id: string): AnswerValue | undefined => {
    if (!visible(id)) return undefined;
    const value = own(answers, id);
    return isAnswered(value) ? value : undefined;
  };

  const holds = (condition: Condition): boolean => {
    switch (condition.op) {
      case 'and':
        return condition.of.every(holds);
      case 'or':
        return condition.of.some(holds);
      case 'not':
        return !holds(condition.of);
      case 'answered':
        return effective(condition.item) !== undefined;
      case 'positive': {
        const item = items.get(condition.item);
        const value = effective(condition.item);
        return item !== undefined && value !== undefined && answerIsPositive(item.answer, value);
      }
      case 'equals': {
        const value = effective(condition.item);
        return Array.isArray(value) ? value.some((v) => v === condition.value) : value === condition.value;
      }
      case 'in': {
        const value = effective(condition.item);
        if (value === undefined) return false;
        return Array.isArray(value)
          ? value.some((v) => condition.values.includes(v))
          : condition.values.includes(value);
      }
      case 'gte':
      case 'lte': {
        const value = effective(condition.item);
        if (typeof value !== 'number') return false;
        return condition.op === 'gte' ? value >= condition.value : value <= condition.value;
      }
    }
  };

  function visible(id: string): boolean {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const item = items.get(id);
    if (!item) return false;
    // Provisionally hidden while its own condition is evaluated: a cycle (refused by parseInstrument) cannot recurse.
    memo.set(id, false);
    const result = item.showIf === undefined || holds(item.showIf);
    memo.set(id, result);
    return result;
  }

  return visible;
}

/** The ids of the items shown for these answers, in the order they are asked. */
export function visibleItemIds(instrument: InstrumentDefinition, answers: Answers): string[] {
  const visible = visibility(instrument, answers);
  return instrumentItems(instrument)
    .filter((item) => visible(item.id))
    .map((item) => item.id);
}

/**
 * The answers that count: those of shown items, in instrument order, without empty answers or answers to unknown
 * items; a multiple choice lists its options in the instrument's order, once each. Equal answers give equal output.
 */
export function normaliseAnswers(instrument: InstrumentDefinition, answers: Answers): Answers {
  const visible = visibility(instrument, answers);
  const out: Answers = {};
  for (const item of instrumentItems(instrument)) {
    const value = own(answers, item.id);
    if (!isAnswered(value) || !visible(item.id)) continue;
    if (item.answer.type === 'choice' && Array.isArray(value)) {
      const offered = item.answer.options.map((option) => option.id);
      // Options the instrument does not offer are left as given, for validation to report.
      out[item.id] = value.every((v) => offered.includes(v)) ? offered.filter((id) => value.includes(id)) : value;
    } else {
      out[item.id] = value;
    }
  }
  return out;
}

function checkValue(item: InstrumentItem, value: unknown): AnswerIssue['code'] | undefined {
  const spec = item.answer;
  switch (spec.type) {
    case 'yes_no_unknown':
    case 'concern':
      return typeof value === 'string' && offeredValues(spec)!.includes(value) ? undefined : 'not_allowed';
    case 'choice': {
      const ids = spec.options.map((option) => option.id);
      if (spec.multiple) {
        if (!Array.isArray(value)) return 'not_allowed';
        const unique = new Set(value);
        if (unique.size !== value.length) return 'not_allowed';
        return value.every((v) => typeof v === 'string' && ids.includes(v)) ? undefined : 'not_allowed';
      }
      return typeof value === 'string' && ids.includes(value) ? undefined : 'not_allowed';
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'not_a_number';
      if (spec.integer && !Number.isInteger(value)) return 'not_a_number';
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        return 'out_of_range';
      }
      return undefined;
    case 'text':
      if (typeof value !== 'string') return 'not_allowed';
      return value.length > spec.maxLength ? 'too_long' : undefined;
  }
}

/**
 * Checks answers against an instrument. A draft (complete: false) is checked for what each answer may be; a complete
 * screening must also answer every shown item that is required (items are required unless `required: false`). Answers
 * to hidden items are checked for shape but never required. Issues come in instrument order, unknown items last.
 */
export function validateAnswers(
  instrument: InstrumentDefinition,
  answers: Answers,
  options: { complete: boolean },
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const items = instrumentItems(instrument);
  const visible = options.complete ? new Set(visibleItemIds(instrument, answers)) : undefined;
  for (const item of items) {
    const value = own(answers, item.id);
    if (isAnswered(value)) {
      const code = checkValue(item, value);
      if (code) issues.push({ itemId: item.id, code });
    } else if (value !== undefined && !(typeof value === 'string' || Array.isArray(value))) {
      issues.push({ itemId: item.id, code: item.answer.type === 'number' ? 'not_a_number' : 'not_allowed' });
    } else if (visible?.has(item.id) && item.required !== false) {
      issues.push({ itemId: item.id, code: 'required' });
    }
  }
  const known = new Set(items.map((item) => item.id));
  const unknown = Object.keys(answers)
    .filter((id) => !known.has(id))
    .sort();
  for (const itemId of unknown) issues.push({ itemId, code: 'unknown_item' });
  return issues;
}
