import { type Kysely, sql } from 'kysely';
import { HarborError } from '../errors.js';
import { toStoredTime } from './ids.js';

/**
 * Optimistic concurrency for every mutable table (one with `id`, `version`, `updated_at`):
 * an update names the version the caller read; it succeeds only if the row still has it and then
 * bumps it by one. Otherwise nothing changes and the caller gets `conflict` (or `not_found`), so no
 * update is ever silently lost.
 *
 * Returns the new version.
 */
export async function updateVersioned(
  db: Kysely<any>,
  table: string,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
  now: Date = new Date(),
): Promise<number> {
  for (const column of ['id', 'version', 'created_at', 'updated_at']) {
    if (column in changes) throw new Error(`updateVersioned: ${column} is managed, not changeable`);
  }
  const result = await db
    .updateTable(table)
    .set({ ...changes, version: sql`version + 1`, updated_at: toStoredTime(now) })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expectedVersion + 1;
  const current = await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  if (!current) throw new HarborError('not_found', `${table} ${id} does not exist`);
  throw staleVersion(
    `${table} ${id} is at version ${current.version}, not ${expectedVersion}`,
    Number(current.version),
  );
}

/** The managed columns of a new row in a mutable table. */
export function versionedInsertColumns(now: Date = new Date()): {
  version: number;
  created_at: string;
  updated_at: string;
} {
  const at = toStoredTime(now);
  return { version: 1, created_at: at, updated_at: at };
}

/** The 409 of a change made at a version the record has left; the body names the version it is at now. */
export function staleVersion(internal: string, currentVersion: number): HarborError {
  const conflict = new HarborError('conflict', internal);
  conflict.currentVersion = currentVersion;
  return conflict;
}
