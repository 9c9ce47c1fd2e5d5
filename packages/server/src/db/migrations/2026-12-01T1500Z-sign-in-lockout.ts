import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * Issue 13, items 1 and 2. Failed second factors (authenticator and recovery codes) are counted on their own and lock
 * on their own (`failed_second_factors`, `second_factor_locked_until`); a correct password no longer clears them. Failed
 * passwords on a device where the person signed in before (the known-device cookie) are counted and locked apart from
 * those that came from elsewhere (`known_device_*`), so that failures from elsewhere do not lock the person out of
 * their usual computer. Counts start at 0 and locks empty: no stored row changes meaning.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('app_user')
    .addColumn('failed_second_factors', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('app_user').addColumn('second_factor_locked_until', 'text').execute();
  await db.schema
    .alterTable('app_user')
    .addColumn('known_device_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('app_user').addColumn('known_device_first_failed_at', 'text').execute();
  await db.schema.alterTable('app_user').addColumn('known_device_locked_until', 'text').execute();
}
