import { newId } from '../../db/ids.js';
import type { CourtEnrollmentTable } from '../../db/tables/court.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import type { RecordHandle } from '../../records/gate.js';
import { conflicting } from './court-rules.js';
import { hearingOnDay, insertHearing } from './queries.js';

/** Adds a hearing to an enrollment's calendar (one a day), in the handle's write; its id. */
export async function addHearing(
  h: RecordHandle,
  enrollment: CourtEnrollmentTable,
  hearing: { hearingOn: string; department: string; type: string },
  via: string,
): Promise<string> {
  if (enrollment.status !== 'active') throw conflicting('court.hearing.endedEnrollment');
  if (await hearingOnDay(h.db, enrollment.id, hearing.hearingOn)) throw conflicting('court.hearing.duplicate');
  const id = newId();
  await insertHearing(h.db, {
    id,
    enrollment_id: enrollment.id,
    youth_id: enrollment.youth_id,
    hearing_on: hearing.hearingOn,
    department: hearing.department,
    type: hearing.type,
    appeared: null,
    outcome: null,
    next_on: null,
    recorded_by: null,
    ...versionedInsertColumns(h.now),
  });
  h.record({
    event: 'court.hearing_scheduled',
    youthId: enrollment.youth_id,
    recordType: 'court_hearing',
    recordId: id,
    fields: ['hearing_on', 'department', 'type'],
    outcome: 'success',
    details: { via },
  });
  return id;
}
