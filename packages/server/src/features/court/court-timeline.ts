import { classed } from '../../records/classed.js';
import type { TimelineEntrySource } from '../../records/timeline.js';
import { enrollmentsOfYouth, hearingsOf, phaseEntriesOf, responsesOf, sentReportsOf, userNames } from './queries.js';

/**
 * A youth's specialty court program on the timeline: the enrollment, each phase advanced, each hearing recorded, each
 * response logged (a clinical one for clinical readers only), each progress report sent, and the graduation or exit.
 * What happened and when, never the texts (the court section holds them).
 */
export const courtTimeline: TimelineEntrySource = async (h, youthId) => {
  const enrollments = await enrollmentsOfYouth(h.db, youthId);
  const ids = enrollments.map((e) => e.id);
  const [phases, hearings, responses, reports] = await Promise.all([
    phaseEntriesOf(h.db, ids),
    hearingsOf(h.db, ids),
    responsesOf(h.db, ids),
    sentReportsOf(h.db, youthId),
  ]);
  const names = await userNames(h.db, [
    ...enrollments.map((e) => e.enrolled_by),
    ...phases.map((p) => p.recorded_by),
    ...hearings.flatMap((x) => (x.recorded_by ? [x.recorded_by] : [])),
    ...responses.map((r) => r.recorded_by),
    ...reports.map((r) => r.author_id),
  ]);
  const program = new Map(enrollments.map((e) => [e.id, e.program_id]));
  const out: Awaited<ReturnType<TimelineEntrySource>> = [];
  const add = (
    at: string,
    by: string | null,
    enrollmentId: string,
    courtEvent: string,
    extra: object = {},
    fieldClass: 'protocol' | 'clinical' = 'protocol',
  ) =>
    out.push({
      at,
      entry: classed(fieldClass, {
        kind: 'court',
        at,
        by: by ? (names.get(by) ?? null) : null,
        courtEvent,
        courtProgramId: program.get(enrollmentId),
        ...extra,
      }),
    });
  for (const e of enrollments) {
    add(e.created_at, e.enrolled_by, e.id, 'enrolled');
    if (e.status !== 'active') add(e.updated_at, null, e.id, e.status === 'graduated' ? 'graduated' : 'exited');
  }
  // The first phase comes with the enrollment.
  for (const p of phases.filter((p) => p.team_decision !== null))
    add(p.entered_at, p.recorded_by, p.enrollment_id, 'phase_advanced');
  for (const x of hearings.filter((x) => x.outcome !== null))
    add(x.updated_at, x.recorded_by, x.enrollment_id, 'hearing_recorded', { hearingOn: x.hearing_on });
  for (const r of responses) add(r.recorded_at, r.recorded_by, r.enrollment_id, 'response_logged', {}, r.field_class);
  for (const r of reports) add(r.sent_at!, r.author_id, r.enrollment_id, 'report_sent', { hearingOn: r.hearing_on });
  return out;
};
