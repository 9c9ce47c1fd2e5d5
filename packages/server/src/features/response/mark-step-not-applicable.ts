import { toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { updateResponseRow } from './queries.js';
import {
  checkPast,
  closeStep,
  protocolOf,
  requireOwner,
  requireStep,
  responseTarget,
  settleLearnedAt,
} from './response-rules.js';

export interface NotApplicableInput {
  reason: string;
  version: number;
  madeBy?: 'colleague' | 'online_system' | 'law_enforcement' | undefined;
  madeAt?: string | undefined;
}

/**
 * The step's owner, or a supervisor of an agency on the case, decides that a step does not apply (with the reason).
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
      if (!telephone && actor.role !== 'supervisor') requireOwner(actor, response, step);
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
      });
    },
  });
}
