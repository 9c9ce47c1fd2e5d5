import { WRITTEN_REPORT_FIELDS } from '@harbor/core';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type ResponseView, writtenReportPath } from './api';
import { useWrittenReport } from './use-report-forms';
import type { After } from './use-response';

/** The written report (SS 8572) after the telephone report: its clock, its PDF, its fields, and submitting it. */
export function WrittenReportSection({ response, after }: { response: ResponseView; after: After }) {
  const countyTime = useCountyTime();
  const { t } = useMessages();
  const { report, setField, submittedAt, setSubmittedAt, save } = useWrittenReport(response, after);
  if (!report) return null;
  const step = response.steps.find((s) => s.stepId === 'written-report');
  return (
    <section aria-labelledby="written-report-heading" data-testid="written-report">
      <h2 id="written-report-heading">{t('response.writtenReport.pdfTitle')}</h2>
      {step?.dueAt && step.status === 'pending' && (
        <p data-testid="written-report-clock">{t('responseWeb.written.clock', { time: countyTime(step.dueAt) })}</p>
      )}
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
    </section>
  );
}
