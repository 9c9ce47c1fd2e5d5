import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * When the reporter received the information (Penal Code 11166(a): the written report is due "within 36 hours of
 * receiving the information concerning the incident"). Null for responses opened before it was recorded: at its next
 * start the server sets it for each of them and recomputes its written report's deadline, with an audit entry each
 * (features/response/recompute-deadlines.ts; a migration cannot write the audit trail's signed chain).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('response').addColumn('learned_at', 'text').execute();
  // When the telephone report was made otherwise than by a call Harbor records (PC 11166(a) asks for one report, not
  // one per reporter): who made it (colleague | online_system | law_enforcement) and when. The written report stays due.
  await db.schema.alterTable('response').addColumn('report_made_by', 'text').execute();
  await db.schema.alterTable('response').addColumn('report_made_at', 'text').execute();
}
