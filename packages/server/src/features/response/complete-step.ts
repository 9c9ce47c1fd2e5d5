import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { checkPast, closeStep, requireOwner, requireStep, responseTarget, stepDefinition } from './response-rules.js';

/** Completes a step (its owner only; not in the future; an engagement not before its minimum days). */
export async function completeStep(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  stepId: string;
  body: { completedAt?: string | undefined; note?: string | undefined; version: number };
}): Promise<void> {
  const { gate, actor, responseId, stepId, body } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'complete_step',
    run: async (h) => {
      const response = found.row!;
      const step = await requireStep(h.db, responseId, stepId);
      requireOwner(actor, response, step);
      const definition = await stepDefinition(h.db, response, stepId);
      if (definition.completion === 'telephone_report' || definition.completion === 'written_report') {
        throw harborErrorWithMessage(
          'conflict',
          `response.step.completedBy.${definition.completion}`,
          'needs its report',
        );
      }
      if (step.status !== 'pending') throw new HarborError('conflict', 'the step is already closed');
      const at = body.completedAt ? new Date(body.completedAt) : h.now;
      checkPast(at, h.now, 'body.completedAt');
      // An engagement that lasts at least so many days (the advocate's 90) is not complete before they have passed.
      if (definition.minimumDays && step.starts_at) {
        const earliest = new Date(step.starts_at).getTime() + definition.minimumDays * 24 * 3600_000;
        if (at.getTime() < earliest) {
          throw new HarborError('validation_failed', 'minimum engagement not reached', [
            { path: 'body.completedAt', message: 'response.step.minimumDays' },
          ]);
        }
      }
      await closeStep(h, response, step, {
        status: 'completed',
        at,
        note: body.note?.trim() || null,
        version: body.version,
      });
    },
  });
}
