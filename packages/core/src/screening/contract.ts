import { z } from 'zod';
import { multiline } from '../input-text.js';
import { MAX_ROW_VERSION, recordId } from '../record-id.js';

/**
 * The screening API's requests and answers (zod): the server validates and documents with them, the web app takes its
 * types from them.
 */

export const ScreeningId = z.strictObject({ id: recordId });
export const InstrumentParams = z.strictObject({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().positive().max(1_000_000),
});

const multilingual = z.object({ en: z.string(), es: z.string() });
const level = z.enum(['none', 'possible', 'clear']);

/** Answers by item id: a word (yes, no, unknown, none, possible, clear, a choice id), a number, text, or choice ids. */
export const AnswersSchema = z
  .record(
    z.string().min(1).max(64),
    z.union([multiline(z.string().max(2000)), z.number().finite(), z.array(z.string().max(64)).max(50)]),
  )
  .refine((answers) => Object.keys(answers).length <= 500, 'at most 500 answers');

export const InstrumentSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  title: multilingual,
  description: multilingual,
  audience: z.string(),
  itemCount: z.number().int(),
  origin: z.enum(['shipped', 'imported']),
});

/** A definition is checked by the core's parseInstrument when imported; here it passes through as stored. */
export const InstrumentDefinitionBody = z
  .looseObject({ id: z.string(), version: z.number().int() })
  .describe('An instrument definition (see packages/core/instruments/README.md)');

const idempotencyKey = z.uuid().describe('Chosen by the client for each submission; a repeat returns the first result');

export const SubmitBody = z.strictObject({
  instrumentId: z.string().min(1).max(64),
  instrumentVersion: z.number().int().positive().max(MAX_ROW_VERSION),
  youthId: recordId.nullable().optional(),
  answers: AnswersSchema,
  complete: z.boolean(),
  idempotencyKey,
});

export const UpdateBody = z.strictObject({
  answers: AnswersSchema,
  version: z.number().int().positive().max(MAX_ROW_VERSION),
  complete: z.boolean(),
});

export const CorrectionBody = z.strictObject({
  answers: AnswersSchema,
  reason: multiline(z.string().trim().min(5).max(2000)),
  idempotencyKey,
});

export const LinkBody = z.strictObject({ youthId: recordId });

const reason = z.object({
  rule: z.number().int(),
  type: z.enum(['count', 'weighted', 'critical_clear']),
  level: z.enum(['possible', 'clear']),
  domainId: z.string().optional(),
  itemIds: z.array(z.string()).describe('The items behind the reason (never their answers)'),
});

const YouthNamed = z
  .object({ name: z.string(), age: z.number().int().nullable() })
  .describe('Whom the screening is about (identity); left out for a youth not identified yet');

export const Screening = z.object({
  id: z.string(),
  youthId: z.string().nullable(),
  youth: YouthNamed.optional(),
  instrumentId: z.string(),
  instrumentVersion: z.number().int(),
  status: z.enum(['draft', 'completed']),
  answers: AnswersSchema.describe('The answers the caller may see: clinical items for clinical roles and the author'),
  answersHidden: z.boolean().describe('Some answers are for clinical roles only and were left out'),
  level: level.nullable(),
  result: z
    .object({
      reasons: z.array(reason),
      domains: z.array(z.object({ id: z.string(), score: z.number().optional(), level: level.optional() })),
    })
    .nullable(),
  safety: z.boolean().describe('A safety item (suicidal thoughts, self-harm) was answered positively'),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  completedBy: z.string().nullable(),
  completedByName: z.string().nullable(),
  completedAt: z.string().nullable(),
  corrects: z.string().nullable().describe('The screening this one corrects'),
  correctionReason: z.string().nullable(),
  correctedBy: z.string().nullable().describe('The correction of this screening, when there is one'),
  version: z.number().int(),
});

export const ScreeningSummary = z.object({
  id: z.string(),
  youthId: z.string().nullable(),
  youth: YouthNamed.optional(),
  instrumentId: z.string(),
  instrumentVersion: z.number().int(),
  status: z.enum(['draft', 'completed']),
  level: level.nullable(),
  /** At no concern, answered mostly "don't know": the list says "not enough information", never "no concern". */
  notEnoughInformation: z.boolean(),
  safety: z.boolean(),
  completedAt: z.string().nullable(),
  completedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  corrects: z.string().nullable(),
  correctedBy: z.string().nullable(),
  version: z.number().int(),
});

export type ScreeningView = z.infer<typeof Screening>;
export type ScreeningSummaryView = z.infer<typeof ScreeningSummary>;
export type InstrumentSummaryView = z.infer<typeof InstrumentSummary>;
