import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { ResponseStepTable, ResponseTable } from '../../db/tables/response.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { agencyHasTeamRole } from '../youth/queries.js';
import { updateResponseRow } from './queries.js';
import {
  checkPast,
  closeStep,
  ownsStep,
  protocolOf,
  requireOwner,
  requireStep,
  responseTarget,
  settleLearnedAt,
} from './response-rules.js';

/**
 * Whether the actor supervises the agency that owns a step: the agency of its assigned person, the opener's for the
 * opener's steps, else an agency with someone of the step's role (and agency kind) on the youth's care team, and
 * when there is none, the opener's agency.
 */
async function supervisesOwner(
  db: Kysely<Database>,
  actor: Actor,
  response: ResponseTable,
  step: ResponseStepTable,
): Promise<boolean> {
  if (step.owner_user_id) {
    const owner = await db
      .selectFrom('app_user')
      .select('agency_id')
      .where('id', '=', step.owner_user_id)
      .executeTakeFirst();
    return owner?.agency_id === actor.agencyId;
  }
  if (step.owner_role === 'opener' || !response.youth_id) return response.opener_agency_id === actor.agencyId;
  const owner = { role: step.owner_role, agencyKind: step.owner_agency_kind };
  if (await agencyHasTeamRole(db, response.youth_id, actor.agencyId, owner)) return true;
  // No one of the step's role is on the team (no health partner was called): the opener's agency decides.
  return response.opener_agency_id === actor.agencyId && !(await agencyHasTeamRole(db, response.youth_id, null, owner));
}

export interface NotApplicableInput {
  reason: string;
  version: number;
  madeBy?: 'colleague' | 'online_system' | 'law_enforcement' | undefined;
  madeAt?: string | undefined;
}

/**
 * The step's owner, or a supervisor of the owner's agency, decides that a step does not apply (with the reason; the
 * audit says when a supervisor did).
 * The telephone report is "not applicable" only because it was made otherwise: by a colleague, through the county's
 * online system, or to law enforcement (PC 11165.9 lets a report go to a police or sheriff's department). That asks who
 * and when, may be said by anyone on the care team (as the call may be recorded by anyone on it), and leaves the
 * written report due, 36 hours from receiving the information (PC 11166(a)): the reading that keeps its clock.
 */
export async function markStepNotApplicable(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  stepId: string;
  body: NotApplicableInput;
}): Promise<void> {
  const { gate, actor, responseId, stepId, body } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'step_not_applicable',
    run: async (h) => {
      const response = found.row!;
      const step = await requireStep(h.db, responseId, stepId);
      const protocol = await protocolOf(h.db, response);
      const telephone = protocol.steps.find((s) => s.id === stepId)?.completion === 'telephone_report';
      const owns = ownsStep(actor, response, step);
      if (!telephone && !owns) {
        if (actor.role !== 'supervisor') requireOwner(actor, response, step);
        // A supervisor decides for their own agency's steps only (issue 13, item 7).
        if (!(await supervisesOwner(h.db, actor, response, step))) {
          throw harborErrorWithMessage(
            'forbidden',
            'response.step.notSupervisor',
            `step ${step.step_id} is not owned by the supervisor's agency`,
          );
        }
      }
      if (step.status !== 'pending') throw new HarborError('conflict', 'the step is already closed');
      let at = h.now;
      if (telephone) {
        const missing = [
          ...(body.madeBy ? [] : [{ path: 'body.madeBy', message: 'response.madeBy.required' }]),
          ...(body.madeAt ? [] : [{ path: 'body.madeAt', message: 'validation.required' }]),
        ];
        if (missing.length > 0) throw new HarborError('validation_failed', 'who made the report, and when', missing);
        at = new Date(body.madeAt!);
        checkPast(at, h.now, 'body.madeAt');
        await updateResponseRow(
          h.db,
          response.id,
          response.version,
          { report_made_by: body.madeBy!, report_made_at: toStoredTime(at) },
          h.now,
        );
        response.version += 1;
        response.report_made_by = body.madeBy!;
        response.report_made_at = toStoredTime(at);
        // The information came no later than the report was made; the written report runs from it.
        await settleLearnedAt(h, response, protocol, null, at);
      }
      await closeStep(h, response, step, {
        status: 'not_applicable',
        at,
        note: body.reason.trim(),
        version: body.version,
        ...(!telephone && !owns ? { asSupervisor: true } : {}),
      });
    },
  });
}
