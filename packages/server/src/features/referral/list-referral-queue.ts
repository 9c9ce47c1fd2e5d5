import type { ReferralTable } from '../../db/tables/referral.js';
import type { Actor } from '../../records/actor.js';
import type { ListHandle, RecordsGate } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { agencyNames } from './queries.js';
import { referralLine } from './referral-view.js';

/**
 * Of these referrals, those whose youth the actor may read as a referral's reader, with that access and the youth's
 * label (initials, age). The queues and the deadlines view list only these.
 */
export async function readableReferrals<R extends { youth_id: string }>(h: ListHandle, rows: R[]) {
  const access = await h.accessTo(
    rows.map((r) => r.youth_id),
    'referral',
  );
  const visible = rows.filter((r) => access.has(r.youth_id));
  const labels = await youthLabels(
    h,
    visible.map((r) => r.youth_id),
  );
  return { visible, access, labels };
}

/**
 * A list of referrals as lines, each youth's through the gate (one audit entry per line): only the referrals whose
 * youth the actor may read as a referral's reader. Shared by "waiting on me" and "waiting on others".
 */
export async function referralQueue(
  gate: RecordsGate,
  actor: Actor,
  list: 'incoming' | 'outgoing',
  find: (h: ListHandle) => Promise<ReferralTable[]>,
) {
  const items = await gate.readMany(actor, { event: 'referral.read', details: { list } }, async (h) => {
    const { visible, access, labels } = await readableReferrals(h, await find(h));
    const agencies = await agencyNames(
      h.db,
      visible.flatMap((r) => [r.referring_agency_id, r.receiving_agency_id]),
    );
    return visible.map((row) => ({
      youthId: row.youth_id,
      recordType: 'referral',
      recordId: row.id,
      view: referralLine(h, access.get(row.youth_id)!, row, { youth: labels.get(row.youth_id), agencies }),
    }));
  });
  return { items };
}
