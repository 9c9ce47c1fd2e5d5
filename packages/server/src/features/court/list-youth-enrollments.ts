import { progressReportDueOn } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { programOf } from './programs.js';
import { enrollmentsOfYouth, hearingsOf, phaseEntriesOf, responsesOf, userNames } from './queries.js';

/**
 * A youth's specialty court enrollments: program, status, phase and its history, the hearing calendar (each with the
 * day every agency's progress report is due) and the response log. The protocol class (the care team and the court
 * liaison read it); a response-log entry about treatment is clinical. Need-to-know; the read is audited.
 */
export async function listYouthEnrollments(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read_court_enrollments',
      event: 'court.read',
      recordType: 'court_enrollment',
      run: async (h) => {
        const rows = await enrollmentsOfYouth(h.db, youthId);
        const ids = rows.map((r) => r.id);
        const [phases, hearings, responses] = await Promise.all([
          phaseEntriesOf(h.db, ids),
          hearingsOf(h.db, ids),
          responsesOf(h.db, ids),
        ]);
        const names = await userNames(
          h.db,
          rows.flatMap((r) => (r.probation_officer_id ? [r.probation_officer_id] : [])),
        );
        const items = [];
        for (const r of rows) {
          const program = await programOf(h.db, r.program_id, r.program_version);
          const officer = r.probation_officer_id;
          items.push({
            id: r.id,
            version: r.version,
            programId: r.program_id,
            status: classed('protocol', r.status),
            phaseId: classed('protocol', r.phase_id),
            enrolledOn: classed('protocol', r.enrolled_on),
            endedOn: classed('protocol', r.ended_on),
            exitReason: classed('protocol', r.exit_reason as 'other' | null),
            probationOfficer: classed('protocol', officer ? { userId: officer, name: names.get(officer) ?? '' } : null),
            phases: classed(
              'protocol',
              phases
                .filter((p) => p.enrollment_id === r.id)
                .map((p) => ({
                  phaseId: p.phase_id,
                  enteredOn: p.entered_at.slice(0, 10),
                  teamDecision: p.team_decision
                    ? h.open('court_phase_entry', 'team_decision', p.id, p.team_decision)
                    : null,
                })),
            ),
            hearings: classed(
              'protocol',
              hearings
                .filter((x) => x.enrollment_id === r.id)
                .map((x) => ({
                  id: x.id,
                  version: x.version,
                  hearingOn: x.hearing_on,
                  department: x.department,
                  type: x.type as 'review',
                  appeared: JSON.parse(x.appeared ?? '[]') as 'youth'[],
                  outcome: x.outcome as 'continued' | null,
                  nextOn: x.next_on,
                  reportsDueOn: progressReportDueOn(program, x.hearing_on),
                })),
            ),
            responses: responses
              .filter((e) => e.enrollment_id === r.id)
              .map((e) => {
                const open = (column: 'behaviour' | 'response' | 'team_decision') =>
                  classed(e.field_class, h.open('court_response', column, e.id, e[column]), { author: e.recorded_by });
                return {
                  id: e.id,
                  kind: classed(e.field_class, e.kind as 'incentive', { author: e.recorded_by }),
                  occurredOn: classed(e.field_class, e.occurred_on, { author: e.recorded_by }),
                  behaviour: open('behaviour'),
                  response: open('response'),
                  teamDecision: open('team_decision'),
                };
              }),
          });
        }
        return { items };
      },
    },
  );
}
