import {
  type AnswerIssue,
  type Answers,
  type InstrumentDefinition,
  type InstrumentDomain,
  type InstrumentItem,
  type Locale,
  validateAnswers,
} from '@harbor/core';
import type { SummaryEntry } from '../../components/error-summary';
import type { Rejection } from '../../offline/records';
import { inLocale, itemElementId, type Translate } from './text';

/**
 * What the screening form tells the user is wrong, beside each field and in the error summary: its own checks (the
 * same validateAnswers the server runs) and what the server refused. Plain functions; the form's hook shows them.
 */

/** The correction's reason field, and the shortest reason accepted. */
export const REASON_ID = 'correction-reason';
export const MIN_REASON = 5;

export interface FormProblems {
  /** By item id (or REASON_ID): the text beside the field. */
  fieldErrors: Record<string, string>;
  entries: SummaryEntry[];
}

export interface ProblemContext {
  items: Map<string, InstrumentItem>;
  t: Translate;
  locale: Locale;
}

/** Problems with answers, each beside its question and in the summary ("question: problem"). */
export function issueProblems(issues: readonly AnswerIssue[], { items, t, locale }: ProblemContext): FormProblems {
  const fieldErrors: Record<string, string> = {};
  const entries: SummaryEntry[] = [];
  for (const issue of issues) {
    const item = items.get(issue.itemId);
    const text = t(`screening.answer.${issue.code}`);
    fieldErrors[issue.itemId] = text;
    entries.push({
      target: item ? itemElementId(issue.itemId) : undefined,
      text: item ? t('screeningForm.errors.entry', { question: inLocale(item.text, locale), problem: text }) : text,
    });
  }
  return { fieldErrors, entries };
}

/** Moving to the next step: the questions of this step must be answered as a completed screening needs. */
export function stepProblems(
  instrument: InstrumentDefinition,
  step: InstrumentDomain,
  answers: Answers,
  context: ProblemContext,
): FormProblems {
  const ids = new Set(step.items.map((item) => item.id));
  const issues = validateAnswers(instrument, answers, { complete: true }).filter((issue) => ids.has(issue.itemId));
  return issueProblems(issues, context);
}

/** Saving a draft: only answers that could never be right (an answer to an unknown item is simply not kept). */
export function draftProblems(instrument: InstrumentDefinition, answers: Answers, context: ProblemContext) {
  const issues = validateAnswers(instrument, answers, { complete: false }).filter((i) => i.code !== 'unknown_item');
  return issueProblems(issues, context);
}

/** Completing: every answer, and a correction's reason. */
export function completionProblems(
  instrument: InstrumentDefinition,
  answers: Answers,
  correction: { reason: string } | null,
  context: ProblemContext,
): FormProblems {
  const problems = issueProblems(validateAnswers(instrument, answers, { complete: true }), context);
  if (correction && correction.reason.trim().length < MIN_REASON) {
    const text = context.t('screeningForm.correction.reasonRequired');
    problems.fieldErrors[REASON_ID] = text;
    problems.entries.push({ target: REASON_ID, text });
  }
  return problems;
}

/** What the server refused (its messages are already translated), on the fields it names and in the summary. */
export function rejectionProblems(rejection: Rejection, { items, t, locale }: ProblemContext): FormProblems {
  const fieldErrors: Record<string, string> = {};
  const entries: SummaryEntry[] = [];
  for (const field of rejection.fields) {
    const itemId = /^body\.answers\.(.+)$/.exec(field.path)?.[1];
    const item = itemId ? items.get(itemId) : undefined;
    if (item && itemId) {
      fieldErrors[itemId] = field.message;
      entries.push({
        target: itemElementId(itemId),
        text: t('screeningForm.errors.entry', { question: inLocale(item.text, locale), problem: field.message }),
      });
    } else if (field.path === 'body.reason') {
      entries.push({ target: REASON_ID, text: field.message });
    } else {
      entries.push({ text: field.message });
    }
  }
  if (entries.length === 0) entries.push({ text: rejection.message || t('error.internal') });
  return { fieldErrors, entries };
}
