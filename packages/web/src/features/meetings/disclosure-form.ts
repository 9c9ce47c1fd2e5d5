import { type DisclosableClass, mdtWindowEnd, resolveWallTime } from '@harbor/core';
import type { DisclosureBasis, DisclosureBody } from './api';

/**
 * The disclosure form as its fields hold it, what is missing and the request it comes to. Nothing is chosen for the
 * person: no basis, no attendee, no class. Whether the basis allows sharing now (the 18961.7 window, a consent's end)
 * is the server's to decide; the form only shows the window. Pure.
 */
export interface DisclosureForm {
  basis: DisclosureBasis | '';
  toAll: 'all' | 'chosen' | '';
  to: string[];
  classes: DisclosableClass[];
  reportedAt: string;
  goodCauseUntil: string;
  goodCauseReason: string;
  orderNumber: string;
  orderDate: string;
  consentBy: string;
  purpose: string;
  until: string;
}

export const EMPTY_DISCLOSURE: DisclosureForm = {
  basis: '',
  toAll: '',
  to: [],
  classes: [],
  reportedAt: '',
  goodCauseUntil: '',
  goodCauseReason: '',
  orderNumber: '',
  orderDate: '',
  consentBy: '',
  purpose: '',
  until: '',
};

export type DisclosureProblem =
  | 'basis'
  | 'to'
  | 'classes'
  | 'reportedAt'
  | 'goodCauseReason'
  | 'orderNumber'
  | 'orderDate'
  | 'consentBy'
  | 'purpose'
  | 'until';

const isConsent = (basis: DisclosureForm['basis']) => basis === 'youth_consent' || basis === 'caregiver_consent';

export function disclosureProblems(form: DisclosureForm, zone: string): DisclosureProblem[] {
  const problems: DisclosureProblem[] = [];
  if (!form.basis) problems.push('basis');
  if (form.basis === 'mdt_18961_7') {
    if (!resolveWallTime(form.reportedAt, zone).ok) problems.push('reportedAt');
    if (form.goodCauseUntil && !form.goodCauseReason.trim()) problems.push('goodCauseReason');
  }
  if (form.basis === 'court_order') {
    if (!form.orderNumber.trim()) problems.push('orderNumber');
    if (!form.orderDate) problems.push('orderDate');
  }
  if (isConsent(form.basis)) {
    if (!form.consentBy.trim()) problems.push('consentBy');
    if (!form.purpose.trim()) problems.push('purpose');
    if (!resolveWallTime(form.until, zone).ok) problems.push('until');
  }
  if (!form.toAll || (form.toAll === 'chosen' && form.to.length === 0)) problems.push('to');
  if (form.classes.length === 0) problems.push('classes');
  return problems;
}

/** The end of the 18961.7 window for the report time given (30 days, or the good cause's end), else null. */
export function disclosureWindow(form: DisclosureForm, zone: string): Date | null {
  const reported = resolveWallTime(form.reportedAt, zone);
  if (!reported.ok) return null;
  const extended = resolveWallTime(form.goodCauseUntil, zone);
  return mdtWindowEnd(reported.instant, extended.ok ? extended.instant : null);
}

const instant = (value: string, zone: string) => {
  const resolved = resolveWallTime(value, zone);
  return resolved.ok ? resolved.instant.toISOString() : undefined;
};

/** The request a form without problems comes to: only the fields of its basis. */
export function disclosureRequest(form: DisclosureForm, zone: string): DisclosureBody {
  if (!form.basis) throw new Error('the form has problems');
  const body: DisclosureBody = {
    basis: form.basis,
    to: form.toAll === 'all' ? 'all' : form.to,
    classes: form.classes,
  };
  if (form.basis === 'mdt_18961_7') {
    const reportedAt = instant(form.reportedAt, zone);
    if (reportedAt) body.reportedAt = reportedAt;
    const until = instant(form.goodCauseUntil, zone);
    if (until) {
      body.goodCauseUntil = until;
      body.goodCauseReason = form.goodCauseReason.trim();
    }
  }
  if (form.basis === 'court_order')
    Object.assign(body, { orderNumber: form.orderNumber.trim(), orderDate: form.orderDate });
  if (isConsent(form.basis))
    Object.assign(body, {
      consentBy: form.consentBy.trim(),
      purpose: form.purpose.trim(),
      until: instant(form.until, zone),
    });
  return body;
}
