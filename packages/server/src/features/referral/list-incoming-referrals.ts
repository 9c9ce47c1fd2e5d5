import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { referralQueue } from './list-referral-queue.js';
import { incomingReferrals } from './queries.js';

/** The receiving agency's queue ("waiting on me"): the open referrals to the caller's agency, oldest first. */
export function listIncomingReferrals(input: { gate: RecordsGate; actor: Actor }) {
  const { gate, actor } = input;
  return referralQueue(gate, actor, 'incoming', (h) => incomingReferrals(h.db, actor.agencyId));
}
