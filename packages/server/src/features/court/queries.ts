import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type {
  CourtEnrollmentTable,
  CourtHearingTable,
  CourtPhaseEntryTable,
  CourtProgressReportTable,
  CourtResponseTable,
} from '../../db/tables/court.js';

/**
 * Every query on the specialty courts' tables: `court_enrollment`, `court_phase_entry`, `court_hearing`,
 * `court_response` and `court_progress_report` (`court_program` is the definition store's).
 */
type Db = Kysely<Database>;

export const loadEnrollment = (db: Db, id: string) =>
  db.selectFrom('court_enrollment').selectAll().where('id', '=', id).executeTakeFirst();

export const enrollmentsOfYouth = (db: Db, youthId: string) =>
  db
    .selectFrom('court_enrollment')
    .selectAll()
    .where('youth_id', '=', youthId)
    .orderBy('enrolled_on', 'desc')
    .execute();

export async function hasActiveEnrollment(db: Db, youthId: string, programId: string): Promise<boolean> {
  const row = await db
    .selectFrom('court_enrollment')
    .select('id')
    .where('youth_id', '=', youthId)
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertEnrollment(db: Db, row: CourtEnrollmentTable): Promise<void> {
  await db.insertInto('court_enrollment').values(row).execute();
}

export async function insertPhaseEntry(db: Db, row: CourtPhaseEntryTable): Promise<void> {
  await db.insertInto('court_phase_entry').values(row).execute();
}

export const phaseEntriesOf = (db: Db, enrollmentIds: readonly string[]) =>
  enrollmentIds.length === 0
    ? Promise.resolve([] as CourtPhaseEntryTable[])
    : db
        .selectFrom('court_phase_entry')
        .selectAll()
        .where('enrollment_id', 'in', enrollmentIds)
        .orderBy('entered_at')
        .orderBy('id')
        .execute();

export const loadHearing = (db: Db, id: string) =>
  db.selectFrom('court_hearing').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertHearing(db: Db, row: CourtHearingTable): Promise<void> {
  await db.insertInto('court_hearing').values(row).execute();
}

export const hearingsOf = (db: Db, enrollmentIds: readonly string[]) =>
  enrollmentIds.length === 0
    ? Promise.resolve([] as CourtHearingTable[])
    : db
        .selectFrom('court_hearing')
        .selectAll()
        .where('enrollment_id', 'in', enrollmentIds)
        .orderBy('hearing_on')
        .orderBy('id')
        .execute();

export async function hearingOnDay(db: Db, enrollmentId: string, day: string): Promise<boolean> {
  const row = await db
    .selectFrom('court_hearing')
    .select('id')
    .where('enrollment_id', '=', enrollmentId)
    .where('hearing_on', '=', day)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertResponse(db: Db, row: CourtResponseTable): Promise<void> {
  await db.insertInto('court_response').values(row).execute();
}

export const responsesOf = (db: Db, enrollmentIds: readonly string[]) =>
  enrollmentIds.length === 0
    ? Promise.resolve([] as CourtResponseTable[])
    : db
        .selectFrom('court_response')
        .selectAll()
        .where('enrollment_id', 'in', enrollmentIds)
        .orderBy('occurred_on')
        .orderBy('id')
        .execute();

/** Active enrollments of a program per probation officer (counts only: no youth's data). */
export async function activeCountsByOfficer(db: Db, programId: string) {
  return db
    .selectFrom('court_enrollment')
    .innerJoin('app_user', 'app_user.id', 'court_enrollment.probation_officer_id')
    .select(['app_user.id as officerId', 'app_user.display_name as name'])
    .select((eb) => eb.fn.countAll<number>().as('active'))
    .where('court_enrollment.program_id', '=', programId)
    .where('court_enrollment.status', '=', 'active')
    .groupBy(['app_user.id', 'app_user.display_name'])
    .execute();
}

/** The probation officers of an agency (for a caseload view that also lists those carrying none). */
export const probationOfficersOf = (db: Db, agencyId: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'probation_officer')
    .where('status', '=', 'active')
    .execute();

export const userWithAgency = (db: Db, userId: string) =>
  db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(['app_user.id', 'app_user.display_name', 'app_user.role', 'agency.kind as agency_kind'])
    .where('app_user.id', '=', userId)
    .executeTakeFirst();

export const userNames = async (db: Db, ids: readonly string[]) =>
  new Map(
    ids.length === 0
      ? []
      : (await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', ids).execute()).map(
          (u) => [u.id, u.display_name] as const,
        ),
  );

export async function insertReport(db: Db, row: CourtProgressReportTable): Promise<void> {
  await db.insertInto('court_progress_report').values(row).execute();
}

export const loadReport = (db: Db, id: string) =>
  db.selectFrom('court_progress_report').selectAll().where('id', '=', id).executeTakeFirst();

export async function agencyHasReport(db: Db, hearingId: string, agencyId: string): Promise<boolean> {
  const row = await db
    .selectFrom('court_progress_report')
    .select('id')
    .where('hearing_id', '=', hearingId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return row !== undefined;
}

export const agencyOf = async (db: Db, id: string) =>
  (await db.selectFrom('agency').select(['name', 'kind']).where('id', '=', id).executeTakeFirst()) ?? {
    name: '',
    kind: '',
  };

/**
 * Hearings not held yet, up to `until`, of active enrollments, with the agency's report for each (if any) unless it
 * was sent: what the agency still owes the court, earliest first.
 */
export async function hearingsAwaitingReport(db: Db, agencyId: string, until: string, limit: number) {
  return db
    .selectFrom('court_hearing')
    .innerJoin('court_enrollment', 'court_enrollment.id', 'court_hearing.enrollment_id')
    .leftJoin('court_progress_report', (join) =>
      join
        .onRef('court_progress_report.hearing_id', '=', 'court_hearing.id')
        .on('court_progress_report.agency_id', '=', agencyId),
    )
    .select([
      'court_hearing.id as hearing_id',
      'court_hearing.youth_id',
      'court_hearing.hearing_on',
      'court_hearing.department',
      'court_enrollment.program_id',
      'court_enrollment.program_version',
      'court_progress_report.id as report_id',
      'court_progress_report.status as report_status',
      'court_progress_report.author_id as report_author_id',
      'court_enrollment.probation_officer_id',
    ])
    .where('court_enrollment.status', '=', 'active')
    .where('court_hearing.outcome', 'is', null)
    .where('court_hearing.hearing_on', '<=', until)
    .where((eb) =>
      eb.or([eb('court_progress_report.id', 'is', null), eb('court_progress_report.status', '!=', 'sent')]),
    )
    .orderBy('court_hearing.hearing_on')
    .orderBy('court_hearing.id')
    .limit(limit)
    .execute();
}

/**
 * A youth's progress reports sent to the court as disclosures: the (sealed) basis and sections, the hearing, the
 * enrollment's program, the author and the author's agency (whose kind decides each section's class).
 */
export const sentReportDisclosuresOf = (db: Db, youthId: string) =>
  db
    .selectFrom('court_progress_report as r')
    .innerJoin('court_hearing as h', 'h.id', 'r.hearing_id')
    .innerJoin('court_enrollment as e', 'e.id', 'h.enrollment_id')
    .innerJoin('app_user as u', 'u.id', 'r.author_id')
    .innerJoin('agency as g', 'g.id', 'r.agency_id')
    .select([
      'r.id',
      'r.basis',
      'r.sections',
      'r.sent_at',
      'r.author_id',
      'u.display_name as author_name',
      'g.kind as agency_kind',
      'h.hearing_on',
      'h.department',
      'e.program_id',
      'e.program_version',
    ])
    .where('r.youth_id', '=', youthId)
    .where('r.status', '=', 'sent')
    .orderBy('r.sent_at')
    .execute();

/** A youth's progress reports sent to the court, with their hearing (the timeline). */
export const sentReportsOf = (db: Db, youthId: string) =>
  db
    .selectFrom('court_progress_report as r')
    .innerJoin('court_hearing as h', 'h.id', 'r.hearing_id')
    .select(['r.id', 'r.author_id', 'r.sent_at', 'h.enrollment_id', 'h.hearing_on'])
    .where('r.youth_id', '=', youthId)
    .where('r.status', '=', 'sent')
    .execute();
