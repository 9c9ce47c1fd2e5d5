import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database, DemoMarkerTable } from '../../db/schema.js';

/** The demo feature's query module: the mark of a demonstration database (one row, id 'demo'). */

type Db = Kysely<Database>;

const MARKER_ID = 'demo';

export const demoMarker = (db: Db): Promise<DemoMarkerTable | undefined> =>
  db.selectFrom('demo_marker').selectAll().where('id', '=', MARKER_ID).executeTakeFirst();

/** Marks the database a demonstration one; the primary key refuses a second mark (two seeds at once). */
export async function insertDemoMarker(db: Db, seedVersion: number, startedAt: Date): Promise<void> {
  await db
    .insertInto('demo_marker')
    .values({ id: MARKER_ID, seed_version: seedVersion, started_at: toStoredTime(startedAt), completed_at: null })
    .execute();
}

export async function completeDemoMarker(db: Db, completedAt: Date): Promise<void> {
  await db
    .updateTable('demo_marker')
    .set({ completed_at: toStoredTime(completedAt) })
    .where('id', '=', MARKER_ID)
    .execute();
}
