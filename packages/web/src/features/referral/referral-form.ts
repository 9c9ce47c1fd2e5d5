import {
  type LegalBasis,
  mdtWindowEnd,
  REFERRAL_SECTION_NAMES,
  type ReferralSection,
  type ReferralUrgency,
  resolveWallTime,
  wallTimeValue,
} from '@harbor/core';
import type { NewReferral, ReferralView } from './api';

/**
 * The referral form as its fields hold it, what is wrong with it, and the request it comes to. Nothing is chosen for
 * the referrer: no urgency, no basis, no section (identity is always shared, and is not a choice). Pure.
 */
export interface ReferralForm {
  reason: string;
  urgency: '' | ReferralUrgency;
  basis: '' | LegalBasis;
  /** The child abuse report's time on the county's clock (the date-time field's value), for the MDT basis. */
  mdtReportedAt: string;
  courtOrderReference: string;
  overrideReason: string;
  sections: ReferralSection[];
  doNotContactYouthDirectly: boolean;
  safeName: string;
  safeRelationship: string;
  safePhone: string;
  contactNote: string;
  youthArea: string;
  runaway: '' | 'yes' | 'no';
}

export const EMPTY_FORM: ReferralForm = {
  reason: '',
  urgency: '',
  basis: '',
  mdtReportedAt: '',
  courtOrderReference: '',
  overrideReason: '',
  sections: [],
  doNotContactYouthDirectly: false,
  safeName: '',
  safeRelationship: '',
  safePhone: '',
  contactNote: '',
  youthArea: '',
  runaway: '',
};

/** The sections a referrer chooses from: every one but identity, which is always shared. */
export const CHOSEN_SECTIONS = REFERRAL_SECTION_NAMES.filter((s) => s !== 'identity');

export type FormProblem =
  | 'reason'
  | 'urgency'
  | 'basis'
  | 'mdtReportedAt'
  | 'courtOrder'
  | 'overrideReason'
  | 'safeContact'
  | 'eligibilityOverride';

/** Each problem's field, for the error summary's links. */
export const PROBLEM_FIELD: Record<FormProblem, string> = {
  reason: 'referral-reason',
  urgency: 'referral-urgency-routine',
  basis: 'referral-basis-youth_consent',
  mdtReportedAt: 'referral-mdt-reported',
  courtOrder: 'referral-court-order',
  overrideReason: 'referral-override-reason',
  safeContact: 'referral-safe-name',
  eligibilityOverride: 'referral-override',
};

/** The MDT's report time as one instant, or null while it is not one (empty, skipped or not yet chosen). */
export function reportInstant(form: ReferralForm, zone: string): Date | null {
  if (!form.mdtReportedAt) return null;
  const resolved = resolveWallTime(form.mdtReportedAt, zone);
  return resolved.ok ? resolved.instant : null;
}

/** The end of the MDT's 30 days (W&I 18961.7) for the report time given, or null without one. */
export function mdtWindowOf(form: ReferralForm, zone: string): Date | null {
  const reported = reportInstant(form, zone);
  return reported ? mdtWindowEnd(reported) : null;
}

/**
 * What is wrong with the form; `eligibilityOverride` is the supervisor's reason for sending a referral the service's
 * eligibility refuses, asked only when the check found reasons and the sender may override.
 */
export function formProblems(
  form: ReferralForm,
  zone: string,
  eligibilityOverride: string | null = null,
): FormProblem[] {
  const problems: FormProblem[] = [];
  if (form.reason.trim().length < 3) problems.push('reason');
  if (!form.urgency) problems.push('urgency');
  if (!form.basis) problems.push('basis');
  if (form.basis === 'mdt_18961_7' && !reportInstant(form, zone)) problems.push('mdtReportedAt');
  if (form.basis === 'court_order' && !form.courtOrderReference.trim()) problems.push('courtOrder');
  if (form.basis === 'override' && !form.overrideReason.trim()) problems.push('overrideReason');
  if (Boolean(form.safeName.trim()) !== Boolean(form.safePhone.trim())) problems.push('safeContact');
  if (eligibilityOverride !== null && eligibilityOverride.trim().length < 5) problems.push('eligibilityOverride');
  return problems;
}

/** The request of a form without problems. */
export function requestOf(form: ReferralForm, youthId: string, serviceId: string, zone: string): NewReferral {
  const basis = form.basis as LegalBasis;
  const reported = reportInstant(form, zone);
  return {
    youthId,
    serviceId,
    reason: form.reason.trim(),
    urgency: form.urgency as ReferralUrgency,
    basis: {
      basis,
      ...(basis === 'mdt_18961_7' && reported ? { mdtReportedAt: reported.toISOString() } : {}),
      ...(basis === 'court_order' ? { courtOrderReference: form.courtOrderReference.trim() } : {}),
      ...(basis === 'override' ? { overrideReason: form.overrideReason.trim() } : {}),
    },
    sections: CHOSEN_SECTIONS.filter((s) => form.sections.includes(s)),
    contact: {
      doNotContactYouthDirectly: form.doNotContactYouthDirectly,
      safeContact: form.safeName.trim()
        ? { name: form.safeName.trim(), relationship: form.safeRelationship.trim(), phone: form.safePhone.trim() }
        : null,
      ...(form.contactNote.trim() ? { note: form.contactNote.trim() } : {}),
    },
    youthArea: form.youthArea.trim() || null,
    youthRunaway: form.runaway === '' ? null : form.runaway === 'yes',
  };
}

/**
 * A draft's form filled again from what the referral answers (its reason, urgency, basis, sections, contact, and the
 * area and runaway status its eligibility was checked with), for the referrer to change it before sending it.
 */
export function formOfReferral(referral: ReferralView, zone: string): ReferralForm {
  const basis = referral.basis;
  const contact = referral.contact;
  return {
    reason: referral.reason ?? '',
    urgency: referral.urgency,
    basis: basis?.basis ?? '',
    mdtReportedAt: basis?.mdtReportedAt ? wallTimeValue(new Date(basis.mdtReportedAt), zone) : '',
    courtOrderReference: basis?.courtOrderReference ?? '',
    overrideReason: basis?.overrideReason ?? '',
    sections: CHOSEN_SECTIONS.filter((s) => referral.sections.includes(s)),
    doNotContactYouthDirectly: contact?.doNotContactYouthDirectly ?? false,
    safeName: contact?.safeContact?.name ?? '',
    safeRelationship: contact?.safeContact?.relationship ?? '',
    safePhone: contact?.safeContact?.phone ?? '',
    contactNote: contact?.note ?? '',
    youthArea: referral.youthArea ?? '',
    runaway:
      referral.youthRunaway === null || referral.youthRunaway === undefined ? '' : referral.youthRunaway ? 'yes' : 'no',
  };
}
