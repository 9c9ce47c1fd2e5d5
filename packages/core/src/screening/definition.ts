import { z } from 'zod';

/**
 * The shape of a screening instrument, as data: JSON a county can read, edit and import (`harbor instruments import`).
 * This file checks the shape only; `parseInstrument` (parse.ts) adds the checks across the document (ids unique,
 * references exist, no cycles, thresholds ascending...). Every schema is strict: an unknown field is an error, so a typo
 * in a field name is reported instead of silently ignored.
 */

/** The answers a yes/no item offers. "unknown" is a real answer: the person completing it does not know. */
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

/** The answers a concern item offers (no concern, possible concern, clear concern; and "unknown" with `unknown: true`). */
export const CONCERN_ANSWERS = ['none', 'possible', 'clear'] as const;
export type ConcernAnswer = (typeof CONCERN_ANSWERS)[number];

/** The level of concern a screening ends with, lowest first. */
export const SCREENING_LEVELS = ['none', 'possible', 'clear'] as const;
export type ScreeningLevel = (typeof SCREENING_LEVELS)[number];

/** A level a rule may raise the result to (a rule never "fires" at none). */
export const RULE_LEVELS = ['possible', 'clear'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

export const INSTRUMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** Ids of domains, items and choice options: lowercase letters, digits, hyphens and underscores, up to 64. */
export const ELEMENT_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** The longest text answer an instrument may allow. */
export const MAX_TEXT_ANSWER_LENGTH = 2000;

const nonBlank = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be empty');

/** A text in every language Harbor speaks. */
const bilingual = (max: number) => z.strictObject({ en: nonBlank(max), es: nonBlank(max) });

const elementId = z
  .string()
  .regex(ELEMENT_ID_PATTERN, 'must be 1 to 64 lowercase letters, digits, "-" or "_", starting with a letter or digit');

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const BilingualTextSchema = bilingual(4000);
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const ChoiceOptionSchema = z.strictObject({
  id: elementId,
  label: bilingual(500),
  /** Choosing this option counts as a positive answer. */
  positive: z.boolean().optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const AnswerSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('yes_no_unknown') }),
  z.strictObject({
    type: z.literal('concern'),
    /** Offers "don't know" as well (never positive, weighs 0): what the staff completing it do not know is said so. */
    unknown: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('number'),
    min: finite.optional(),
    max: finite.optional(),
    integer: z.boolean().optional(),
    /** An answer at or above this number counts as positive. */
    positiveAtLeast: finite.optional(),
  }),
  z.strictObject({
    type: z.literal('choice'),
    options: z.array(ChoiceOptionSchema).min(2, 'needs at least 2 options').max(50, 'allows at most 50 options'),
    multiple: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('text'),
    maxLength: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(MAX_TEXT_ANSWER_LENGTH, `must be at most ${MAX_TEXT_ANSWER_LENGTH}`),
  }),
]);
export type AnswerSpec = z.infer<typeof AnswerSpecSchema>;
export type AnswerType = AnswerSpec['type'];

/**
 * Skip logic: an item with `showIf` is asked only when the condition holds. A condition reads the answers of other
 * items; the answer of an item that is itself hidden counts as no answer.
 */
export type Condition =
  | { op: 'equals'; item: string; value: string | number }
  | { op: 'in'; item: string; values: (string | number)[] }
  | { op: 'answered'; item: string }
  | { op: 'positive'; item: string }
  | { op: 'gte' | 'lte'; item: string; value: number }
  | { op: 'and' | 'or'; of: Condition[] }
  | { op: 'not'; of: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('equals'), item: elementId, value: z.union([z.string(), finite]) }),
    z.strictObject({
      op: z.literal('in'),
      item: elementId,
      values: z.array(z.union([z.string(), finite])).min(1, 'needs at least 1 value'),
    }),
    z.strictObject({ op: z.literal('answered'), item: elementId }),
    z.strictObject({ op: z.literal('positive'), item: elementId }),
    z.strictObject({ op: z.enum(['gte', 'lte']), item: elementId, value: finite }),
    z.strictObject({ op: z.enum(['and', 'or']), of: z.array(ConditionSchema).min(1, 'needs at least 1 condition') }),
    z.strictObject({ op: z.literal('not'), of: ConditionSchema }),
  ]),
);

export const InstrumentItemSchema = z.strictObject({
  /** Unique across the instrument. */
  id: elementId,
  text: bilingual(2000),
  help: bilingual(4000).optional(),
  /** Must be answered before the screening can be completed (when it is shown). Default true. */
  required: z.boolean().optional(),
  answer: AnswerSpecSchema,
  showIf: ConditionSchema.optional(),
  /** A positive answer shows the crisis step at once (for example thoughts of suicide or self-harm). */
  safety: z.boolean().optional(),
  /**
   * Who may read the answer (docs/security.md): 'clinical' for mental-health and health content (suicide and self-harm,
   * sexual health, substance use, free-text observations), shown only to clinical roles; 'protocol' for the indicators
   * the whole care team works from. Default: the domain's, else clinical for safety items and text answers.
   */
  fieldClass: z.enum(['protocol', 'clinical']).optional(),
});
export type InstrumentItem = z.infer<typeof InstrumentItemSchema>;

export const InstrumentDomainSchema = z.strictObject({
  id: elementId,
  title: bilingual(500),
  /** A critical domain may be named by a critical_clear rule. */
  critical: z.boolean().optional(),
  /** Every item of a safety domain is a safety item. */
  safety: z.boolean().optional(),
  /** The field class of the domain's items that name none. */
  fieldClass: z.enum(['protocol', 'clinical']).optional(),
  items: z.array(InstrumentItemSchema).min(1, 'needs at least 1 item').max(200, 'allows at most 200 items'),
});
export type InstrumentDomain = z.infer<typeof InstrumentDomainSchema>;

/** "N or more positive answers among these M items" raises the result to `level`. */
export const CountRuleSchema = z.strictObject({
  type: z.literal('count'),
  items: z.array(elementId).min(1, 'needs at least 1 item'),
  atLeast: z.number().int('must be a whole number').min(1, 'must be at least 1'),
  level: z.enum(RULE_LEVELS),
});
export type CountRule = z.infer<typeof CountRuleSchema>;

/**
 * A weighted sum over one domain's items: each item's weight times its answer's weight (yes 1, possible concern 0.5,
 * clear concern 1, a positive choice or a number at or above positiveAtLeast 1; anything else 0), unless `valueWeights`
 * gives the item's answers their own weights. The highest threshold reached gives the level.
 */
export const WeightedRuleSchema = z.strictObject({
  type: z.literal('weighted'),
  domain: elementId,
  weights: z.record(
    elementId,
    finite.refine((n) => n > 0, 'must be greater than 0'),
  ),
  valueWeights: z
    .record(
      elementId,
      z.record(
        elementId,
        finite.refine((n) => n >= 0, 'must be 0 or more'),
      ),
    )
    .optional(),
  thresholds: z
    .array(
      z.strictObject({ atLeast: finite.refine((n) => n > 0, 'must be greater than 0'), level: z.enum(RULE_LEVELS) }),
    )
    .min(1, 'needs at least 1 threshold'),
});
export type WeightedRule = z.infer<typeof WeightedRuleSchema>;

/** Any item of these (critical) domains answered "yes" or "clear concern" makes the result clear. */
export const CriticalClearRuleSchema = z.strictObject({
  type: z.literal('critical_clear'),
  domains: z.array(elementId).min(1, 'needs at least 1 domain'),
});
export type CriticalClearRule = z.infer<typeof CriticalClearRuleSchema>;

export const ScoringRuleSchema = z.discriminatedUnion('type', [
  CountRuleSchema,
  WeightedRuleSchema,
  CriticalClearRuleSchema,
]);
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
export type ScoringRuleType = ScoringRule['type'];

export const InstrumentDefinitionSchema = z.strictObject({
  id: z
    .string()
    .regex(
      INSTRUMENT_ID_PATTERN,
      'must be 2 to 63 lowercase letters, digits or "-", starting with a letter or digit (for example "harbor-cse-brief")',
    ),
  version: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(1_000_000, 'must be at most 1000000'),
  title: bilingual(200),
  description: bilingual(4000),
  /** Who completes it: 'staff' from everything they know, 'brief' for hotline staff and first responders. */
  audience: z.enum(['staff', 'brief']),
  /** Where the content comes from (citation). */
  source: bilingual(4000),
  disclaimer: bilingual(4000).optional(),
  domains: z.array(InstrumentDomainSchema).min(1, 'needs at least 1 domain').max(50, 'allows at most 50 domains'),
  scoring: z.strictObject({
    rules: z.array(ScoringRuleSchema).min(1, 'needs at least 1 rule').max(100, 'allows at most 100 rules'),
  }),
});
export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;

/**
 * The field class of an item's answer: the item's, else its domain's, else clinical for safety items (and items of a
 * safety domain) and free text (which can hold anything), else protocol. An item the instrument does not have is
 * clinical: an unknown answer is never shown to a non-clinical reader.
 */
export function itemFieldClass(instrument: InstrumentDefinition, itemId: string): 'protocol' | 'clinical' {
  for (const domain of instrument.domains) {
    const item = domain.items.find((i) => i.id === itemId);
    if (!item) continue;
    if (item.fieldClass) return item.fieldClass;
    if (domain.fieldClass) return domain.fieldClass;
    return item.safety || domain.safety || item.answer.type === 'text' ? 'clinical' : 'protocol';
  }
  return 'clinical';
}
