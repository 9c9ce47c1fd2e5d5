import type { ReferralTable } from '../../db/tables/referral.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { referralTarget, requireVisible } from './referral-rules.js';
import { referralView } from './referral-view.js';

/**
 * One referral, for its referring side (the youth's care team) and, while it is open, for its receiving agency: each
 * sees what its field classes open; the receiving agency, nothing of a draft or a closed referral (404).
 */
export async function readReferral(input: { gate: RecordsGate; actor: Actor; referralId: string }) {
  const { gate, actor, referralId } = input;
  const found: { row?: ReferralTable } = {};
  return gate.read(actor, referralTarget(referralId, found), {
    action: 'read',
    event: 'referral.read',
    recordType: 'referral',
    run: async (h) => {
      const row = found.row!;
      requireVisible(h, row, 'read');
      const youth = (await youthLabels(h, [row.youth_id])).get(row.youth_id);
      return referralView(h, row, youth);
    },
  });
}
