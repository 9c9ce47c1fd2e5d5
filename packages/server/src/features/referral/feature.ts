import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { referralRoutes } from './routes.js';

/**
 * Referrals of a youth to a service of the resource directory, with a closed loop: the status vocabulary of HL7
 * Gravity's referral tasks, an event for every change, the basis for sharing, the sections of the record the
 * receiving agency reads while the referral is open (the gate enforces them), contact preferences, eligibility and
 * the clocks.
 */
export const referralFeature = defineFeature<Services>({
  name: 'referral',
  tables: {
    referral: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        reason: { class: 'protocol', encrypted: 'field-encryption' },
        basis: { class: 'protocol' },
        mdt_reported_at: { class: 'protocol' },
        basis_detail: { class: 'protocol', encrypted: 'field-encryption' },
        safe_contact: { class: 'contact', encrypted: 'field-encryption' },
        contact_note: { class: 'contact', encrypted: 'field-encryption' },
        do_not_contact_directly: { class: 'contact' },
        youth_area: { class: 'contact' },
        youth_runaway: { class: 'protocol' },
        eligibility_reasons: { class: 'protocol' },
        eligibility_override_reason: { class: 'protocol', encrypted: 'field-encryption' },
      },
    },
    referral_event: {
      youthData: true,
      columns: { note: { class: 'protocol', encrypted: 'field-encryption' } },
    },
  },
  auditEvents: [
    'referral.created',
    'referral.updated',
    'referral.read',
    'referral.status_changed',
    'referral.send_refused',
    'referral.eligibility_overridden',
    'referral.escalated',
    'referral.expired',
  ],
  permissions: ['youth.read', 'youth.write'],
  routes: referralRoutes,
});
