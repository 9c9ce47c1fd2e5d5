import {
  CHOSEN_DISPOSITIONS,
  dispositionGivesReferral,
  dueImmediately,
  isValidReferralNumber,
  type Locale,
  type ProtocolStep,
  refusesCharge,
  resolveWallTime,
  WRITTEN_REPORT_REQUIRED,
  type WrittenReportField,
  type WrittenReportMethod,
} from '@harbor/core';
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

/**
 * Whether a failed law-enforcement action is the server's SB 1322 refusal: a validation failure about the code
 * section of an action under a section SB 1322 covers (any other answer about the code is a plain field error).
 */
export function isSb1322Refusal(result: Exclude<ApiResult<unknown>, { ok: true }>, code: string): boolean {
  return (
    result.kind === 'api' &&
    result.error.code === 'validation_failed' &&
    (result.error.fields ?? []).some((f) => f.path === 'body.code') &&
    refusesCharge(code, null)
  );
}

/**
 * Where a step stands: done, not applicable, required now (a step due the moment it starts: "Call now: required
 * immediately", never "overdue by 1 min"), due (or overdue) at a time, or not started yet.
 */
export type StepState =
  | { kind: 'completed'; name: string; at: string }
  | { kind: 'notApplicable'; reason: string }
  | { kind: 'declined'; name: string; at: string }
  | { kind: 'immediate'; text: string; since: string; escalated: boolean }
  | { kind: 'due'; text: string; overdue: boolean; dueAt: string; escalated: boolean }
  | { kind: 'notStarted' };

export function stepState(
  step: StepView,
  now: number,
  t: Translate,
  definition?: Pick<ProtocolStep, 'due' | 'completion'>,
): StepState {
  if (step.status === 'completed')
    return { kind: 'completed', name: step.completedByName ?? '', at: step.completedAt! };
  if (step.status === 'not_applicable') return { kind: 'notApplicable', reason: step.note ?? '' };
  if (step.status === 'declined') return { kind: 'declined', name: step.completedByName ?? '', at: step.completedAt! };
  if (!step.dueAt) return { kind: 'notStarted' };
  // Without its definition (still loading) a step is immediate when its clock starts and ends at the same moment.
  const immediate = definition ? dueImmediately(definition) : step.startsAt === step.dueAt;
  if (immediate) {
    const call = definition?.completion === 'telephone_report' && step.mine;
    return {
      kind: 'immediate',
      text: call ? t('responseWeb.step.callNow') : t('responseWeb.step.immediate'),
      since: step.startsAt ?? step.dueAt,
      escalated: step.escalated,
    };
  }
  return { kind: 'due', ...dueText(step.dueAt, now, t), dueAt: step.dueAt, escalated: step.escalated };
}

/** How a step's owner closes it by hand: completed (when, and a note), or not applicable (with the reason). */
export type StepMode = 'none' | 'complete' | 'na' | 'declined';

export type StepRequest =
  | { kind: 'complete'; body: { version: number; completedAt: string; note?: string } }
  | { kind: 'not_applicable'; body: { version: number; reason: string } }
  | { kind: 'declined'; body: { version: number; declinedAt: string; note?: string } };

export function stepRequest(
  mode: 'complete' | 'na' | 'declined',
  step: StepView,
  at: string,
  note: string,
  zone?: string,
): StepRequest {
  const text = note.trim();
  if (mode === 'declined') {
    return {
      kind: 'declined',
      body: { version: step.version, declinedAt: fromLocalInput(at, zone), ...(text ? { note: text } : {}) },
    };
  }
  return mode === 'complete'
    ? {
        kind: 'complete',
        body: { version: step.version, completedAt: fromLocalInput(at, zone), ...(text ? { note: text } : {}) },
      }
    : { kind: 'not_applicable', body: { version: step.version, reason: text } };
}

/** The categories DCFS gives a hotline referral, and the form of the telephone report. */
/** The hotline's dispositions a person chooses from (none is chosen for them). */
export const RESPONSE_CATEGORIES = CHOSEN_DISPOSITIONS;

export interface TelephoneReportForm {
  calledAt: string;
  /** When the reporter received the information (PC 11166(a): the written report's 36 hours run from it). */
  learnedAt: string;
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

/** Whether the referral number is asked for: only for the dispositions the hotline gives one for. */
export const referralAsked = (form: TelephoneReportForm): boolean => dispositionGivesReferral(form.category);

export function telephoneReportBody(form: TelephoneReportForm, zone?: string) {
  return {
    calledAt: fromLocalInput(form.calledAt, zone),
    ...(form.learnedAt ? { learnedAt: fromLocalInput(form.learnedAt, zone) } : {}),
    hotline: 'dcfs_child_protection_hotline',
    workerName: form.worker.trim(),
    referralNumber: form.referral.trim(),
    ...(form.category ? { responseCategory: form.category } : {}),
  };
}

/** How the written report was sent, once the reporter says so (the review step shows it before it is recorded). */
export interface Sending {
  at: string;
  via: WrittenReportMethod | '';
}

/** The written report (SS 8572) as saved: the fields, and when and how it was sent if it is being marked sent now. */
export function writtenReportBody(
  report: { fields: Record<WrittenReportField, string>; version: number },
  sending: Sending | null,
  zone?: string,
) {
  return {
    fields: report.fields,
    version: report.version,
    ...(sending
      ? { submittedAt: fromLocalInput(sending.at, zone), ...(sending.via ? { sentVia: sending.via } : {}) }
      : {}),
  };
}

/**
 * What stops the report from being marked sent: a field PC 11167(a) requires left empty, no time or one in the future
 * (a minute of grace, as the server allows), no method.
 */
export type SendingProblem =
  | { field: WrittenReportField }
  | { sending: 'at' | 'future' | 'via' | 'skipped' | 'repeated' };

export function sendingProblems(
  fields: Record<WrittenReportField, string>,
  sending: Sending,
  now: number,
  zone?: string,
): SendingProblem[] {
  // On the county's clock: a time the clocks skip, or one they show twice with neither chosen, is no time yet.
  const resolved = zone && sending.at ? resolveWallTime(sending.at, zone) : null;
  const at = sending.at ? Date.parse(fromLocalInput(sending.at, zone)) : Number.NaN;
  const when: SendingProblem[] = !sending.at
    ? [{ sending: 'at' }]
    : resolved && !resolved.ok
      ? [{ sending: resolved.problem === 'invalid' ? 'at' : resolved.problem }]
      : at > now + 60_000
        ? [{ sending: 'future' }]
        : [];
  return [
    ...WRITTEN_REPORT_REQUIRED.filter((f) => !fields[f].trim()).map((field) => ({ field })),
    ...when,
    ...(sending.via ? [] : [{ sending: 'via' as const }]),
  ];
}

/** An arrest, citation or charge by law enforcement, with its code. */
export const ACTION_KINDS = ['arrest', 'citation', 'charge'] as const;

/** The action form's problems: it has no default action, so one must be chosen; and the code section. */
export function actionProblems(kind: string, code: string): { kind?: 'required'; code?: 'required' } {
  return {
    ...((ACTION_KINDS as readonly string[]).includes(kind) ? {} : { kind: 'required' as const }),
    ...(code.trim() ? {} : { code: 'required' as const }),
  };
}

/** The parts of the safety plan. */
export const PLAN_FIELDS = [
  'warningSigns',
  'copingSteps',
  'safePeople',
  'safePlace',
  'professionals',
  'meansSafety',
] as const;
