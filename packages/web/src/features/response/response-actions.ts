import { isValidReferralNumber, type Locale, type WrittenReportField } from '@harbor/core';
import type { ApiResult } from '../../api';
import type { Translate } from '../../i18n';
import { problemOf, problemText } from '../../problems';
import type { StepView } from './api';
import { dueText, fromLocalInput } from './response-format';

/**
 * What the response page's forms send and what it says back: plain functions, so the rules are tested without a
 * browser (the hooks beside them keep the form state and call the API).
 */

/** The error a failed call came to, with its field messages, as one line. */
export function failureText(result: Exclude<ApiResult<unknown>, { ok: true }>, t: Translate, locale: Locale): string {
  if (result.kind === 'api' && result.error.fields?.length) return result.error.fields.map((f) => f.message).join(' ');
  return problemText(problemOf(result), t, locale);
}

/** The refusal of an action by a probation or law-enforcement reporter (SB 1322): the telephone report comes first. */
export const pointsToTelephoneReport = (text: string) => /SB 1322/.test(text);

/** Where a step stands: done, not applicable, due (or overdue) at a time, or not started yet. */
export type StepState =
  | { kind: 'completed'; name: string; at: string }
  | { kind: 'notApplicable'; reason: string }
  | { kind: 'due'; text: string; overdue: boolean; dueAt: string; escalated: boolean }
  | { kind: 'notStarted' };

export function stepState(step: StepView, now: number, t: Translate): StepState {
  if (step.status === 'completed')
    return { kind: 'completed', name: step.completedByName ?? '', at: step.completedAt! };
  if (step.status === 'not_applicable') return { kind: 'notApplicable', reason: step.note ?? '' };
  if (step.dueAt) return { kind: 'due', ...dueText(step.dueAt, now, t), dueAt: step.dueAt, escalated: step.escalated };
  return { kind: 'notStarted' };
}

/** How a step's owner closes it by hand: completed (when, and a note), or not applicable (with the reason). */
export type StepMode = 'none' | 'complete' | 'na';

export type StepRequest =
  | { kind: 'complete'; body: { version: number; completedAt: string; note?: string } }
  | { kind: 'not_applicable'; body: { version: number; reason: string } };

export function stepRequest(
  mode: 'complete' | 'na',
  step: StepView,
  at: string,
  note: string,
  zone?: string,
): StepRequest {
  const text = note.trim();
  return mode === 'complete'
    ? {
        kind: 'complete',
        body: { version: step.version, completedAt: fromLocalInput(at, zone), ...(text ? { note: text } : {}) },
      }
    : { kind: 'not_applicable', body: { version: step.version, reason: text } };
}

/** The categories DCFS gives a hotline referral, and the form of the telephone report. */
export const RESPONSE_CATEGORIES = [
  'immediate',
  'five_day',
  'evaluated_out',
  'referred_law_enforcement',
  'other',
] as const;

export interface TelephoneReportForm {
  calledAt: string;
  worker: string;
  referral: string;
  category: string;
}

/** A referral number that cannot be the hotline's (it gives 19 digits): said once the field was left. */
export function referralProblem(form: TelephoneReportForm, touched: boolean, t: Translate): string | undefined {
  return touched && form.referral && !isValidReferralNumber(form.referral)
    ? t('response.referralNumber.invalid')
    : undefined;
}

export function telephoneReportBody(form: TelephoneReportForm, zone?: string) {
  return {
    calledAt: fromLocalInput(form.calledAt, zone),
    hotline: 'dcfs_child_protection_hotline',
    workerName: form.worker.trim(),
    referralNumber: form.referral.trim(),
    responseCategory: form.category,
  };
}

/** The written report (SS 8572) as saved: the fields, and when it was submitted if it is being submitted now. */
export function writtenReportBody(
  report: { fields: Record<WrittenReportField, string>; version: number },
  submittedAt: string | null,
  zone?: string,
) {
  return {
    fields: report.fields,
    version: report.version,
    ...(submittedAt ? { submittedAt: fromLocalInput(submittedAt, zone) } : {}),
  };
}

/** An arrest, citation or charge by law enforcement, with its code. */
export const ACTION_KINDS = ['arrest', 'citation', 'charge'] as const;

/** The parts of the safety plan. */
export const PLAN_FIELDS = [
  'warningSigns',
  'copingSteps',
  'safePeople',
  'safePlace',
  'professionals',
  'meansSafety',
] as const;
