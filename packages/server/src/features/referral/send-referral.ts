import {
  checkSharingBasis,
  checkTransition,
  type Locale,
  type ReferralClockSettings,
  referralClocks,
  translate,
} from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import type { ReferralTable } from '../../db/tables/referral.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordHandle, RecordsGate } from '../../records/gate.js';
import { serviceFacts } from '../directory/service-facts.js';
import { eligibilityOf } from './draft-columns.js';
import { changeStatus, referralTarget, requireVisible, sidesOf, statusChanged } from './referral-rules.js';

/**
 * Sends a draft (requested): the receiving agency sees it, and what it shares, from now on. Checked first, at the
 * moment of sending: the basis for sharing (an MDT's W&I 18961.7 window) and the service's eligibility (age, area,
 * runaway status), with every reason; a supervisor may send it anyway with a reason. Refusals and overrides are
 * audited. The clocks start: acknowledgement, first contact (CSEC-specialised services), expiry.
 */
export async function sendReferral(input: {
  gate: RecordsGate;
  actor: Actor;
  referralId: string;
  body: { version: number; eligibilityOverride?: string | undefined };
  clocks: ReferralClockSettings;
  locale: Locale;
}): Promise<void> {
  const { gate, actor, referralId, body } = input;
  const found: { row?: ReferralTable } = {};
  await gate.write(actor, referralTarget(referralId, found), {
    action: 'send_referral',
    run: async (h) => {
      const row = found.row!;
      requireVisible(h, row, 'send_referral');
      const refusal = checkTransition('send', row.status, sidesOf(actor, h.access, row));
      if (refusal) throw harborErrorWithMessage('conflict', refusal, 'send refused');
      checkBasis(h, row);
      const service = await serviceFacts(h.db, row.service_id, h.now);
      if (!service?.agencyId) {
        throw new HarborError('validation_failed', 'the service left the directory', [
          { path: 'serviceId', message: 'referral.service.notFound' },
        ]);
      }
      if (service.status !== 'active') {
        throw new HarborError('validation_failed', 'the service is retired', [
          { path: 'serviceId', message: 'referral.service.retired' },
        ]);
      }
      const reasons = await eligibilityOf(h, row.youth_id, service, row);
      const override = body.eligibilityOverride?.trim();
      const keys = reasons.map((r) => r.key.replace('referral.eligibility.', '')).join(',');
      if (reasons.length > 0 && (!override || actor.role !== 'supervisor')) {
        h.refuse(refused(row, { eligibility: keys, override: Boolean(override) }));
        if (override) throw harborErrorWithMessage('forbidden', 'referral.eligibility.overrideNotAllowed', keys);
        const error = new HarborError(
          'validation_failed',
          `not eligible: ${keys}`,
          reasons.map((r) => ({ path: 'eligibility', message: translate(input.locale, r.key, r.values) })),
        );
        error.messageKey = 'referral.eligibility.refused';
        throw error;
      }
      const overridden = reasons.length > 0 && override;
      if (overridden) {
        h.record({
          event: 'referral.eligibility_overridden',
          youthId: row.youth_id,
          recordType: 'referral',
          recordId: row.id,
          outcome: 'success',
          details: { eligibility: keys },
        });
      }
      const clocks = referralClocks(h.now, service.csecSpecialised, input.clocks);
      const change = {
        action: 'send' as const,
        to: 'requested' as const,
        changes: {
          // The receiving agency as the directory names it now.
          receiving_agency_id: service.agencyId,
          csec_specialised: service.csecSpecialised ? 1 : 0,
          sent_at: toStoredTime(h.now),
          acknowledge_due_at: clocks.acknowledgeDueAt.toISOString(),
          first_contact_due_at: clocks.firstContactDueAt?.toISOString() ?? null,
          expires_at: clocks.expiresAt.toISOString(),
          eligibility_reasons: JSON.stringify(reasons),
          ...(overridden
            ? {
                eligibility_override_by: actor.userId,
                eligibility_override_reason: h.seal('referral', 'eligibility_override_reason', row.id, override),
                eligibility_override_at: toStoredTime(h.now),
              }
            : {}),
        },
      };
      await changeStatus(h.db, h.seal, actor, row, body.version, change, h.now);
      h.record(statusChanged(row, change));
    },
  });
}

/** The basis for sharing, at the moment of sending (an MDT's window may have closed since the draft). */
function checkBasis(h: RecordHandle, row: ReferralTable): void {
  const detail = row.basis_detail
    ? (JSON.parse(h.open('referral', 'basis_detail', row.id, row.basis_detail)) as Record<string, string | undefined>)
    : {};
  const reportedAt = row.mdt_reported_at ? new Date(row.mdt_reported_at) : null;
  const windowEnd = row.mdt_window_ends_at ? new Date(row.mdt_window_ends_at) : null;
  const problem = checkSharingBasis(
    {
      basis: row.basis,
      mdtReportedAt: reportedAt,
      // The stored end is the extended one only when good cause was recorded.
      mdtExtendedUntil: detail.goodCause ? windowEnd : null,
      mdtGoodCause: detail.goodCause ?? null,
      overrideReason: detail.overrideReason ?? null,
      courtOrderReference: detail.courtOrderReference ?? null,
    },
    h.now,
  );
  if (!problem) return;
  h.refuse(refused(row, { basis: problem.replace('referral.basis.', '') }));
  throw new HarborError('validation_failed', problem, [{ path: 'basis', message: problem }]);
}

function refused(row: ReferralTable, details: Record<string, string | boolean>) {
  return {
    event: 'referral.send_refused' as const,
    youthId: row.youth_id,
    recordType: 'referral',
    recordId: row.id,
    outcome: 'denied' as const,
    details,
  };
}
