import { WRITTEN_REPORT_FIELDS, type WrittenReportField } from '@harbor/core';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSignedIn } from '../../session';
import { type ResponseView, type WrittenReportView, writtenReportPath } from './api';
import { useWrittenReport } from './use-report-forms';
import type { After } from './use-response';

/** The written report (SS 8572) after the telephone report: its clock, its PDF, its fields, and submitting it. */
export function WrittenReportSection({ response, after }: { response: ResponseView; after: After }) {
  const countyTime = useCountyTime();
  const { t } = useMessages();
  const { report, setField, submittedAt, setSubmittedAt, save } = useWrittenReport(response, after);
  const info = useSignedIn();
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
      {!report.fields ? (
        <>
          {/* PC 11167(d): the report is the reporter's, their supervisors' and child welfare's; others see when. */}
          <p className="harbor-measure" data-testid="written-report-confidential">
            {t('response.writtenReport.confidential')}
          </p>
          {report.submittedAt && (
            <p>
              <strong>{t('responseWeb.written.submittedOn', { time: countyTime(report.submittedAt) })}</strong>
            </p>
          )}
        </>
      ) : (
        <WrittenReportForm
          report={{ ...report, fields: report.fields }}
          {...{ setField, submittedAt, setSubmittedAt, save }}
          response={response}
          readOnly={reporter !== info.user.id}
        />
      )}
    </section>
  );
}

function WrittenReportForm({
  report,
  response,
  setField,
  submittedAt,
  setSubmittedAt,
  save,
  readOnly,
}: {
  readOnly: boolean;
  report: WrittenReportView & { fields: NonNullable<WrittenReportView['fields']> };
  response: ResponseView;
  setField: (field: WrittenReportField, value: string) => void;
  submittedAt: string;
  setSubmittedAt: (value: string) => void;
  save: (submit: boolean) => Promise<void>;
}) {
  const countyTime = useCountyTime();
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
          {report.submittedAt ? (
            <p>
              <strong>{t('responseWeb.written.submittedOn', { time: countyTime(report.submittedAt) })}</strong>
            </p>
          ) : (
            <p>{t('responseWeb.written.readOnly')}</p>
          )}
          <dl className="harbor-facts" data-testid="written-report-fields">
            {WRITTEN_REPORT_FIELDS.filter((field) => report.fields[field].trim() !== '').map((field) => (
              <div key={field}>
                <dt>{t(`response.writtenReport.field.${field}` as AppMessageKey)}</dt>
                <dd>{report.fields[field]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <form
          className="usa-form usa-form--large"
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
        >
          {WRITTEN_REPORT_FIELDS.map((field) => (
            <div className="usa-form-group" key={field}>
              <label className="usa-label" htmlFor={`report-${field}`}>
                {t(`response.writtenReport.field.${field}` as AppMessageKey)}
              </label>
              <textarea
                className="usa-textarea"
                id={`report-${field}`}
                rows={2}
                value={report.fields[field]}
                onChange={(e) => setField(field, e.target.value)}
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
    </>
  );
}
