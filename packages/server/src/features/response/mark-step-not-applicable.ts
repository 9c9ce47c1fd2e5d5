import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { closeStep, requireOwner, requireStep, responseTarget } from './response-rules.js';

/** The step's owner, or a supervisor of an agency on the case, decides that a step does not apply (with the reason). */
export async function markStepNotApplicable(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  stepId: string;
  body: { reason: string; version: number };
}): Promise<void> {
  const { gate, actor, responseId, stepId, body } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'step_not_applicable',
    run: async (h) => {
      const response = found.row!;
      const step = await requireStep(h.db, responseId, stepId);
      if (actor.role !== 'supervisor') requireOwner(actor, response, step);
      if (step.status !== 'pending') throw new HarborError('conflict', 'the step is already closed');
      await closeStep(h, response, step, {
        status: 'not_applicable',
        at: h.now,
        note: body.reason.trim(),
        version: body.version,
      });
    },
  });
}
