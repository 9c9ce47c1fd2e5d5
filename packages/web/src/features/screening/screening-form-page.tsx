import {
  type Answers,
  type AnswerValue,
  answerIsPositive,
  type InstrumentDefinition,
  safetyTriggered,
  scoreScreening,
  validateAnswers,
  visibleItemIds,
} from '@harbor/core';
import { type FormEvent, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary, type SummaryEntry } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { loadInstrument } from '../../offline/instruments';
import { useOnline } from '../../offline/online';
import { drainQueue } from '../../offline/queue';
import { type LocalScreening, onRecordsChanged, readRecord, updateRecord } from '../../offline/records';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { ConflictPanel } from './conflict-panel';
import { CrisisAlert } from './crisis-alert';
import { ItemField } from './item-field';
import { RecordFacts } from './record-facts';
import { domainIndexOf, focusField, inLocale, itemElementId, itemsById } from './text';
import './screening.css';
import type { AppMessageKey } from '../../messages';

const REASON_ID = 'correction-reason';
const MIN_REASON = 5;

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ready'; record: LocalScreening; instrument: InstrumentDefinition };

/** /app/screenings/edit/:localId — the screening form for a record kept on this device. */
export function ScreeningFormPage() {
  const { t } = useMessages();
  usePageTitle('screeningForm.form.title');
  const { localId = '' } = useParams();
  const owner = useSignedIn().user.id;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const record = await readRecord(owner, localId).catch(() => null);
      const instrument = record ? await loadInstrument(record.instrumentId, record.instrumentVersion) : null;
      if (!live) return;
      if (!record || !instrument) {
        setLoaded({ kind: 'missing' });
        return;
      }
      if (record.sentAs) {
        navigate(`/app/screenings/${encodeURIComponent(record.sentAs)}`, { replace: true });
        return;
      }
      if (record.status === 'completed' && !record.conflict && !record.rejection) {
        navigate(`/app/screenings/local/${encodeURIComponent(localId)}`, { replace: true });
        return;
      }
      setLoaded({ kind: 'ready', record, instrument });
    })();
    return () => {
      live = false;
    };
  }, [owner, localId, navigate]);

  if (loaded.kind === 'ready') {
    return <ScreeningForm key={localId} initial={loaded.record} instrument={loaded.instrument} />;
  }
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('screeningForm.form.title')}</h1>
      {loaded.kind === 'loading' ? (
        <p role="status">{t('shell.loading')}</p>
      ) : (
        <>
          <p data-testid="screening-missing">{t('screeningForm.form.missing')}</p>
          <p>
            <Link to="/app/screenings">{t('screeningForm.backToList')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

type Notice = { kind: 'savedServer' } | { kind: 'savedDevice' } | { kind: 'taken' } | null;

function ScreeningForm({ initial, instrument }: { initial: LocalScreening; instrument: InstrumentDefinition }) {
  const { t, locale } = useMessages();
  const owner = initial.owner;
  const localId = initial.localId;
  const navigate = useNavigate();
  const online = useOnline();
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [record, setRecord] = useState<LocalScreening>(initial);
  const [reason, setReason] = useState(initial.reason ?? '');
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<{ entries: SummaryEntry[]; attempt: number } | null>(null);
  const [notice, setNotice] = useState<{ value: Notice; attempt: number }>({ value: null, attempt: 0 });
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const pendingFocus = useRef<string | null>(null);

  const items = useMemo(() => itemsById(instrument), [instrument]);
  const visible = useMemo(() => new Set(visibleItemIds(instrument, answers)), [instrument, answers]);
  // A step is a domain with at least one question to ask.
  const steps = useMemo(
    () => instrument.domains.filter((domain) => domain.items.some((item) => visible.has(item.id))),
    [instrument, visible],
  );
  const stepIndex = Math.min(step, steps.length - 1);
  const domain = steps[stepIndex]!;
  const last = stepIndex === steps.length - 1;
  const crisis = safetyTriggered(instrument, answers);

  // The queue (in this tab or another) changed the record: keep its state, never the answers being typed.
  useEffect(
    () =>
      onRecordsChanged(() => {
        void readRecord(owner, localId).then((fresh) => {
          if (fresh) setRecord(fresh);
        });
      }),
    [owner, localId],
  );

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

  const tell = (value: Notice) => setNotice((was) => ({ value, attempt: was.attempt + 1 }));
  const showProblems = (entries: SummaryEntry[]) =>
    setSummary((was) => ({ entries, attempt: (was?.attempt ?? 0) + 1 }));

  /** Every answer is kept on the device at once (encrypted), so a closed tab loses nothing. */
  const persist = useCallback(
    (next: Answers) => updateRecord(owner, localId, (r) => ({ ...r, answers: next })),
    [owner, localId],
  );

  const answer = (itemId: string, value: AnswerValue | undefined) => {
    const next = { ...answers };
    if (value === undefined) delete next[itemId];
    else next[itemId] = value;
    setAnswers(next);
    if (errors[itemId]) {
      const { [itemId]: _gone, ...rest } = errors;
      setErrors(rest);
    }
    void persist(next);
  };

  const stepOfTarget = (target: string): number => {
    if (target === REASON_ID) return steps.length - 1;
    const itemId = target.replace(/^item-/, '');
    const domainIndex = domainIndexOf(instrument, itemId);
    const found = steps.findIndex((d) => d.id === instrument.domains[domainIndex]?.id);
    return found < 0 ? stepIndex : found;
  };

  const follow = (target: string) => {
    const targetStep = stepOfTarget(target);
    if (targetStep === stepIndex) focusField(target);
    else {
      pendingFocus.current = target;
      shownStep.current = targetStep;
      setStep(targetStep);
    }
  };

  const issueEntries = (issues: { itemId: string; code: string }[]) => {
    const fieldErrors: Record<string, string> = {};
    const entries: SummaryEntry[] = [];
    for (const issue of issues) {
      const item = items.get(issue.itemId);
      const text = t(`screening.answer.${issue.code}` as AppMessageKey);
      fieldErrors[issue.itemId] = text;
      entries.push({
        target: item ? itemElementId(issue.itemId) : undefined,
        text: item ? t('screeningForm.errors.entry', { question: inLocale(item.text, locale), problem: text }) : text,
      });
    }
    return { fieldErrors, entries };
  };

  /** Shows what the server refused (already translated), on the fields and in the summary. */
  const showRejection = (rejected: LocalScreening) => {
    const rejection = rejected.rejection;
    if (!rejection) return;
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
    setErrors(fieldErrors);
    showProblems(entries);
  };

  // A refusal that arrived while the record waited in the queue is shown when the form opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only for the record the form opened with
  useEffect(() => {
    if (initial.rejection) showRejection(initial);
  }, []);

  const stepIssues = () => {
    const ids = new Set(domain.items.map((item) => item.id));
    return validateAnswers(instrument, answers, { complete: true }).filter((issue) => ids.has(issue.itemId));
  };

  const next = () => {
    const issues = stepIssues();
    if (issues.length > 0) {
      const { fieldErrors, entries } = issueEntries(issues);
      setErrors(fieldErrors);
      showProblems(entries);
      return;
    }
    setErrors({});
    setSummary(null);
    setStep(stepIndex + 1);
  };

  const back = () => {
    setErrors({});
    setSummary(null);
    setStep(Math.max(0, stepIndex - 1));
  };

  /** After a send: where the record stands decides what the user sees. */
  const afterSend = async (action: 'save' | 'complete') => {
    setNotice((was) => ({ value: null, attempt: was.attempt }));
    await drainQueue(owner).catch(() => undefined);
    const after = await readRecord(owner, localId);
    setBusy(false);
    if (!after) return;
    setRecord(after);
    if (after.sentAs) {
      navigate(`/app/screenings/${encodeURIComponent(after.sentAs)}`);
      return;
    }
    if (after.conflict) return; // the conflict panel takes over
    if (after.rejection) {
      showRejection(after);
      return;
    }
    if (action === 'complete') {
      navigate(`/app/screenings/local/${encodeURIComponent(localId)}`);
      return;
    }
    tell(after.pending ? { kind: 'savedDevice' } : { kind: 'savedServer' });
  };

  const saveDraft = async () => {
    if (busy) return;
    const issues = validateAnswers(instrument, answers, { complete: false }).filter((i) => i.code !== 'unknown_item');
    if (issues.length > 0) {
      const { fieldErrors, entries } = issueEntries(issues);
      setErrors(fieldErrors);
      showProblems(entries);
      return;
    }
    setBusy(true);
    setErrors({});
    setSummary(null);
    // A draft of a correction stays on the device: only the completed correction is sent.
    await updateRecord(owner, localId, (r) => ({
      ...r,
      answers,
      reason: r.kind === 'correction' ? reason : r.reason,
      pending: r.kind === 'screening',
      rejection: null,
    }));
    if (initial.kind === 'correction') {
      setBusy(false);
      tell({ kind: 'savedDevice' });
      return;
    }
    await afterSend('save');
  };

  const complete = async () => {
    if (busy) return;
    const issues = validateAnswers(instrument, answers, { complete: true });
    const { fieldErrors, entries } = issueEntries(issues);
    if (record.kind === 'correction' && reason.trim().length < MIN_REASON) {
      fieldErrors[REASON_ID] = t('screeningForm.correction.reasonRequired');
      entries.push({ target: REASON_ID, text: t('screeningForm.correction.reasonRequired') });
    }
    if (entries.length > 0) {
      setErrors(fieldErrors);
      showProblems(entries);
      return;
    }
    setBusy(true);
    setErrors({});
    setSummary(null);
    const result = scoreScreening(instrument, answers);
    await updateRecord(owner, localId, (r) => ({
      ...r,
      answers,
      status: 'completed',
      result,
      reason: r.kind === 'correction' ? reason.trim() : r.reason,
      pending: true,
      rejection: null,
    }));
    await afterSend('complete');
  };

  const keepMine = async () => {
    const conflict = record.conflict;
    if (!conflict || busy) return;
    setBusy(true);
    await updateRecord(owner, localId, (r) => ({
      ...r,
      answers,
      serverVersion: conflict.serverVersion,
      conflict: null,
      pending: true,
    }));
    await afterSend(record.status === 'completed' ? 'complete' : 'save');
  };

  const takeServer = async () => {
    const conflict = record.conflict;
    if (!conflict || busy) return;
    setBusy(true);
    if (conflict.serverStatus === 'completed' && record.serverId) {
      const serverId = record.serverId;
      await updateRecord(owner, localId, (r) => ({
        ...r,
        answers: {},
        result: null,
        conflict: null,
        pending: false,
        sentAs: serverId,
      }));
      navigate(`/app/screenings/${encodeURIComponent(serverId)}`);
      return;
    }
    const updated = await updateRecord(owner, localId, (r) => ({
      ...r,
      answers: conflict.serverAnswers,
      serverVersion: conflict.serverVersion,
      status: 'draft',
      result: null,
      conflict: null,
      pending: false,
    }));
    setAnswers(conflict.serverAnswers);
    if (updated) setRecord(updated);
    setBusy(false);
    tell({ kind: 'taken' });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (last) void complete();
    else next();
  };

  const positiveSafety = (itemId: string) => {
    const item = items.get(itemId);
    const itemDomain = instrument.domains[domainIndexOf(instrument, itemId)];
    return (
      item !== undefined &&
      (item.safety === true || itemDomain?.safety === true) &&
      visible.has(itemId) &&
      answerIsPositive(item.answer, answers[itemId])
    );
  };
  const crisisInThisStep = domain.items.some((item) => positiveSafety(item.id));

  return (
    <div className="grid-container usa-section harbor-page harbor-screening">
      <h1>{inLocale(instrument.title, locale)}</h1>
      <RecordFacts record={record} online={online} />

      {notice.value?.kind === 'savedServer' && (
        <FocusAlert
          type="success"
          heading={t('screeningForm.saved.server')}
          focusKey={notice.attempt}
          testId="saved-server"
        />
      )}
      {notice.value?.kind === 'savedDevice' && (
        <FocusAlert
          type="info"
          heading={t('screeningForm.saved.device')}
          focusKey={notice.attempt}
          testId="saved-device"
        >
          <p className="usa-alert__text">{t('screeningForm.saved.deviceBody')}</p>
        </FocusAlert>
      )}
      {notice.value?.kind === 'taken' && (
        <FocusAlert
          type="success"
          heading={t('screeningForm.conflict.taken')}
          focusKey={notice.attempt}
          testId="taken"
        />
      )}

      {record.conflict ? (
        <ConflictPanel
          instrument={instrument}
          mine={answers}
          conflict={record.conflict}
          busy={busy}
          onKeepMine={() => void keepMine()}
          onTakeServer={() => void takeServer()}
        />
      ) : (
        <>
          {summary && (
            <ErrorSummary
              heading={t('screeningForm.errors.heading')}
              entries={summary.entries}
              focusKey={summary.attempt}
              onFollow={follow}
            />
          )}
          <StepIndicator steps={steps.map((d) => inLocale(d.title, locale))} current={stepIndex} headingRef={heading} />
          {crisis && !crisisInThisStep && <CrisisAlert id="crisis-step-top" />}
          <form className="usa-form usa-form--large harbor-screening__form" noValidate onSubmit={onSubmit}>
            {domain.items
              .filter((item) => visible.has(item.id))
              .map((item) => (
                <ItemField
                  key={item.id}
                  item={item}
                  value={answers[item.id]}
                  onChange={(value) => answer(item.id, value)}
                  error={errors[item.id]}
                  t={t}
                  locale={locale}
                  after={positiveSafety(item.id) ? <CrisisAlert id={`crisis-${item.id}`} /> : null}
                />
              ))}
            {last && record.kind === 'correction' && (
              <div className={errors[REASON_ID] ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
                <label className="usa-label" htmlFor={REASON_ID}>
                  {t('screeningForm.correction.reasonLabel')}
                </label>
                <div className="usa-hint" id={`${REASON_ID}-hint`}>
                  {t('screeningForm.correction.reasonHint')}
                </div>
                {errors[REASON_ID] && (
                  <span className="usa-error-message" id={`${REASON_ID}-error`}>
                    {errors[REASON_ID]}
                  </span>
                )}
                <textarea
                  id={REASON_ID}
                  className="usa-textarea"
                  maxLength={2000}
                  value={reason}
                  aria-describedby={[`${REASON_ID}-hint`, errors[REASON_ID] ? `${REASON_ID}-error` : '']
                    .filter(Boolean)
                    .join(' ')}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
            )}
            <div className="harbor-screening__actions">
              {stepIndex > 0 && (
                <button type="button" className="usa-button usa-button--outline" onClick={back} disabled={busy}>
                  {t('screeningForm.action.back')}
                </button>
              )}
              <button type="submit" className="usa-button" disabled={busy}>
                {last ? t('screeningForm.action.complete') : t('screeningForm.action.next')}
              </button>
              <button
                type="button"
                className="usa-button usa-button--unstyled harbor-screening__save"
                onClick={() => void saveDraft()}
                disabled={busy}
              >
                {t('screeningForm.action.saveDraft')}
              </button>
            </div>
            {busy && (
              <p role="status" className="harbor-screening__busy">
                {t('screeningForm.action.sending')}
              </p>
            )}
          </form>
        </>
      )}
    </div>
  );
}

/** The USWDS step indicator: a segment per step, and "Step 2 of 6" with the step's title as a heading. */
function StepIndicator({
  steps,
  current,
  headingRef,
}: {
  steps: string[];
  current: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useMessages();
  return (
    <div className="usa-step-indicator harbor-steps">
      <ol className="usa-step-indicator__segments">
        {steps.map((title, index) => {
          const state = index < current ? 'complete' : index === current ? 'current' : 'upcoming';
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are positions
              key={index}
              className={
                state === 'complete'
                  ? 'usa-step-indicator__segment usa-step-indicator__segment--complete'
                  : state === 'current'
                    ? 'usa-step-indicator__segment usa-step-indicator__segment--current'
                    : 'usa-step-indicator__segment'
              }
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="usa-step-indicator__segment-label">
                {title}{' '}
                <span className="usa-sr-only">
                  {state === 'complete'
                    ? t('screeningForm.step.done')
                    : state === 'current'
                      ? t('screeningForm.step.current')
                      : t('screeningForm.step.notDone')}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="usa-step-indicator__header">
        <h2 className="usa-step-indicator__heading" ref={headingRef} tabIndex={-1} data-testid="step-heading">
          <span className="usa-step-indicator__heading-counter" data-testid="step-counter">
            {t('screeningForm.step.counter', { current: current + 1, total: steps.length })}
          </span>{' '}
          <span className="usa-step-indicator__heading-text">{steps[current]}</span>
        </h2>
      </div>
    </div>
  );
}
