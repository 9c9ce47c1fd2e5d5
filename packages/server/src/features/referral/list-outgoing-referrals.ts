import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { referralQueue } from './list-referral-queue.js';
import { outgoingReferrals } from './queries.js';

/** What the caller's agency referred and is not closed ("waiting on others", and its drafts), oldest first. */
export function listOutgoingReferrals(input: { gate: RecordsGate; actor: Actor }) {
  const { gate, actor } = input;
  return referralQueue(gate, actor, 'outgoing', (h) => outgoingReferrals(h.db, actor.agencyId));
}
