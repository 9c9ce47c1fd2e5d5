import {
  type Answers,
  type AnswerValue,
  type InstrumentDefinition,
  safetyTriggered,
  visibleItemIds,
} from '@harbor/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { SummaryEntry } from '../../components/error-summary';
import { useMessages } from '../../i18n';
import type { LocalScreening } from '../../offline/records';
import {
  completionProblems,
  draftProblems,
  type FormProblems,
  type ProblemContext,
  rejectionProblems,
  stepProblems,
} from './form-problems';
import { isPositiveSafety, stepOfTarget, stepsOf } from './form-steps';
import { focusField, itemsById } from './text';
import { useScreeningOutbox } from './use-screening-outbox';

/**
 * Everything the screening form decides: the answers and the correction's reason, the steps and the focus, the
 * problems to show, and the outbox (save, complete, settle a conflict). The form component only renders this.
 */
export function useScreeningForm(initial: LocalScreening, instrument: InstrumentDefinition) {
  const { t, locale } = useMessages();
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [reason, setReason] = useState(initial.reason ?? '');
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<{ entries: SummaryEntry[]; attempt: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const pendingFocus = useRef<string | null>(null);

  const items = useMemo(() => itemsById(instrument), [instrument]);
  const visible = useMemo(() => new Set(visibleItemIds(instrument, answers)), [instrument, answers]);
  const steps = useMemo(() => stepsOf(instrument, visible), [instrument, visible]);
  const stepIndex = Math.min(step, steps.length - 1);
  const domain = steps[stepIndex]!;
  const last = stepIndex === steps.length - 1;
  const context: ProblemContext = { items, t, locale };

  const show = ({ fieldErrors, entries }: FormProblems) => {
    setErrors(fieldErrors);
    setSummary((was) => ({ entries, attempt: (was?.attempt ?? 0) + 1 }));
  };
  const clearProblems = () => {
    setErrors({});
    setSummary(null);
  };
  const showRejection = (record: LocalScreening) => {
    if (record.rejection) show(rejectionProblems(record.rejection, context));
  };

  const outbox = useScreeningOutbox(initial, instrument, { onRejected: showRejection, onTaken: setAnswers });

  // A refusal that arrived while the record waited in the queue is shown when the form opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only for the record the form opened with
  useEffect(() => {
    showRejection(initial);
  }, []);

  // A new step: focus its heading so a screen reader announces it; or the field a summary link pointed to.
  useEffect(() => {
    if (pendingFocus.current) {
      const target = pendingFocus.current;
      pendingFocus.current = null;
      focusField(target);
      return;
    }
    if (shownStep.current === stepIndex) return;
    shownStep.current = stepIndex;
    heading.current?.focus();
  }, [stepIndex]);

  const answer = (itemId: string, value: AnswerValue | undefined) => {
    const next = { ...answers };
    if (value === undefined) delete next[itemId];
    else next[itemId] = value;
    setAnswers(next);
    if (errors[itemId]) {
      const { [itemId]: _gone, ...rest } = errors;
      setErrors(rest);
    }
    outbox.keepAnswers(next);
  };

  /** A summary link: to the field, switching step first when it is on another one. */
  const follow = (target: string) => {
    const targetStep = stepOfTarget(instrument, steps, target, stepIndex);
    if (targetStep === stepIndex) focusField(target);
    else {
      pendingFocus.current = target;
      shownStep.current = targetStep;
      setStep(targetStep);
    }
  };

  const next = () => {
    const problems = stepProblems(instrument, domain, answers, context);
    if (problems.entries.length > 0) return show(problems);
    clearProblems();
    setStep(stepIndex + 1);
  };

  const back = () => {
    clearProblems();
    setStep(Math.max(0, stepIndex - 1));
  };

  const saveDraft = async () => {
    if (outbox.busy) return;
    const problems = draftProblems(instrument, answers, context);
    if (problems.entries.length > 0) return show(problems);
    clearProblems();
    await outbox.saveDraft(answers, reason);
  };

  const complete = async () => {
    if (outbox.busy) return;
    const problems = completionProblems(
      instrument,
      answers,
      outbox.record.kind === 'correction' ? { reason } : null,
      context,
    );
    if (problems.entries.length > 0) return show(problems);
    clearProblems();
    await outbox.complete(answers, reason);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (last) void complete();
    else next();
  };

  const positiveSafety = (itemId: string) => isPositiveSafety(instrument, items, visible, answers, itemId);

  return {
    answers,
    reason,
    setReason,
    errors,
    summary,
    steps,
    stepIndex,
    domain,
    last,
    heading,
    visible,
    /** A safety question answered positively somewhere: the crisis step shows. */
    crisis: safetyTriggered(instrument, answers),
    crisisInThisStep: domain.items.some((item) => positiveSafety(item.id)),
    positiveSafety,
    answer,
    follow,
    back,
    onSubmit,
    saveDraft: () => void saveDraft(),
    record: outbox.record,
    busy: outbox.busy,
    notice: outbox.notice,
    keepMine: () => void outbox.keepMine(answers),
    takeServer: () => void outbox.takeServer(),
  };
}

export type ScreeningFormModel = ReturnType<typeof useScreeningForm>;
