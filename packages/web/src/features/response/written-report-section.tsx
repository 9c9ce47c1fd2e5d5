import {
  methodName,
  recipientName,
  recipientTitle,
  WRITTEN_REPORT_LONG_FIELDS,
  WRITTEN_REPORT_METHODS,
  WRITTEN_REPORT_REQUIRED,
  WRITTEN_REPORT_SECTIONS,
  type WrittenReportField,
} from '@harbor/core';
import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { DateTimeField } from '../../components/date-time-field';
import { ErrorSummary } from '../../components/error-summary';
import { useCountyTime, useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSignedIn } from '../../session';
import { type ResponseView, recordLearnedAt, type WrittenReportView, writtenReportPath } from './api';
import { ConfirmButtons } from './confirm-buttons';
import { FieldGroup } from './field-group';
import type { SendingProblem } from './response-actions';
import { fromLocalInput } from './response-format';
import { TimeForm } from './time-form';
import { useWrittenReport } from './use-report-forms';
import type { After } from './use-response';

type ReportState = ReturnType<typeof useWrittenReport>;
const label = (field: WrittenReportField) => `response.writtenReport.field.${field}` as AppMessageKey;

/** The written report (SS 8572) after the telephone report: its clock, its PDF, its fields, and marking it sent. */
export function WrittenReportSection({ response, after }: { response: ResponseView; after: After }) {
  const countyTime = useCountyTime();
  const { t } = useMessages();
  const state = useWrittenReport(response, after);
  const info = useSignedIn();
  const { report } = state;
  if (!report) return null;
  const step = response.steps.find((s) => s.stepId === 'written-report');
  // Only the reporter (the step's owner, else the opener) writes the report; its other readers see it.
  const reporter = step?.ownerUserId ?? response.openerUserId;
  return (
    <section aria-labelledby="written-report-heading" data-testid="written-report">
      <h2 id="written-report-heading">{t('response.writtenReport.pdfTitle')}</h2>
      {step?.dueAt && step.status === 'pending' && (
        <p data-testid="written-report-clock">{t('responseWeb.written.clock', { time: countyTime(step.dueAt) })}</p>
      )}
      {step?.status === 'pending' && reporter === info.user.id && (
        <TimeForm
          id="learned-at"
          initial={response.learnedAt}
          words={{
            open: 'responseWeb.learnedAt.open',
            label: 'responseWeb.telephone.learnedAt',
            hint: 'responseWeb.telephone.learnedAtHint',
            submit: 'responseWeb.learnedAt.submit',
            saved: 'responseWeb.learnedAt.saved',
          }}
          send={(learnedAt) => recordLearnedAt(response.id, { version: response.version, learnedAt })}
          after={after}
        />
      )}
      {!report.fields ? (
        <>
          {/* PC 11167(d): the report is the reporter's, their supervisors' and child welfare's; others see when. */}
          <p className="harbor-measure" data-testid="written-report-confidential">
            {t('response.writtenReport.confidential')}
          </p>
          {report.submittedAt && <SentLine report={report} />}
        </>
      ) : (
        <WrittenReportForm
          report={{ ...report, fields: report.fields }}
          state={state}
          response={response}
          readOnly={reporter !== info.user.id}
        />
      )}
    </section>
  );
}

/** "Sent Dec 1, 2026, 9:05 AM PST. By fax." */
function SentLine({ report }: { report: WrittenReportView }) {
  const countyTime = useCountyTime();
  const { t, locale } = useMessages();
  const time = countyTime(report.submittedAt!);
  return (
    <p data-testid="written-report-sent">
      <strong>
        {report.sentVia
          ? t('responseWeb.written.submittedVia', { time, method: methodName(report.sentVia, locale) })
          : t('responseWeb.written.submittedOn', { time })}
      </strong>
    </p>
  );
}

/** Whom the written report goes to: the agency that took the (latest) telephone report. */
const recipientOf = (response: ResponseView) => response.telephoneReports.at(-1)?.hotline ?? 'other';

function WrittenReportForm({
  report,
  response,
  state,
  readOnly,
}: {
  readOnly: boolean;
  report: WrittenReportView & { fields: NonNullable<WrittenReportView['fields']> };
  response: ResponseView;
  state: ReportState;
}) {
  const { t } = useMessages();
  return (
    <>
      <p className="harbor-measure">{t('response.writtenReport.pdfIntro')}</p>
      <p>
        <a
          className="usa-link"
          href={`${writtenReportPath(response.id)}.pdf`}
          download
          data-testid="written-report-pdf"
        >
          {t('responseWeb.written.pdf')}
        </a>
      </p>
      {report.submittedAt || readOnly ? (
        <>
          {report.submittedAt ? <SentLine report={report} /> : <p>{t('responseWeb.written.readOnly')}</p>}
          <div data-testid="written-report-fields">
            <ReportFacts fields={report.fields} heading="h3" />
          </div>
        </>
      ) : (
        <ReportFields report={report} response={response} state={state} />
      )}
    </>
  );
}

/** Where a problem's link takes the person: the field it is about. */
const targetOf = (p: SendingProblem) =>
  'field' in p
    ? `report-${p.field}`
    : p.sending === 'via'
      ? 'report-sent-via'
      : p.sending === 'repeated'
        ? 'report-submitted-at-first'
        : 'report-submitted-at';
const SENDING_MESSAGES = {
  at: 'responseWeb.written.whenRequired',
  future: 'response.time.future',
  via: 'responseWeb.written.methodRequired',
  skipped: 'dateTime.skipped',
  repeated: 'dateTime.repeated.required',
} as const;

function ReportFields({
  report,
  response,
  state,
}: {
  report: WrittenReportView & { fields: NonNullable<WrittenReportView['fields']> };
  response: ResponseView;
  state: ReportState;
}) {
  const { t, locale } = useMessages();
  const zone = useCountyZone();
  const { problems, sending } = state;
  const problemFor = (target: string) => problems.list.find((p) => targetOf(p) === target);
  const messageOf = (p: SendingProblem) =>
    'field' in p ? t('responseWeb.written.missingField', { field: t(label(p.field)) }) : t(SENDING_MESSAGES[p.sending]);
  const fieldError = (target: string) => {
    const p = problemFor(target);
    return p && ('field' in p ? t('validation.required') : messageOf(p));
  };
  return (
    <form
      className="usa-form usa-form--large"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void state.save(false);
      }}
    >
      {problems.list.length > 0 && state.stage === 'editing' && (
        <ErrorSummary
          heading={t('responseWeb.written.missingHeading')}
          entries={problems.list.map((p) => ({ target: targetOf(p), text: messageOf(p) }))}
          focusKey={problems.attempt}
          onFollow={(target) => document.getElementById(target)?.focus()}
        />
      )}
      <p className="usa-hint">{t('responseWeb.written.requiredNote')}</p>
      {WRITTEN_REPORT_SECTIONS.map((section) => (
        <fieldset key={section.id} className="usa-fieldset margin-top-3" data-testid={`report-section-${section.id}`}>
          <legend className="usa-legend usa-legend--large">{t(`response.writtenReport.section.${section.id}`)}</legend>
          {section.id === 'suspect' && <p className="usa-hint">{t('responseWeb.written.suspectIntro')}</p>}
          {section.fields.map((field: WrittenReportField) => (
            <ReportField
              key={field}
              field={field}
              value={report.fields[field]}
              error={fieldError(`report-${field}`)}
              onChange={(value) => state.setField(field, value)}
            />
          ))}
        </fieldset>
      ))}
      <button type="submit" className="usa-button usa-button--outline">
        {t('responseWeb.written.save')}
      </button>
      <fieldset className="usa-fieldset margin-top-4" data-testid="written-report-sending">
        <legend className="usa-legend usa-legend--large">{t('responseWeb.written.sending')}</legend>
        <p className="usa-hint">
          {t('responseWeb.written.sendingIntro', { recipient: recipientName(recipientOf(response), locale) })}
        </p>
        <DateTimeField
          id="report-submitted-at"
          label={t('responseWeb.written.submittedAt')}
          value={sending.at}
          error={fieldError('report-submitted-at')}
          checked={problems.attempt > 0}
          disabled={state.stage === 'reviewing'}
          onChange={(at) => state.setSending({ at })}
        />
        <MethodSelect state={state} error={fieldError('report-sent-via')} />
        {state.stage === 'editing' ? (
          <button
            type="button"
            className="usa-button"
            id="written-report-review"
            onClick={state.review}
            data-testid="written-report-review"
          >
            {t('responseWeb.written.review')}
          </button>
        ) : (
          <Review response={response} state={state} zone={zone} />
        )}
      </fieldset>
    </form>
  );
}

function ReportField({
  field,
  value,
  error,
  onChange,
}: {
  field: WrittenReportField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useMessages();
  const required = WRITTEN_REPORT_REQUIRED.includes(field);
  const text = (
    <>
      {t(label(field))}
      {required && (
        <>
          {' '}
          <abbr title={t('responseWeb.written.requiredMark')} className="usa-hint usa-hint--required">
            *
          </abbr>
        </>
      )}
    </>
  );
  // One-line facts (a name, a telephone, an address) in one-line inputs; the story in text areas.
  const long = WRITTEN_REPORT_LONG_FIELDS.includes(field);
  return (
    <FieldGroup
      id={`report-${field}`}
      label={text}
      hint={field === 'childName' ? t('responseWeb.written.childNameHint') : undefined}
      error={error}
    >
      {({ className, ...control }) =>
        long ? (
          <textarea
            {...control}
            className={className('usa-textarea')}
            rows={3}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            className={className('usa-input')}
            type={field === 'reporterPhone' ? 'tel' : 'text'}
            autoComplete={AUTOCOMPLETE[field] ?? 'off'}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FieldGroup>
  );
}

/** The reporter's own details are about the person typing (WCAG 1.3.5); the child's are not to be filled from theirs. */
const AUTOCOMPLETE: Partial<Record<WrittenReportField, string>> = {
  reporterName: 'name',
  reporterPhone: 'work tel',
};

function MethodSelect({ state, error }: { state: ReportState; error: string | undefined }) {
  const { t, locale } = useMessages();
  return (
    <FieldGroup id="report-sent-via" label={t('responseWeb.written.method')} error={error}>
      {({ className, ...control }) => (
        <select
          {...control}
          className={className('usa-select')}
          value={state.sending.via}
          disabled={state.stage === 'reviewing'}
          onChange={(e) => state.setSending({ via: e.target.value as typeof state.sending.via })}
        >
          <option value="">{t('responseWeb.choose')}</option>
          {WRITTEN_REPORT_METHODS.map((m) => (
            <option key={m} value={m}>
              {methodName(m, locale)}
            </option>
          ))}
        </select>
      )}
    </FieldGroup>
  );
}

/**
 * What will be recorded (to whom, when, how), with "Confirm" and "Go back"; it takes focus when it appears, and "Go
 * back" returns focus to the button that opened it.
 */
function Review({ response, state, zone }: { response: ResponseView; state: ReportState; zone: string }) {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const via = state.sending.via;
  return (
    <div className="usa-summary-box margin-top-3" data-testid="written-report-review-step">
      <div className="usa-summary-box__body">
        <h3 className="usa-summary-box__heading" ref={heading} tabIndex={-1}>
          {t('responseWeb.written.reviewHeading')}
        </h3>
        <div className="usa-summary-box__text">
          <dl className="harbor-facts">
            <div>
              <dt>{t('responseWeb.written.reviewRecipient')}</dt>
              <dd>{recipientTitle(recipientOf(response), locale)}</dd>
            </div>
            <div>
              <dt>{t('responseWeb.written.reviewAt')}</dt>
              <dd>{countyTime(fromLocalInput(state.sending.at, zone))}</dd>
            </div>
            <div>
              <dt>{t('responseWeb.written.reviewMethod')}</dt>
              <dd>{via ? methodName(via, locale) : ''}</dd>
            </div>
          </dl>
          <h4>{t('responseWeb.written.reviewContent')}</h4>
          <ReportFacts fields={state.report?.fields ?? {}} heading="h5" />
          <p>{t('responseWeb.written.reviewNote')}</p>
          <ConfirmButtons
            confirm={t('responseWeb.written.submit')}
            onConfirm={() => void state.save(true)}
            back={t('responseWeb.written.goBack')}
            onBack={() => {
              flushSync(state.goBack);
              document.getElementById('written-report-review')?.focus();
            }}
          />
        </div>
      </div>
    </div>
  );
}

/**
 * What a report says, part by part (the reporter, the child, the person suspected, the suspicion): the fields filled
 * in, and the child's name as not known when it is empty (PC 11167(a): "if known"). The read-only view and the review
 * before it is marked sent.
 */
function ReportFacts({
  fields,
  heading: Heading,
}: {
  fields: Partial<Record<WrittenReportField, string>>;
  heading: 'h3' | 'h5';
}) {
  const { t } = useMessages();
  const shownValue = (field: WrittenReportField) =>
    fields[field]?.trim() || (field === 'childName' ? t('response.writtenReport.childNameUnknown') : '');
  return (
    <>
      {WRITTEN_REPORT_SECTIONS.map((section) => {
        const shown = section.fields.filter((field: WrittenReportField) => shownValue(field));
        if (shown.length === 0) return null;
        return (
          <div key={section.id} data-testid={`report-facts-${section.id}`}>
            <Heading>{t(`response.writtenReport.section.${section.id}`)}</Heading>
            <dl className="harbor-facts">
              {shown.map((field: WrittenReportField) => (
                <div key={field}>
                  <dt>{t(label(field))}</dt>
                  <dd>{shownValue(field)}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </>
  );
}
