import { countyDate } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { CourtEnrollmentTable } from '../../db/tables/court.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { enrollmentTarget, refused, requireActive } from './court-rules.js';
import { insertResponse } from './queries.js';

/**
 * Adds to the response log: an incentive, a sanction or a service change, with the behaviour, the response, the day
 * and the team's decision (the texts encrypted). An entry about treatment is clinical: only clinical readers see it.
 */
export async function logResponse(input: {
  gate: RecordsGate;
  actor: Actor;
  enrollmentId: string;
  timeZone: string;
  body: {
    kind: 'incentive' | 'sanction' | 'service_change';
    occurredOn: string;
    behaviour: string;
    response: string;
    teamDecision: string;
    fieldClass: 'protocol' | 'clinical';
  };
}): Promise<string> {
  const { gate, actor, enrollmentId, body } = input;
  const found: { row?: CourtEnrollmentTable } = {};
  return gate.write(actor, enrollmentTarget(enrollmentId, found), {
    action: 'court_log_response',
    run: async (h) => {
      const row = found.row!;
      requireActive(row, 'court.hearing.endedEnrollment');
      if (body.occurredOn > countyDate(h.now, input.timeZone))
        throw refused('body.occurredOn', 'court.response.future');
      if (body.fieldClass === 'clinical' && !actor.permissions.has('clinical_notes.write')) {
        throw refused('body.fieldClass', 'error.forbidden');
      }
      const id = newId();
      const seal = (column: string, text: string) => h.seal('court_response', column, id, text);
      await insertResponse(h.db, {
        id,
        enrollment_id: row.id,
        youth_id: row.youth_id,
        kind: body.kind,
        occurred_on: body.occurredOn,
        behaviour: seal('behaviour', body.behaviour),
        response: seal('response', body.response),
        team_decision: seal('team_decision', body.teamDecision),
        field_class: body.fieldClass,
        recorded_by: actor.userId,
        recorded_at: toStoredTime(h.now),
      });
      h.record({
        event: 'court.response_logged',
        youthId: row.youth_id,
        recordType: 'court_response',
        recordId: id,
        fields: ['kind', 'occurred_on', 'behaviour', 'response', 'team_decision'],
        outcome: 'success',
        details: { kind: body.kind },
      });
      return id;
    },
  });
}
