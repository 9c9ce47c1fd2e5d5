import type { ClosureReason, LegalBasis, ReferralEventAction, ReferralStatus, ReferralUrgency } from '@harbor/core';

/** The tables of referrals and their events (migration 2026-12-02T1100Z-referrals). */

export interface ReferralTable {
  id: string;
  youth_id: string;
  service_id: string;
  service_name: string;
  organization_name: string;
  /** 1 when the service was CSEC-specialised when referred (the 72-hour first contact). */
  csec_specialised: number;
  referring_user_id: string;
  referring_agency_id: string;
  receiving_agency_id: string;
  status: ReferralStatus;
  urgency: ReferralUrgency;
  closure_reason: ClosureReason | null;
  /** Encrypted (AAD referral.reason.<id>). */
  reason: string;
  basis: LegalBasis;
  mdt_reported_at: string | null;
  mdt_window_ends_at: string | null;
  /** Encrypted JSON: { goodCause, overrideReason, courtOrderReference }. */
  basis_detail: string | null;
  /** JSON array of section names. */
  sections: string;
  do_not_contact_directly: number;
  /** Encrypted JSON: { name, relationship, phone }. */
  safe_contact: string | null;
  /** Encrypted. */
  contact_note: string | null;
  youth_area: string | null;
  youth_runaway: number | null;
  /** JSON array of { key, values }. */
  eligibility_reasons: string | null;
  eligibility_override_by: string | null;
  /** Encrypted. */
  eligibility_override_reason: string | null;
  eligibility_override_at: string | null;
  sent_at: string | null;
  acknowledge_due_at: string | null;
  first_contact_due_at: string | null;
  expires_at: string | null;
  closed_at: string | null;
  acknowledge_escalated_at: string | null;
  first_contact_escalated_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ReferralEventTable {
  id: string;
  referral_id: string;
  at: string;
  action: ReferralEventAction;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  closure_reason: ClosureReason | null;
  /** Encrypted (AAD referral_event.note.<id>). */
  note: string | null;
}
