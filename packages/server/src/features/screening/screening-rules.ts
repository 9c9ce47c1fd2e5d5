import {
  type Answers,
  type InstrumentDefinition,
  normaliseAnswers,
  notEnoughInformation,
  type ScreeningResult,
  scoreScreening,
  validateAnswers,
} from '@harbor/core';
import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { ScreeningTable } from '../../db/tables/screening.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { Located } from '../../records/gate.js';
import { loadScreening } from './queries.js';

/**
 * The rules of screenings that several use cases share:
 * - A screening of an identified youth follows the youth's need-to-know (404 otherwise); a screening not linked to a
 *   youth yet, and every draft, is seen only by the person who started it.
 * - A draft changes in place under optimistic concurrency; a completed screening never changes. A correction is a new
 *   completed screening naming the one it corrects, who made it and why.
 * - The server scores every completed screening itself with the core's rules (the browser's score is only a preview).
 */

export const ANSWERS = ['screening', 'answers'] as const;

/** Where a screening belongs, for the records gate (and the row, for the use case). */
export function screeningTarget(id: string, found: { row?: ScreeningTable }) {
  return {
    recordType: 'screening',
    recordId: id,
    locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
      const row = await loadScreening(db, id);
      if (!row) return undefined;
      found.row = row;
      if (row.status === 'draft' || row.youth_id === null) {
        return { owner: { userId: row.created_by, agencyId: row.created_by_agency_id }, supervisorsSee: false };
      }
      return { youthId: row.youth_id };
    },
  };
}

/** A 400 listing each answer the instrument does not allow (or that is missing when completing). */
export function checkAnswers(instrument: InstrumentDefinition, answers: Answers, complete: boolean): Answers {
  const issues = validateAnswers(instrument, answers, { complete });
  if (issues.length > 0) {
    throw new HarborError(
      'validation_failed',
      `${issues.length} answer problem(s)`,
      issues.map((issue) => ({ path: `body.answers.${issue.itemId}`, message: `screening.answer.${issue.code}` })),
    );
  }
  return normaliseAnswers(instrument, answers);
}

/**
 * The stored result: which rules fired, with item and domain ids, never an answer; and, for a level of no concern
 * answered mostly "don't know", that there was not enough information (issue 12, item 10), so that lists say so too.
 */
function storedResult(result: ScreeningResult, notEnough: boolean): string {
  return JSON.stringify({
    reasons: result.reasons,
    domains: result.domains,
    ...(notEnough ? { notEnoughInformation: true } : {}),
  });
}

/** Whether a stored result says there was not enough information to rule anything out. */
export function storedNotEnough(result: string | null): boolean {
  if (!result) return false;
  return (JSON.parse(result) as { notEnoughInformation?: boolean }).notEnoughInformation === true;
}

/** The columns a completed screening gets from scoring its answers. */
export function completion(actor: Actor, instrument: InstrumentDefinition, answers: Answers, now: Date) {
  const result = scoreScreening(instrument, answers);
  const notEnough = result.level === 'none' && notEnoughInformation(instrument, answers);
  return {
    status: 'completed' as const,
    level: result.level,
    result: storedResult(result, notEnough),
    safety: result.safety ? 1 : 0,
    completed_by: actor.userId,
    completed_at: toStoredTime(now),
  };
}
