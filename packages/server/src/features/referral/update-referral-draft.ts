import { checkTransition } from '@harbor/core';
import type { ReferralTable } from '../../db/tables/referral.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { serviceFacts } from '../directory/service-facts.js';
import { type DraftInput, draftColumns, eligibilityOf } from './draft-columns.js';
import { updateReferralRow } from './queries.js';
import { referralTarget, requireVisible, sidesOf } from './referral-rules.js';

/**
 * Changes a draft before it is sent (its referring side only): why, how urgent, the basis, the sections, contact,
 * the youth's area and runaway status; the eligibility its page shows is found again. Its youth and service stay.
 */
export async function updateReferralDraft(input: {
  gate: RecordsGate;
  actor: Actor;
  referralId: string;
  body: DraftInput & { version: number };
}): Promise<void> {
  const { gate, actor, referralId, body } = input;
  const found: { row?: ReferralTable } = {};
  await gate.write(actor, referralTarget(referralId, found), {
    action: 'update_referral',
    run: async (h) => {
      const row = found.row!;
      requireVisible(h, row, 'update_referral');
      // Only a draft changes, and only its referrer's side changes it (as it alone sends it).
      const refusal = checkTransition('send', row.status, sidesOf(actor, h.access, row));
      if (refusal) throw harborErrorWithMessage('conflict', refusal, 'not a draft of the actor');
      const service = await serviceFacts(h.db, row.service_id, h.now);
      if (!service) {
        throw new HarborError('validation_failed', 'the service left the directory', [
          { path: 'serviceId', message: 'referral.service.notFound' },
        ]);
      }
      const columns = draftColumns(h, row.id, body);
      const reasons = await eligibilityOf(h, row.youth_id, service, columns);
      await updateReferralRow(
        h.db,
        row.id,
        body.version,
        { ...columns, eligibility_reasons: JSON.stringify(reasons) },
        h.now,
      );
      h.record({
        event: 'referral.updated',
        youthId: row.youth_id,
        recordType: 'referral',
        recordId: row.id,
        outcome: 'success',
        details: { basis: body.basis.basis, urgency: body.urgency },
      });
    },
  });
}
