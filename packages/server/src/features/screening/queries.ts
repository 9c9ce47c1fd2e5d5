import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ScreeningTable } from '../../db/tables/screening.js';
import { updateVersioned } from '../../db/versioned.js';

/**
 * The screening feature's query module: with the records gate, the only code that reads or writes `screening` (an
 * architecture test checks). Other features ask through the functions exported here.
 */

type Db = Kysely<Database>;

export const loadScreening = (db: Db, id: string): Promise<ScreeningTable | undefined> =>
  db.selectFrom('screening').selectAll().where('id', '=', id).executeTakeFirst();

export const screeningByIdempotencyKey = (db: Db, userId: string, key: string) =>
  db
    .selectFrom('screening')
    .selectAll()
    .where('created_by', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();

export async function insertScreening(db: Db, row: ScreeningTable): Promise<void> {
  await db.insertInto('screening').values(row).execute();
}

export const updateScreeningRow = (db: Db, id: string, version: number, changes: Record<string, unknown>, now: Date) =>
  updateVersioned(db, 'screening', id, version, changes, now);

/** The correction of a screening, when there is one (there is at most one: a unique index). */
export async function correctionOf(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('screening').select('id').where('corrects_id', '=', id).executeTakeFirst();
  return row?.id ?? null;
}

export async function userNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

function summaryQuery(db: Db) {
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
      's.result',
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

export type ScreeningSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

/** A youth's completed screenings (every version) and the caller's own drafts for the youth, newest first. */
export const youthScreeningSummaries = (db: Db, youthId: string, userId: string) =>
  summaryQuery(db)
    .where('s.youth_id', '=', youthId)
    .where((eb) => eb.or([eb('s.status', '=', 'completed'), eb('s.created_by', '=', userId)]))
    .orderBy('s.created_at', 'desc')
    .limit(500)
    .execute();

/** A user's drafts, and the screenings they completed that are not linked to a youth yet. */
export const openScreeningSummaries = (db: Db, userId: string) =>
  summaryQuery(db)
    .where('s.created_by', '=', userId)
    .where((eb) => eb.or([eb('s.status', '=', 'draft'), eb('s.youth_id', 'is', null)]))
    .orderBy('s.updated_at', 'desc')
    .limit(200)
    .execute();

/** Who made each version this one corrects, newest first (the versions before it, back to the original). */
export async function authorsBefore(db: Db, correctsId: string | null): Promise<string[]> {
  const authors: string[] = [];
  for (let id = correctsId; id; ) {
    const row = await db
      .selectFrom('screening')
      .select(['created_by', 'corrects_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) break;
    authors.push(row.created_by);
    id = row.corrects_id;
  }
  return authors;
}

/** Every version of a screening: the originals it corrects and the corrections of it. */
export async function versionChain(db: Db, id: string): Promise<string[]> {
  const chain = new Set<string>([id]);
  for (let grew = true; grew; ) {
    grew = false;
    const related = await db
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
  return [...chain];
}

export async function linkVersions(db: Db, ids: readonly string[], youthId: string): Promise<void> {
  await db
    .updateTable('screening')
    .set({ youth_id: youthId })
    .where('id', 'in', [...ids])
    .where('youth_id', 'is', null)
    .execute();
}

/** What a response needs of the screening it is opened from. */
export const screeningForResponse = (db: Db, id: string) =>
  db
    .selectFrom('screening')
    .select(['id', 'youth_id', 'status', 'level', 'safety', 'created_by', 'created_by_agency_id'])
    .where('id', '=', id)
    .executeTakeFirst();

/** What a written report says of the screening behind a response: who completed which instrument, when, and why. */
export const screeningForReport = (db: Db, id: string) =>
  db
    .selectFrom('screening as s')
    .innerJoin('app_user as u', 'u.id', 's.completed_by')
    .select(['s.instrument_id', 's.instrument_version', 's.level', 's.result', 's.completed_at', 'u.display_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
