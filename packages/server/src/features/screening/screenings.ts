import {
  type Answers,
  type InstrumentDefinition,
  normaliseAnswers,
  type ScreeningResult,
  scoreScreening,
  validateAnswers,
} from '@harbor/core';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit, auditOnce } from '../../audit/index.js';
import { decryptField, encryptField, fieldAad } from '../../crypto/field-encryption.js';
import type { Keyring } from '../../crypto/keys.js';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { ScreeningTable } from '../../db/tables/screening.js';
import { updateVersioned, versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { type Caller, requireYouthAccess } from '../youth/youth-records.js';
import { requireInstrument } from './instruments.js';

/**
 * The one repository for screenings. Rules:
 * - A screening of an identified youth follows the youth's need-to-know (404 otherwise); a screening not linked to a
 *   youth yet, and every draft, is seen only by the person who started it.
 * - A draft changes in place under optimistic concurrency; a completed screening never changes. A correction is a new
 *   completed screening naming the one it corrects, who made it and why.
 * - The server scores every completed screening itself with the core's rules (the browser's score is only a preview).
 * - A submission carries an idempotency key: sent twice (a retry, an offline queue), it is stored once.
 */

export interface ScreeningCaller extends Caller {
  keyring: Keyring;
}

export interface ScreeningInput {
  instrumentId: string;
  instrumentVersion: number;
  youthId?: string | null | undefined;
  answers: Answers;
  complete: boolean;
  idempotencyKey: string;
}

const who = (c: Caller) => ({ actorUserId: c.user.id, actorAgencyId: c.user.agency_id, ip: c.ip });
const answersAad = (id: string) => fieldAad('screening', 'answers', id);

/** A 400 listing each answer the instrument does not allow (or that is missing when completing). */
function checkAnswers(instrument: InstrumentDefinition, answers: Answers, complete: boolean): Answers {
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

/** The stored result: which rules fired, with item and domain ids; never an answer. */
function storedResult(result: ScreeningResult): string {
  return JSON.stringify({ reasons: result.reasons, domains: result.domains });
}

/** Nobody but the person who started it sees a draft or an unlinked screening; a youth's screening needs need-to-know. */
async function requireScreeningAccess(c: Caller, row: ScreeningTable, action: string) {
  if (row.status === 'draft' || row.youth_id === null) {
    if (row.created_by === c.user.id) return 'creator' as const;
    await auditOnce(c.db, c.auditKey, {
      event: 'access.denied',
      ...who(c),
      recordType: 'screening',
      recordId: row.id,
      outcome: 'denied',
      details: { action },
    });
    throw new HarborError('not_found', `screening ${row.id} is not the caller's`);
  }
  return requireYouthAccess(c, row.youth_id, action);
}

async function loadRow(db: Kysely<Database> | Transaction<Database>, id: string): Promise<ScreeningTable> {
  const row = await db.selectFrom('screening').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HarborError('not_found', `no screening ${id}`);
  return row;
}

/** Writing to a youth's records needs a place on the care team (or an agency supervisor's), not a break-glass visit. */
async function requireYouthWrite(c: Caller, youthId: string, action: string): Promise<void> {
  const access = await requireYouthAccess(c, youthId, action);
  if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access is read-only');
}

export interface ScreeningView {
  id: string;
  youthId: string | null;
  instrumentId: string;
  instrumentVersion: number;
  status: 'draft' | 'completed';
  answers: Answers;
  level: 'none' | 'possible' | 'clear' | null;
  result: Pick<ScreeningResult, 'reasons' | 'domains'> | null;
  safety: boolean;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  completedBy: string | null;
  completedByName: string | null;
  completedAt: string | null;
  corrects: string | null;
  correctionReason: string | null;
  correctedBy: string | null;
  version: number;
}

async function view(c: ScreeningCaller, row: ScreeningTable): Promise<ScreeningView> {
  const names = await c.db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', [row.created_by, ...(row.completed_by ? [row.completed_by] : [])])
    .execute();
  const nameOf = (id: string | null) => (id ? (names.find((n) => n.id === id)?.display_name ?? '') : null);
  const correction = await c.db
    .selectFrom('screening')
    .select('id')
    .where('corrects_id', '=', row.id)
    .executeTakeFirst();
  return {
    id: row.id,
    youthId: row.youth_id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    status: row.status,
    answers: JSON.parse(decryptField(c.keyring, row.answers, answersAad(row.id))) as Answers,
    level: row.level,
    result: row.result ? (JSON.parse(row.result) as ScreeningView['result']) : null,
    safety: row.safety === 1,
    createdBy: row.created_by,
    createdByName: nameOf(row.created_by) ?? '',
    createdAt: row.created_at,
    completedBy: row.completed_by,
    completedByName: nameOf(row.completed_by),
    completedAt: row.completed_at,
    corrects: row.corrects_id,
    correctionReason: row.correction_reason,
    correctedBy: correction?.id ?? null,
    version: row.version,
  };
}

/** The columns a completed screening gets from scoring its answers. */
function completion(c: Caller, instrument: InstrumentDefinition, answers: Answers, now: Date) {
  const result = scoreScreening(instrument, answers);
  return {
    status: 'completed' as const,
    level: result.level,
    result: storedResult(result),
    safety: result.safety ? 1 : 0,
    completed_by: c.user.id,
    completed_at: toStoredTime(now),
  };
}

async function findByIdempotencyKey(c: Caller, key: string): Promise<ScreeningTable | undefined> {
  return c.db
    .selectFrom('screening')
    .selectAll()
    .where('created_by', '=', c.user.id)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Starts a screening (a draft, or completed at once, e.g. from the offline queue). Returns the screening and whether
 * this call stored it (false when the idempotency key had already been used by this user: the earlier one is returned).
 */
export async function submitScreening(
  c: ScreeningCaller,
  input: ScreeningInput,
): Promise<{ screening: ScreeningView; created: boolean }> {
  const earlier = await findByIdempotencyKey(c, input.idempotencyKey);
  if (earlier) {
    await requireScreeningAccess(c, earlier, 'read');
    return { screening: await view(c, earlier), created: false };
  }
  const instrument = await requireInstrument(c.db, input.instrumentId, input.instrumentVersion);
  const youthId = input.youthId ?? null;
  if (youthId) await requireYouthWrite(c, youthId, 'screen');
  const answers = checkAnswers(instrument, input.answers, input.complete);
  const now = c.now ?? new Date();
  const id = newId();
  const row: ScreeningTable = {
    id,
    youth_id: youthId,
    instrument_id: instrument.id,
    instrument_version: instrument.version,
    status: 'draft',
    answers: encryptField(c.keyring, JSON.stringify(answers), answersAad(id)),
    level: null,
    result: null,
    safety: 0,
    created_by: c.user.id,
    created_by_agency_id: c.user.agency_id,
    completed_by: null,
    completed_at: null,
    corrects_id: null,
    correction_reason: null,
    idempotency_key: input.idempotencyKey,
    ...versionedInsertColumns(now),
    ...(input.complete ? completion(c, instrument, answers, now) : {}),
  };
  try {
    await c.db.transaction().execute(async (trx) => {
      await trx.insertInto('screening').values(row).execute();
      await appendAudit(trx, c.auditKey, {
        event: input.complete ? 'screening.completed' : 'screening.saved',
        ...who(c),
        ...(youthId ? { youthId } : {}),
        recordType: 'screening',
        recordId: id,
        fields: ['answers'],
        outcome: 'success',
        details: { instrument: `${instrument.id}.v${instrument.version}`, ...(row.level ? { level: row.level } : {}) },
      });
    });
  } catch (error) {
    // The same submission arrived twice at once: the other one won; answer with it.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findByIdempotencyKey(c, input.idempotencyKey);
    if (!winner) throw error;
    return { screening: await view(c, winner), created: false };
  }
  return { screening: await view(c, row), created: true };
}

/** Saves a draft's answers (and completes it when asked). A completed screening is never changed: 409. */
export async function updateDraft(
  c: ScreeningCaller,
  id: string,
  input: { answers: Answers; version: number; complete: boolean },
): Promise<ScreeningView> {
  const row = await loadRow(c.db, id);
  await requireScreeningAccess(c, row, 'update');
  if (row.status !== 'draft') {
    throw new HarborError('conflict', `screening ${id} is completed; corrections are new versions`);
  }
  if (row.youth_id) await requireYouthWrite(c, row.youth_id, 'screen');
  const instrument = await requireInstrument(c.db, row.instrument_id, row.instrument_version);
  const answers = checkAnswers(instrument, input.answers, input.complete);
  const now = c.now ?? new Date();
  await c.db.transaction().execute(async (trx) => {
    await updateVersioned(
      trx,
      'screening',
      id,
      input.version,
      {
        answers: encryptField(c.keyring, JSON.stringify(answers), answersAad(id)),
        ...(input.complete ? completion(c, instrument, answers, now) : {}),
      },
      now,
    );
    await appendAudit(trx, c.auditKey, {
      event: input.complete ? 'screening.completed' : 'screening.saved',
      ...who(c),
      ...(row.youth_id ? { youthId: row.youth_id } : {}),
      recordType: 'screening',
      recordId: id,
      fields: ['answers'],
      outcome: 'success',
    });
  });
  return view(c, await loadRow(c.db, id));
}

/**
 * Corrects a completed screening: a new completed screening with the corrected answers that names the one it corrects,
 * who made the correction and why. The original is kept unchanged. Only the latest version can be corrected.
 */
export async function correctScreening(
  c: ScreeningCaller,
  id: string,
  input: { answers: Answers; reason: string; idempotencyKey: string },
): Promise<{ screening: ScreeningView; created: boolean }> {
  const earlier = await findByIdempotencyKey(c, input.idempotencyKey);
  if (earlier) {
    await requireScreeningAccess(c, earlier, 'read');
    return { screening: await view(c, earlier), created: false };
  }
  const original = await loadRow(c.db, id);
  await requireScreeningAccess(c, original, 'correct');
  if (original.status !== 'completed') throw new HarborError('conflict', 'only a completed screening is corrected');
  if (original.youth_id) await requireYouthWrite(c, original.youth_id, 'correct_screening');
  const instrument = await requireInstrument(c.db, original.instrument_id, original.instrument_version);
  const answers = checkAnswers(instrument, input.answers, true);
  const now = c.now ?? new Date();
  const newIdValue = newId();
  const row: ScreeningTable = {
    id: newIdValue,
    youth_id: original.youth_id,
    instrument_id: original.instrument_id,
    instrument_version: original.instrument_version,
    answers: encryptField(c.keyring, JSON.stringify(answers), answersAad(newIdValue)),
    created_by: c.user.id,
    created_by_agency_id: c.user.agency_id,
    corrects_id: original.id,
    correction_reason: input.reason.trim(),
    idempotency_key: input.idempotencyKey,
    ...versionedInsertColumns(now),
    ...completion(c, instrument, answers, now),
  };
  try {
    await c.db.transaction().execute(async (trx) => {
      // The unique index on corrects_id refuses a second correction of the same version.
      await trx.insertInto('screening').values(row).execute();
      await appendAudit(trx, c.auditKey, {
        event: 'screening.corrected',
        ...who(c),
        ...(original.youth_id ? { youthId: original.youth_id } : {}),
        recordType: 'screening',
        recordId: newIdValue,
        fields: ['answers'],
        outcome: 'success',
        details: { corrects: original.id, level: row.level },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findByIdempotencyKey(c, input.idempotencyKey);
    if (winner) return { screening: await view(c, winner), created: false };
    throw new HarborError('conflict', `screening ${id} was already corrected; correct the newest version`);
  }
  return { screening: await view(c, row), created: true };
}

/** One screening, with its answers and result (audited as a read of the youth's data). */
export async function readScreening(c: ScreeningCaller, id: string): Promise<ScreeningView> {
  const row = await loadRow(c.db, id);
  const access = await requireScreeningAccess(c, row, 'read');
  await auditOnce(c.db, c.auditKey, {
    event: 'screening.read',
    ...who(c),
    ...(row.youth_id ? { youthId: row.youth_id } : {}),
    recordType: 'screening',
    recordId: id,
    fields: ['answers', 'level', 'result'],
    outcome: 'success',
    details: { access },
  });
  return view(c, row);
}

export interface ScreeningSummary {
  id: string;
  youthId: string | null;
  instrumentId: string;
  instrumentVersion: number;
  status: 'draft' | 'completed';
  level: 'none' | 'possible' | 'clear' | null;
  safety: boolean;
  completedAt: string | null;
  completedByName: string | null;
  createdAt: string;
  updatedAt: string;
  corrects: string | null;
  correctedBy: string | null;
  version: number;
}

function summaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('screening as s')
    .leftJoin('app_user as u', 'u.id', 's.completed_by')
    .leftJoin('screening as c', 'c.corrects_id', 's.id')
    .select([
      's.id',
      's.youth_id',
      's.instrument_id',
      's.instrument_version',
      's.status',
      's.level',
      's.safety',
      's.completed_at',
      'u.display_name',
      's.created_at',
      's.updated_at',
      's.corrects_id',
      'c.id as corrected_by',
      's.version',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

const toSummary = (r: SummaryRow): ScreeningSummary => ({
  id: r.id,
  youthId: r.youth_id,
  instrumentId: r.instrument_id,
  instrumentVersion: r.instrument_version,
  status: r.status,
  level: r.level,
  safety: r.safety === 1,
  completedAt: r.completed_at,
  completedByName: r.display_name ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  corrects: r.corrects_id,
  correctedBy: r.corrected_by ?? null,
  version: r.version,
});

/** A youth's completed screenings over time (every version, newest first); the caller's own drafts for the youth too. */
export async function listYouthScreenings(c: ScreeningCaller, youthId: string): Promise<ScreeningSummary[]> {
  await requireYouthAccess(c, youthId, 'read_screenings');
  const rows = await summaryQuery(c.db)
    .where('s.youth_id', '=', youthId)
    .where((eb) => eb.or([eb('s.status', '=', 'completed'), eb('s.created_by', '=', c.user.id)]))
    .orderBy('s.created_at', 'desc')
    .limit(500)
    .execute();
  await auditOnce(c.db, c.auditKey, {
    event: 'youth.read',
    ...who(c),
    youthId,
    recordType: 'screening',
    recordId: youthId,
    fields: ['level', 'completed_at', 'completed_by'],
    outcome: 'success',
  });
  return rows.map(toSummary);
}

/** The caller's own drafts, and the screenings they completed that are not linked to a youth yet. */
export async function listMyOpenScreenings(c: ScreeningCaller): Promise<ScreeningSummary[]> {
  const rows = await summaryQuery(c.db)
    .where('s.created_by', '=', c.user.id)
    .where((eb) => eb.or([eb('s.status', '=', 'draft'), eb('s.youth_id', 'is', null)]))
    .orderBy('s.updated_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(toSummary);
}

/**
 * Links a screening of a youth not identified at the time to the youth's record, with every version of it. Only its
 * author links it, once, and only to a youth on whose care team they are.
 */
export async function linkScreening(c: ScreeningCaller, id: string, youthId: string): Promise<ScreeningView> {
  const row = await loadRow(c.db, id);
  await requireScreeningAccess(c, row, 'link');
  if (row.youth_id !== null) throw new HarborError('conflict', `screening ${id} is already linked`);
  if (row.created_by !== c.user.id) throw new HarborError('forbidden', 'only the author links a screening');
  await requireYouthWrite(c, youthId, 'link_screening');
  await c.db.transaction().execute(async (trx) => {
    // The whole chain of versions: the originals this one corrects, and the corrections of it.
    const chain = new Set<string>([id]);
    for (let grew = true; grew; ) {
      grew = false;
      const related = await trx
        .selectFrom('screening')
        .select(['id', 'corrects_id'])
        .where((eb) => eb.or([eb('id', 'in', [...chain]), eb('corrects_id', 'in', [...chain])]))
        .execute();
      for (const r of related) {
        for (const next of [r.id, r.corrects_id]) {
          if (next && !chain.has(next)) {
            chain.add(next);
            grew = true;
          }
        }
      }
    }
    await trx
      .updateTable('screening')
      .set({ youth_id: youthId })
      .where('id', 'in', [...chain])
      .where('youth_id', 'is', null)
      .execute();
    await appendAudit(trx, c.auditKey, {
      event: 'screening.linked',
      ...who(c),
      youthId,
      recordType: 'screening',
      recordId: id,
      fields: ['youth_id'],
      outcome: 'success',
      details: { versions: chain.size },
    });
  });
  return view(c, await loadRow(c.db, id));
}
