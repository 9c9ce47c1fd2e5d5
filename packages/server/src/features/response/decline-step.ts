import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { checkPast, closeStep, requireOwner, requireStep, responseTarget, stepDefinition } from './response-rules.js';

/**
 * The youth declined a service they may decline (the advocate's engagement: the LA CSEC First Responder Protocol offers
 * an advocate for at least 90 days, and a youth may say no): its owner records it, with when and a note. The step is
 * closed as declined, neither done nor overdue, and its escalations are cancelled; the audit trail keeps who and when.
 */
export async function declineStep(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  stepId: string;
  body: { declinedAt?: string | undefined; note?: string | undefined; version: number };
}): Promise<void> {
  const { gate, actor, responseId, stepId, body } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'decline_step',
    run: async (h) => {
      const response = found.row!;
      const step = await requireStep(h.db, responseId, stepId);
      requireOwner(actor, response, step);
      const definition = await stepDefinition(h.db, response, stepId);
      if (!definition.declinable) {
        throw harborErrorWithMessage('conflict', 'response.step.notDeclinable', 'the youth cannot decline this step');
      }
      if (step.status !== 'pending') throw new HarborError('conflict', 'the step is already closed');
      const at = body.declinedAt ? new Date(body.declinedAt) : h.now;
      checkPast(at, h.now, 'body.declinedAt');
      await closeStep(h, response, step, {
        status: 'declined',
        at,
        note: body.note?.trim() || null,
        version: body.version,
      });
    },
  });
}
