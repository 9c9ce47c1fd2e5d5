import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CourtEnrollmentTable, CourtHearingTable, CourtProgressReportTable } from '../../db/tables/court.js';
import { HarborError } from '../../errors.js';
import type { Located } from '../../records/gate.js';
import { loadEnrollment, loadHearing, loadReport } from './queries.js';

/** A refusal the request's content caused: 422 with the field and the message key, nothing changed. */
export const refused = (path: string, key: string, internal = key) =>
  new HarborError('validation_failed', internal, [{ path, message: key }]);

/** A change the record's state does not allow (an ended enrollment, a signed report): 409 with its message key. */
export const conflicting = (key: string, internal = key) =>
  new HarborError('conflict', internal, [{ path: 'body', message: key }]);

/** The gate's target of an enrollment: its youth (found by the enrollment), or 404. */
export function enrollmentTarget(id: string, found: { row?: CourtEnrollmentTable }) {
  return {
    recordType: 'court_enrollment',
    recordId: id,
    locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
      const row = await loadEnrollment(db, id);
      if (!row) return undefined;
      found.row = row;
      return { youthId: row.youth_id };
    },
  };
}

/** The gate's target of a hearing: its youth, or 404. */
export function hearingTarget(id: string, found: { row?: CourtHearingTable; enrollment?: CourtEnrollmentTable }) {
  return {
    recordType: 'court_hearing',
    recordId: id,
    locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
      const row = await loadHearing(db, id);
      if (!row) return undefined;
      found.row = row;
      found.enrollment = await loadEnrollment(db, row.enrollment_id);
      return { youthId: row.youth_id };
    },
  };
}

/** An enrollment that has ended takes no more phases, hearings or responses. */
export function requireActive(row: CourtEnrollmentTable, key: string): void {
  if (row.status !== 'active') throw conflicting(key, `enrollment ${row.id} is ${row.status}`);
}

/** The gate's target of a progress report: its youth, or 404. */
export function reportTarget(id: string, found: { row?: CourtProgressReportTable }) {
  return {
    recordType: 'court_progress_report',
    recordId: id,
    locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
      const row = await loadReport(db, id);
      if (!row) return undefined;
      found.row = row;
      return { youthId: row.youth_id };
    },
  };
}
