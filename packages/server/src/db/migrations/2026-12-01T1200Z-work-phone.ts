import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * A staff member's work phone (`app_user.work_phone`), shown to the care teams they are on so that someone on call at
 * night knows whom to call. Optional; never a youth's data. Adding a nullable column changes no stored row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('work_phone', 'text').execute();
}
