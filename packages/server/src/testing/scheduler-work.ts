import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** What the deadline scheduler has still to do: due escalations not sent, and notifications waiting for e-mail. */
export async function schedulerBacklog(db: Kysely<Database>): Promise<{ escalations: number; emails: number }> {
  const now = new Date().toISOString();
  const pending = await db
    .selectFrom('escalation')
    .select('id')
    .where('status', '=', 'pending')
    .where('due_at', '<=', now)
    .execute();
  const mail = await db.selectFrom('notification').select('id').where('email_status', '=', 'pending').execute();
  return { escalations: pending.length, emails: mail.length };
}
