import { HOTLINES, isValidReferralNumber, type ProtocolDefinition, WRITTEN_REPORT_FIELDS } from '@harbor/core';
import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { protocolOf, type ResponseView, type StepView } from './api';
import { dueText, fromLocalInput, stepTitle, toLocalInput } from './response-format';

const REPORT_FIELDS = WRITTEN_REPORT_FIELDS;
type ReportFields = Record<(typeof REPORT_FIELDS)[number], string>;
const PLAN_FIELDS = ['warningSigns', 'copingSteps', 'safePeople', 'safePlace', 'professionals', 'meansSafety'] as const;

type Flash = { type: 'error' | 'success'; text: string; key: number } | null;

/** The error a failed call came to, with its field messages, as one line. */
function failureText(
  result: Parameters<typeof problemOf>[0],
  t: ReturnType<typeof useMessages>['t'],
  locale: 'en' | 'es',
) {
  if (result.kind === 'api' && result.error.fields?.length) return result.error.fields.map((f) => f.message).join(' ');
  return problemText(problemOf(result), t, locale);
}

/** /app/responses/:id: every step with its owner, due time and completion; reports; the safety step. */
export function ResponsePage() {
  const { id = '' } = useParams();
  const { t, locale } = useMessages();
  usePageTitle('responseWeb.title');
  const info = useSignedIn();
  const time = useCountyTime();
  const [response, setResponse] = useState<ResponseView | null>(null);
  const [protocol, setProtocol] = useState<ProtocolDefinition | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [flash, setFlash] = useState<Flash>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const load = useCallback(async () => {
    const result = await api.get<ResponseView>(`/api/v1/responses/${encodeURIComponent(id)}`);
    if (!result.ok) return setProblem(problemOf(result));
    setResponse(result.data);
    setProtocol(await protocolOf(result.data.protocolId, result.data.protocolVersion));
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const say = (type: 'error' | 'success', text: string) =>
    setFlash((was) => ({ type, text, key: (was?.key ?? 0) + 1 }));
  const after = async (result: Awaited<ReturnType<typeof api.post>>, done: string) => {
    if (result.ok) {
      say('success', done);
      await load();
      return true;
    }
    say('error', failureText(result, t, locale));
    if (result.kind === 'api' && result.status === 409) await load();
    return false;
  };

  if (problem) {
    return (
      <div className="grid-container usa-section harbor-page">
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">{problemText(problem, t, locale)}</p>
        </FocusAlert>
      </div>
    );
  }
  if (!response)
    return (
      <p role="status" className="grid-container usa-section">
        {t('admin.loading')}
      </p>
    );

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.title')}</h1>
      <p className="usa-intro">
        {t(`responseWeb.openedBy.${response.openedBy}` as never)} · {time(response.openedAt)}
        {response.recoveredAt && ` · ${t('responseWeb.recoveredAt', { time: time(response.recoveredAt) })}`}
      </p>
      {response.youthId && (
        <p>
          <Link className="usa-link" to={`/app/youth/${response.youthId}`}>
            {t('responseWeb.youthLink')}
          </Link>
        </p>
      )}
      {flash && (
        <FocusAlert
          type={flash.type}
          heading={flash.type === 'error' ? t('admin.error.heading') : t('responseWeb.done')}
          focusKey={flash.key}
          testId="response-flash"
        >
          <p className="usa-alert__text">{flash.text}</p>
          {flash.type === 'error' && /SB 1322/.test(flash.text) && (
            <p className="usa-alert__text">
              <a href="#step-telephone-report">{t('responseWeb.toTelephoneReport')}</a>
            </p>
          )}
        </FocusAlert>
      )}
      <Safety response={response} after={after} />

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('responseWeb.steps')}</h2>
        <ol className="usa-process-list" data-testid="response-steps">
          {response.steps.map((step) => (
            <Step key={step.stepId} step={step} response={response} protocol={protocol} now={now} after={after} />
          ))}
        </ol>
      </section>

      {response.telephoneReports.length > 0 && (
        <section aria-labelledby="telephone-heading">
          <h2 id="telephone-heading">{t('responseWeb.telephone.recorded')}</h2>
          <ul className="usa-list" data-testid="telephone-reports">
            {response.telephoneReports.map((r) => (
              <li key={r.id}>
                {t('responseWeb.telephone.line', {
                  time: time(r.calledAt),
                  worker: r.workerName,
                  referral: r.referralNumber,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {response.telephoneReports.length > 0 && <WrittenReport response={response} after={after} />}
      {info.user.role === 'law_enforcement' && <Action response={response} after={after} />}
    </div>
  );
}

type After = (result: Awaited<ReturnType<typeof api.post>>, done: string) => Promise<boolean>;

function Step({
  step,
  response,
  protocol,
  now,
  after,
}: {
  step: StepView;
  response: ResponseView;
  protocol: ProtocolDefinition | null;
  now: number;
  after: After;
}) {
  const { t, locale } = useMessages();
  const definition = protocol?.steps.find((s) => s.id === step.stepId);
  const [mode, setMode] = useState<'none' | 'complete' | 'na'>('none');
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [note, setNote] = useState('');
  const time = useCountyTime();
  const due = step.status === 'pending' && step.dueAt ? dueText(step.dueAt, now, t as never) : null;
  const base = `/api/v1/responses/${encodeURIComponent(response.id)}/steps/${encodeURIComponent(step.stepId)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result =
      mode === 'complete'
        ? await api.post(`${base}/complete`, {
            version: step.version,
            completedAt: fromLocalInput(at),
            ...(note.trim() ? { note: note.trim() } : {}),
          })
        : await api.post(`${base}/not-applicable`, { version: step.version, reason: note.trim() });
    if (await after(result, t('responseWeb.step.saved'))) setMode('none');
  };

  let status: ReactNode;
  if (step.status === 'completed') {
    status = t('responseWeb.step.completed', { name: step.completedByName ?? '', time: time(step.completedAt!) });
  } else if (step.status === 'not_applicable') {
    status = t('responseWeb.step.notApplicable', { reason: step.note ?? '' });
  } else if (due) {
    status = (
      <>
        <strong className={due.overdue ? 'text-secondary-dark' : undefined}>
          {due.overdue ? '⚠ ' : ''}
          {due.text}
        </strong>{' '}
        ({t('responseWeb.step.dueAt', { time: time(step.dueAt!) })})
        {step.escalated && ` · ${t('responseWeb.step.escalated')}`}
      </>
    );
  } else {
    status = t('responseWeb.step.notStarted');
  }
  return (
    <li
      className="usa-process-list__item"
      id={`step-${step.stepId}`}
      data-testid="response-step"
      data-step={step.stepId}
    >
      <h3 className="usa-process-list__heading">{stepTitle(protocol, step.stepId, locale)}</h3>
      {definition && <p className="margin-top-05">{definition.description[locale]}</p>}
      <p className="margin-top-05">
        {t('responseWeb.step.owner', {
          owner: step.ownerRole === 'opener' ? t('responseWeb.step.opener') : t(`roleName.${step.ownerRole}` as never),
        })}
      </p>
      <p className="margin-top-05" data-testid="step-status">
        {status}
      </p>
      {step.mine && definition?.completion === 'telephone_report' && (
        <TelephoneReport response={response} after={after} />
      )}
      {step.mine && definition?.completion === 'written_report' && (
        <p>
          <a href="#written-report-heading">{t('responseWeb.written.goTo')}</a>
        </p>
      )}
      {step.mine &&
        definition &&
        definition.completion !== 'telephone_report' &&
        definition.completion !== 'written_report' && (
          <>
            {mode === 'none' && (
              <ul className="usa-button-group">
                <li className="usa-button-group__item">
                  <button type="button" className="usa-button usa-button--outline" onClick={() => setMode('complete')}>
                    {t('responseWeb.step.complete')}
                  </button>
                </li>
                <li className="usa-button-group__item">
                  <button type="button" className="usa-button usa-button--unstyled" onClick={() => setMode('na')}>
                    {t('responseWeb.step.markNa')}
                  </button>
                </li>
              </ul>
            )}
            {mode !== 'none' && (
              <form className="usa-form" onSubmit={(e) => void submit(e)}>
                {mode === 'complete' && (
                  <TextField
                    id={`${step.stepId}-at`}
                    label={t('responseWeb.step.when')}
                    type="datetime-local"
                    value={at}
                    onChange={(e) => setAt(e.target.value)}
                  />
                )}
                <div className="usa-form-group">
                  <label className="usa-label" htmlFor={`${step.stepId}-note`}>
                    {mode === 'complete' ? t('responseWeb.step.note') : t('responseWeb.step.reason')}
                  </label>
                  <textarea
                    className="usa-textarea"
                    id={`${step.stepId}-note`}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    required={mode === 'na'}
                  />
                </div>
                <button type="submit" className="usa-button">
                  {mode === 'complete' ? t('responseWeb.step.complete') : t('responseWeb.step.markNa')}
                </button>
                <button type="button" className="usa-button usa-button--unstyled" onClick={() => setMode('none')}>
                  {t('youthPage.cancel')}
                </button>
              </form>
            )}
          </>
        )}
    </li>
  );
}

function TelephoneReport({ response, after }: { response: ResponseView; after: After }) {
  const { t, locale } = useMessages();
  const [calledAt, setCalledAt] = useState(() => toLocalInput(new Date()));
  const [worker, setWorker] = useState('');
  const [referral, setReferral] = useState('');
  const [category, setCategory] = useState('immediate');
  const [touched, setTouched] = useState(false);
  const referralError =
    touched && referral && !isValidReferralNumber(referral) ? t('response.referralNumber.invalid') : undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    const result = await api.post(`/api/v1/responses/${encodeURIComponent(response.id)}/telephone-report`, {
      calledAt: fromLocalInput(calledAt),
      hotline: 'dcfs_child_protection_hotline',
      workerName: worker.trim(),
      referralNumber: referral.trim(),
      responseCategory: category,
    });
    await after(result, t('responseWeb.telephone.saved'));
  };
  const hotline = HOTLINES.find((h) => h.id === 'dcfs_child_protection_hotline')!;
  return (
    <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)} data-testid="telephone-form">
      <p>
        {t('responseWeb.telephone.call')}{' '}
        <a href={`tel:${hotline.tel}`}>
          {hotline.name[locale]}: {hotline.number}
        </a>
      </p>
      <TextField
        id="telephone-at"
        label={t('responseWeb.telephone.at')}
        type="datetime-local"
        value={calledAt}
        onChange={(e) => setCalledAt(e.target.value)}
      />
      <TextField
        id="telephone-worker"
        label={t('responseWeb.telephone.worker')}
        value={worker}
        onChange={(e) => setWorker(e.target.value)}
      />
      <TextField
        id="telephone-referral"
        label={t('responseWeb.telephone.referral')}
        hint={t('responseWeb.telephone.referralHint')}
        value={referral}
        onChange={(e) => setReferral(e.target.value)}
        onBlur={() => setTouched(true)}
        inputMode="numeric"
        autoComplete="off"
        error={referralError}
      />
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="telephone-category">
          {t('responseWeb.telephone.category')}
        </label>
        <select
          className="usa-select"
          id="telephone-category"
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        >
          {['immediate', 'five_day', 'evaluated_out', 'referred_law_enforcement', 'other'].map((c) => (
            <option key={c} value={c}>
              {t(`responseWeb.category.${c}` as never)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="usa-button">
        {t('responseWeb.telephone.submit')}
      </button>
    </form>
  );
}

function WrittenReport({ response, after }: { response: ResponseView; after: After }) {
  const countyTime = useCountyTime();
  const { t } = useMessages();
  const [report, setReport] = useState<{ fields: ReportFields; version: number; submittedAt: string | null } | null>(
    null,
  );
  const [submittedAt, setSubmittedAt] = useState(() => toLocalInput(new Date()));
  const path = `/api/v1/responses/${encodeURIComponent(response.id)}/written-report`;
  const load = useCallback(async () => {
    const result = await api.get<{ fields: ReportFields; version: number; submittedAt: string | null }>(path);
    if (result.ok) setReport(result.data);
  }, [path]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!report) return null;
  const step = response.steps.find((s) => s.stepId === 'written-report');
  const save = async (submit: boolean) => {
    const result = await api.put(path, {
      fields: report.fields,
      version: report.version,
      ...(submit ? { submittedAt: fromLocalInput(submittedAt) } : {}),
    });
    if (await after(result, submit ? t('responseWeb.written.submitted') : t('responseWeb.written.saved'))) await load();
  };
  return (
    <section aria-labelledby="written-report-heading" data-testid="written-report">
      <h2 id="written-report-heading">{t('response.writtenReport.pdfTitle')}</h2>
      {step?.dueAt && step.status === 'pending' && (
        <p data-testid="written-report-clock">{t('responseWeb.written.clock', { time: countyTime(step.dueAt) })}</p>
      )}
      <p className="harbor-measure">{t('response.writtenReport.pdfIntro')}</p>
      <p>
        <a className="usa-link" href={`${path}.pdf`} download data-testid="written-report-pdf">
          {t('responseWeb.written.pdf')}
        </a>
      </p>
      {report.submittedAt ? (
        <p>
          <strong>
            {t('responseWeb.written.submittedOn', {
              time: countyTime(report.submittedAt),
            })}
          </strong>
        </p>
      ) : (
        <form
          className="usa-form usa-form--large"
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
        >
          {REPORT_FIELDS.map((field) => (
            <div className="usa-form-group" key={field}>
              <label className="usa-label" htmlFor={`report-${field}`}>
                {t(`response.writtenReport.field.${field}` as never)}
              </label>
              <textarea
                className="usa-textarea"
                id={`report-${field}`}
                rows={2}
                value={report.fields[field]}
                onChange={(e) => setReport({ ...report, fields: { ...report.fields, [field]: e.target.value } })}
              />
            </div>
          ))}
          <button type="submit" className="usa-button usa-button--outline">
            {t('responseWeb.written.save')}
          </button>
          <TextField
            id="report-submitted-at"
            label={t('responseWeb.written.submittedAt')}
            type="datetime-local"
            value={submittedAt}
            onChange={(e) => setSubmittedAt(e.target.value)}
          />
          <button type="button" className="usa-button" onClick={() => void save(true)}>
            {t('responseWeb.written.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function Action({ response, after }: { response: ResponseView; after: After }) {
  const { t } = useMessages();
  const [kind, setKind] = useState('arrest');
  const [code, setCode] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.post(`/api/v1/responses/${encodeURIComponent(response.id)}/actions`, {
      kind,
      code: code.trim(),
    });
    await after(result, t('responseWeb.action.saved'));
  };
  return (
    <section aria-labelledby="action-heading">
      <h2 id="action-heading">{t('responseWeb.action.heading')}</h2>
      <p className="harbor-measure">{t('responseWeb.action.intro')}</p>
      <form className="usa-form" onSubmit={(e) => void submit(e)}>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="action-kind">
            {t('responseWeb.action.kind')}
          </label>
          <select className="usa-select" id="action-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {['arrest', 'citation', 'charge'].map((k) => (
              <option key={k} value={k}>
                {t(`responseWeb.action.kind.${k}` as never)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="action-code"
          label={t('responseWeb.action.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="usa-button usa-button--outline">
          {t('responseWeb.action.submit')}
        </button>
      </form>
    </section>
  );
}

function Safety({ response, after }: { response: ResponseView; after: After }) {
  const { t, locale } = useMessages();
  const [plan, setPlan] = useState<Record<string, string>>(response.crisis?.plan ?? {});
  const path = `/api/v1/responses/${encodeURIComponent(response.id)}`;
  const crisisLines = HOTLINES.filter((h) => h.id === '988' || h.id === 'lacdmh_access');
  if (!response.crisis) {
    return (
      <p>
        <button
          type="button"
          className="usa-button usa-button--secondary"
          onClick={() =>
            void api.post(`${path}/crisis`, { reason: 'crisis' }).then((r) => after(r, t('responseWeb.safety.opened')))
          }
        >
          {t('responseWeb.safety.open')}
        </button>
      </p>
    );
  }
  return (
    <section
      aria-labelledby="safety-heading"
      className="usa-alert usa-alert--emergency harbor-alert"
      data-testid="safety-step"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="safety-heading">
          {t('responseWeb.safety.heading')}
        </h2>
        <ul className="usa-list">
          {crisisLines.map((h) => (
            <li key={h.id}>
              <a className="text-white" href={`tel:${h.tel}`}>
                {h.name[locale]}: {h.number}
              </a>
            </li>
          ))}
        </ul>
        <form
          className="usa-form usa-form--large"
          onSubmit={(e) => {
            e.preventDefault();
            void api
              .put(`${path}/crisis-plan`, { version: response.version, plan })
              .then((r) => after(r, t('responseWeb.safety.saved')));
          }}
        >
          {PLAN_FIELDS.map((field) => (
            <div className="usa-form-group" key={field}>
              <label className="usa-label text-white" htmlFor={`plan-${field}`}>
                {t(`responseWeb.plan.${field}` as never)}
              </label>
              <textarea
                className="usa-textarea"
                id={`plan-${field}`}
                rows={2}
                value={plan[field] ?? ''}
                onChange={(e) => setPlan({ ...plan, [field]: e.target.value })}
              />
            </div>
          ))}
          <button type="submit" className="usa-button usa-button--inverse">
            {t('responseWeb.safety.save')}
          </button>
        </form>
      </div>
    </section>
  );
}
