import { sharesRecord } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { agencyNames, referralsOfYouth } from './queries.js';
import { referralLine } from './referral-view.js';

/**
 * A youth's referrals and their status, newest first: all of them for the care team; for a receiving agency only its
 * own open ones.
 */
export async function listYouthReferrals(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read_referrals',
      event: 'referral.read',
      recordType: 'referral',
      run: async (h) => {
        const rows = (await referralsOfYouth(h.db, youthId)).filter(
          (r) => h.access !== 'referral' || (r.receiving_agency_id === actor.agencyId && sharesRecord(r.status)),
        );
        const youth = (await youthLabels(h, [youthId])).get(youthId);
        const agencies = await agencyNames(
          h.db,
          rows.flatMap((r) => [r.referring_agency_id, r.receiving_agency_id]),
        );
        return { items: rows.map((row) => referralLine(h, h.access, row, { youth, agencies })) };
      },
    },
  );
}
