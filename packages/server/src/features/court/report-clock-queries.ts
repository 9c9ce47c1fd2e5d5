import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * The queries of a progress report's clock (run-court-clocks.ts): the (hearing, agency) pairs whose report is late
 * and not escalated yet, the "once" of an escalation, and the supervisors it goes to. Hearings not held yet (no
 * outcome) of active enrollments only: once a hearing is recorded, its report has no clock left.
 */
type Db = Kysely<Database>;

/** Reports started but not sent whose due day is before `today`, not escalated yet. */
export const lateStartedReports = (db: Db, today: string, limit: number) =>
  db
    .selectFrom('court_progress_report as r')
    .innerJoin('court_hearing as h', 'h.id', 'r.hearing_id')
    .innerJoin('court_enrollment as e', 'e.id', 'h.enrollment_id')
    .leftJoin('court_report_escalation as x', (join) =>
      join.onRef('x.hearing_id', '=', 'r.hearing_id').onRef('x.agency_id', '=', 'r.agency_id'),
    )
    .select(['r.hearing_id', 'r.agency_id', 'r.id as report_id', 'r.youth_id'])
    .where('r.status', '!=', 'sent')
    .where('r.due_on', '<', today)
    .where('h.outcome', 'is', null)
    .where('e.status', '=', 'active')
    .where('x.hearing_id', 'is', null)
    .orderBy('r.due_on')
    .orderBy('r.id')
    .limit(limit)
    .execute();

/**
 * Hearings before `before` for which the probation officer's agency has not started a report, not escalated yet,
 * with their program (whose days before the hearing say whether the report is late).
 */
export const hearingsWithoutOfficerReport = (db: Db, before: string, limit: number) =>
  db
    .selectFrom('court_hearing as h')
    .innerJoin('court_enrollment as e', 'e.id', 'h.enrollment_id')
    .innerJoin('app_user as officer', 'officer.id', 'e.probation_officer_id')
    .leftJoin('court_progress_report as r', (join) =>
      join.onRef('r.hearing_id', '=', 'h.id').onRef('r.agency_id', '=', 'officer.agency_id'),
    )
    .leftJoin('court_report_escalation as x', (join) =>
      join.onRef('x.hearing_id', '=', 'h.id').onRef('x.agency_id', '=', 'officer.agency_id'),
    )
    .select([
      'h.id as hearing_id',
      'h.hearing_on',
      'h.youth_id',
      'officer.agency_id',
      'e.program_id',
      'e.program_version',
    ])
    .where('h.hearing_on', '<', before)
    .where('h.outcome', 'is', null)
    .where('e.status', '=', 'active')
    .where('r.id', 'is', null)
    .where('x.hearing_id', 'is', null)
    .orderBy('h.hearing_on')
    .orderBy('h.id')
    .limit(limit)
    .execute();

/** Records the escalation of a (hearing, agency); false when another process did it first. */
export async function markReportEscalated(db: Db, hearingId: string, agencyId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('court_report_escalation')
    .values({ hearing_id: hearingId, agency_id: agencyId, escalated_at: at })
    .onConflict((oc) => oc.columns(['hearing_id', 'agency_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The active supervisors of an agency. */
export const agencySupervisors = async (db: Db, agencyId: string) =>
  (
    await db
      .selectFrom('app_user')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('role', '=', 'supervisor')
      .where('status', '=', 'active')
      .orderBy('id')
      .execute()
  ).map((u) => u.id);
