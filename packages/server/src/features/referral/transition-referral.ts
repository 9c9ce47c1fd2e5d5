import {
  type ClosureReason,
  checkClosureReason,
  checkTransition,
  REFERRAL_ACTIONS,
  type ReferralAction,
} from '@harbor/core';
import type { ReferralTable } from '../../db/tables/referral.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { changeStatus, referralTarget, requireVisible, sidesOf, statusChanged } from './referral-rules.js';

export interface TransitionInput {
  gate: RecordsGate;
  actor: Actor;
  referralId: string;
  body: { version: number; note?: string | undefined; closureReason?: ClosureReason | undefined };
}

/**
 * Moves a referral on by an action of one side (core's REFERRAL_TRANSITIONS): the receiving agency accepts,
 * waitlists, rejects, starts, completes; either side records a failure; the referrer cancels or marks a mistake. A
 * closing action needs its closure reason from the controlled list. Each action has its own use case file, which
 * calls this with its name.
 */
export async function transitionReferral(
  action: Exclude<ReferralAction, 'send'>,
  input: TransitionInput,
): Promise<void> {
  const { gate, actor, referralId, body } = input;
  const found: { row?: ReferralTable } = {};
  const to = REFERRAL_ACTIONS[action];
  await gate.write(actor, referralTarget(referralId, found), {
    action: `${action}_referral`,
    run: async (h) => {
      const row = found.row!;
      requireVisible(h, row, `${action}_referral`);
      const refusal = checkTransition(action, row.status, sidesOf(actor, h.access, row));
      if (refusal) throw harborErrorWithMessage('conflict', refusal, `${action} refused from ${row.status}`);
      const closureReason = body.closureReason ?? (to === 'entered_in_error' ? 'entered_in_error' : undefined);
      const problem = checkClosureReason(to, closureReason);
      if (problem) {
        throw new HarborError('validation_failed', problem, [{ path: 'body.closureReason', message: problem }]);
      }
      const change = { action, to, note: body.note, closureReason };
      await changeStatus(h.db, h.seal, actor, row, body.version, change, h.now);
      h.record(statusChanged(row, change));
    },
  });
}
