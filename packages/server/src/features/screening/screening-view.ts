import { type Answers, type InstrumentDefinition, itemFieldClass, type ScreeningResult } from '@harbor/core';
import type { ScreeningTable } from '../../db/tables/screening.js';
import { classed } from '../../records/classed.js';
import type { RecordHandle } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { authorsBefore, correctionOf, type ScreeningSummaryRow, userNames } from './queries.js';
import { storedNotEnough } from './screening-rules.js';

/**
 * How a screening is shown. Each answer carries its item's field class (core's itemFieldClass: clinical items, such as
 * suicide and self-harm, sexual health, substance use and free-text observations, for clinical roles only); the
 * level of concern, its reasons (which rules and items fired, never an answer) and the safety flag are for the whole
 * care team. The person who entered the answers sees them all.
 */

/**
 * Who entered every answer of this version, and so sees them all whatever their class: its creator when they also made
 * every version it corrects (an original's creator, or someone correcting their own screening); nobody when another
 * person's answers were carried over into it (a correction keeps the answers its maker may not see), so that the field
 * classes decide for everyone.
 */
export async function answersAuthor(db: RecordHandle['db'], row: ScreeningTable): Promise<string | null> {
  if (!row.corrects_id) return row.created_by;
  return (await authorsBefore(db, row.corrects_id)).every((author) => author === row.created_by)
    ? row.created_by
    : null;
}

export function openAnswers(h: Pick<RecordHandle, 'open'>, row: ScreeningTable): Answers {
  return JSON.parse(h.open('screening', 'answers', row.id, row.answers)) as Answers;
}

/** The answers by item, each with its class and who entered them (see answersAuthor). */
export function classedAnswers(instrument: InstrumentDefinition, answers: Answers, author: string | null) {
  return Object.fromEntries(
    Object.entries(answers).map(([itemId, value]) => [
      itemId,
      classed(itemFieldClass(instrument, itemId), value, { author }),
    ]),
  );
}

/** Whether some answers are of a class the reader may not see (the view says so, without saying which). */
export function hidesAnswers(
  h: Pick<RecordHandle, 'classes' | 'actor'>,
  instrument: InstrumentDefinition,
  answers: Answers,
  author: string | null,
): boolean {
  if (author !== null && author === h.actor.userId) return false;
  return Object.keys(answers).some((itemId) => !h.classes.has(itemFieldClass(instrument, itemId)));
}

/**
 * The screening as shown. `fresh`: the row was just written by the actor in this operation, so nobody else made or
 * completed it and nothing corrects it yet (two lookups saved on every submission).
 */
export async function screeningView(
  h: Pick<RecordHandle, 'db' | 'open' | 'classes' | 'actor' | 'now' | 'accessTo'>,
  row: ScreeningTable,
  instrument: InstrumentDefinition,
  options: { fresh?: boolean } = {},
) {
  // A draft is its author's; it names its youth only while the author may still see the youth.
  const named = row.youth_id !== null && (await h.accessTo([row.youth_id])).has(row.youth_id);
  const label = named ? (await youthLabels(h, [row.youth_id])).get(row.youth_id!) : undefined;
  const mine = (id: string | null) => id === null || id === h.actor.userId;
  const names =
    options.fresh && mine(row.created_by) && mine(row.completed_by)
      ? new Map([[h.actor.userId, h.actor.displayName]])
      : await userNames(h.db, [row.created_by, row.completed_by]);
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? '') : null);
  const answers = openAnswers(h, row);
  const author = await answersAuthor(h.db, row);
  return {
    id: row.id,
    youthId: row.youth_id,
    ...(label ? { youth: classed('identity', { name: label.name, age: label.age }) } : {}),
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    status: row.status,
    answers: classedAnswers(instrument, answers, author),
    answersHidden: hidesAnswers(h, instrument, answers, author),
    level: row.level,
    result: row.result ? (JSON.parse(row.result) as Pick<ScreeningResult, 'reasons' | 'domains'>) : null,
    safety: row.safety === 1,
    createdBy: row.created_by,
    createdByName: nameOf(row.created_by) ?? '',
    createdAt: row.created_at,
    completedBy: row.completed_by,
    completedByName: nameOf(row.completed_by),
    completedAt: row.completed_at,
    corrects: row.corrects_id,
    correctionReason: row.correction_reason
      ? h.open('screening', 'correction_reason', row.id, row.correction_reason)
      : null,
    correctedBy: options.fresh ? null : await correctionOf(h.db, row.id),
    version: row.version,
  };
}

export const summaryView = (r: ScreeningSummaryRow, youth?: { name: string; age: number | null }) => ({
  id: r.id,
  youthId: r.youth_id,
  ...(youth ? { youth: classed('identity', youth) } : {}),
  instrumentId: r.instrument_id,
  instrumentVersion: r.instrument_version,
  status: r.status,
  level: r.level,
  notEnoughInformation: r.level === 'none' && storedNotEnough(r.result),
  safety: r.safety === 1,
  completedAt: r.completed_at,
  completedByName: r.display_name ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  corrects: r.corrects_id,
  correctedBy: r.corrected_by ?? null,
  version: r.version,
});
