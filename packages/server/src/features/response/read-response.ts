import { stepNoteClass } from '@harbor/core';
import type { ResponseTable } from '../../db/tables/response.js';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { userNames } from '../screening/queries.js';
import { activeMembersWithRole, youthLabels } from '../youth/youth-facts.js';
import { openCrisisPlan } from './crisis.js';
import { earlierArrestViews } from './list-earlier-arrests.js';
import { earlierArrestsOf, escalatedStepIds, stepsWithNames, telephoneReportsOf, writtenReportOf } from './queries.js';
import { factsOf, ownsStep, protocolOf, responseTarget } from './response-rules.js';

/**
 * A response with its steps (owner, due time, who completed each and when), reports and safety step, as the caller
 * may see it: step notes in their step's class (clinical for health and mental-health steps), the telephone report's
 * worker, referral number, hotline and category for the reporter, their supervisors and child welfare (PC 11167(d));
 * everyone else sees that it was made and when; the crisis plan's reason and content for those who act on it; and,
 * while no safety step is open, whom opening one would notify (the care team's clinicians, by name), so the page can
 * say so before anyone is notified.
 */
export async function readResponse(input: { gate: RecordsGate; actor: Actor; responseId: string }) {
  const { gate, actor, responseId } = input;
  const found: { row?: ResponseTable } = {};
  return gate.read(actor, responseTarget(responseId, found), {
    action: 'read',
    event: 'response.read',
    recordType: 'response',
    run: async (h) => {
      const response = found.row!;
      const protocol = await protocolOf(h.db, response);
      const steps = await stepsWithNames(h.db, responseId);
      const escalated = await escalatedStepIds(h.db, responseId);
      const telephone = await telephoneReportsOf(h.db, responseId);
      const written = await writtenReportOf(h.db, responseId);
      const crisis = openCrisisPlan(h, response);
      const label = response.youth_id ? (await youthLabels(h, [response.youth_id])).get(response.youth_id) : undefined;
      const opener = (await userNames(h.db, [response.opener_user_id])).get(response.opener_user_id) ?? '';
      const clinicians =
        !crisis && response.youth_id ? await activeMembersWithRole(h.db, response.youth_id, ['clinician']) : [];
      const earlier = response.youth_id ? await earlierArrestsOf(h.db, response.youth_id) : null;
      const clinicianNames = await userNames(
        h.db,
        clinicians.map((c) => c.id),
      );
      return {
        id: response.id,
        youthId: response.youth_id,
        ...(label ? { youth: classed('identity', { name: label.name, age: label.age }) } : {}),
        openerName: opener,
        screeningId: response.screening_id,
        protocolId: response.protocol_id,
        protocolVersion: response.protocol_version,
        openedBy: response.opened_by,
        openerUserId: response.opener_user_id,
        openedAt: response.opened_at,
        recoveredAt: response.recovered_at,
        learnedAt: response.learned_at,
        reportMadeElsewhere:
          response.report_made_by && response.report_made_at
            ? { by: response.report_made_by, at: response.report_made_at }
            : null,
        facts: factsOf(response),
        status: response.status,
        version: response.version,
        access: h.access,
        steps: steps.map((s) => ({
          stepId: s.step_id,
          position: s.position,
          ownerRole: s.owner_role,
          ownerAgencyKind: s.owner_agency_kind,
          ownerUserId: s.owner_user_id,
          status: s.status,
          startsAt: s.starts_at,
          dueAt: s.due_at,
          completedAt: s.completed_at,
          completedByName: s.completed_by_name ?? null,
          note: classed(
            stepNoteClass(protocol.steps.find((d) => d.id === s.step_id)),
            s.note ? h.open('response_step', 'note', s.id, s.note) : null,
            { author: s.completed_by },
          ),
          escalated: escalated.has(s.step_id),
          mine: s.status === 'pending' && ownsStep(actor, response, s),
          version: s.version,
        })),
        telephoneReports: telephone.map((t) => {
          const report = { report: { reporterUserId: t.recorded_by, reporterAgencyId: t.recorder_agency_id } };
          return {
            id: t.id,
            calledAt: t.called_at,
            hotline: classed('mandated_report', t.hotline, report),
            workerName: classed(
              'mandated_report',
              h.open('telephone_report', 'worker_name', t.id, t.worker_name),
              report,
            ),
            referralNumber: classed(
              'mandated_report',
              h.open('telephone_report', 'referral_number', t.id, t.referral_number),
              report,
            ),
            responseCategory: classed('mandated_report', t.response_category, report),
          };
        }),
        writtenReport: written ? { id: written.id, submittedAt: written.submitted_at, version: written.version } : null,
        crisis: crisis && {
          openedAt: crisis.openedAt,
          openedBy: crisis.openedBy,
          reason: classed('safety', crisis.reason, { author: crisis.openedBy }),
          plan: classed('safety', crisis.plan),
        },
        safetyNotifies: clinicians.map((c) => clinicianNames.get(c.id) ?? '').filter(Boolean),
        ...(earlier ? { earlierArrests: earlierArrestViews(h, earlier) } : {}),
      };
    },
  });
}
