import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * Invitations that can be withdrawn, and password reset links (identity/one-time-links.ts).
 * - `one_time_link.kind` may now also be `password_reset`; such a link names its person in `user_id`, and `via` says
 *   how it reaches them: `email` ("Forgot your password?"), `admin` (made on the users page), `cli` (`harbor admin
 *   recover`).
 * - `revoked_at`, `revoked_by`: when and by whom a link was withdrawn before use (a revoked invitation, or a reset link
 *   retired by a newer one or by the password being set). A revoked link is never accepted.
 * Adding nullable columns changes no stored row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('one_time_link')
    .addColumn('user_id', 'text', (c) => c.references('app_user.id'))
    .execute();
  await db.schema.alterTable('one_time_link').addColumn('via', 'text').execute();
  await db.schema.alterTable('one_time_link').addColumn('revoked_at', 'text').execute();
  await db.schema
    .alterTable('one_time_link')
    .addColumn('revoked_by', 'text', (c) => c.references('app_user.id'))
    .execute();
  await db.schema.createIndex('one_time_link_kind_email').on('one_time_link').columns(['kind', 'email']).execute();
  await db.schema.createIndex('one_time_link_user').on('one_time_link').column('user_id').execute();
}
