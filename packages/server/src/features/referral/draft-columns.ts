import {
  type CreateReferralBody,
  checkEligibility,
  checkSharingBasis,
  type EligibilityReason,
  mdtWindowEnd,
  normaliseSections,
} from '@harbor/core';
import type { z } from 'zod';
import type { ReferralTable } from '../../db/tables/referral.js';
import { HarborError } from '../../errors.js';
import type { RecordHandle } from '../../records/gate.js';
import type { ServiceFacts } from '../directory/service-facts.js';
import { youthLabels } from '../youth/youth-facts.js';

/** What a draft holds that its referrer writes (and may change until it is sent). */
export type DraftInput = Omit<z.output<typeof CreateReferralBody>, 'youthId' | 'serviceId'>;

type DraftColumns = Pick<
  ReferralTable,
  | 'urgency'
  | 'reason'
  | 'basis'
  | 'mdt_reported_at'
  | 'mdt_window_ends_at'
  | 'basis_detail'
  | 'sections'
  | 'do_not_contact_directly'
  | 'safe_contact'
  | 'contact_note'
  | 'youth_area'
  | 'youth_runaway'
>;

/**
 * A draft's columns from what the referrer wrote, free text sealed: the basis for sharing is checked first (an MDT's
 * W&I 18961.7 window, an override's reason, a court order's reference), and refused with its reason.
 */
export function draftColumns(h: Pick<RecordHandle, 'seal' | 'now'>, id: string, body: DraftInput): DraftColumns {
  const reportedAt = body.basis.mdtReportedAt ? new Date(body.basis.mdtReportedAt) : null;
  const extendedUntil = body.basis.mdtExtendedUntil ? new Date(body.basis.mdtExtendedUntil) : null;
  const refused = checkSharingBasis(
    { ...body.basis, mdtReportedAt: reportedAt, mdtExtendedUntil: extendedUntil },
    h.now,
  );
  if (refused) throw new HarborError('validation_failed', refused, [{ path: 'body.basis', message: refused }]);
  const detail = {
    goodCause: body.basis.mdtGoodCause ?? undefined,
    overrideReason: body.basis.overrideReason ?? undefined,
    courtOrderReference: body.basis.courtOrderReference ?? undefined,
  };
  const safe = body.contact.safeContact;
  const contactNote = body.contact.note?.trim();
  return {
    urgency: body.urgency,
    reason: h.seal('referral', 'reason', id, body.reason),
    basis: body.basis.basis,
    mdt_reported_at: reportedAt?.toISOString() ?? null,
    mdt_window_ends_at: reportedAt ? mdtWindowEnd(reportedAt, extendedUntil).toISOString() : null,
    basis_detail: h.seal('referral', 'basis_detail', id, JSON.stringify(detail)),
    sections: JSON.stringify(normaliseSections(body.sections)),
    do_not_contact_directly: body.contact.doNotContactYouthDirectly ? 1 : 0,
    safe_contact: safe ? h.seal('referral', 'safe_contact', id, JSON.stringify(safe)) : null,
    contact_note: contactNote ? h.seal('referral', 'contact_note', id, contactNote) : null,
    youth_area: body.youthArea?.trim() || null,
    youth_runaway: body.youthRunaway === undefined || body.youthRunaway === null ? null : body.youthRunaway ? 1 : 0,
  };
}

/** The reasons the youth does not fit the service now (age today, the area and runaway status the draft gives). */
export async function eligibilityOf(
  h: Pick<RecordHandle, 'db' | 'open' | 'now'>,
  youthId: string,
  service: ServiceFacts,
  row: Pick<ReferralTable, 'youth_area' | 'youth_runaway'>,
): Promise<EligibilityReason[]> {
  const age = (await youthLabels(h, [youthId])).get(youthId)?.age ?? null;
  return checkEligibility(service, {
    age,
    area: row.youth_area,
    runaway: row.youth_runaway === null ? null : row.youth_runaway === 1,
  });
}
