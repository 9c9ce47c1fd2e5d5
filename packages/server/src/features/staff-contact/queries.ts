import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';

/** A staff member's work phone (app_user.work_phone); no youth data. */
export async function workPhoneOf(db: Kysely<Database>, userId: string): Promise<string | null | undefined> {
  const row = await db.selectFrom('app_user').select('work_phone').where('id', '=', userId).executeTakeFirst();
  return row ? row.work_phone : undefined;
}

export async function setWorkPhone(db: Kysely<Database>, userId: string, phone: string | null, now: Date) {
  const result = await db
    .updateTable('app_user')
    .set({ work_phone: phone, updated_at: toStoredTime(now) })
    .where('id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
