import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ButtonGroup } from '../../components/button-group';
import { FocusAlert } from '../../components/focus-alert';
import { TextAreaField } from '../../components/text-area-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { usePrintMark } from '../../print-mark';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { editReport, getReport, moveReport, type Report, reportPdfPath } from './api';
import { SubmitProblem } from './submit-problem';
import { useSubmit } from './use-submit';

/**
 * /app/courts/reports/:id: an agency's progress report to the court, with only what the court may receive on its
 * legal basis. Its author edits the draft's sections, signs it (then it no longer changes) and sends it; anyone who
 * may read it downloads the PDF, in the report's language.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useMessages();
  usePageTitle('courtsWeb.report.title');
  usePrintMark(t('print.confidential'));
  const me = useSignedIn().user;
  const [report, setReport] = useState<Report | null | 'missing'>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ key: AppMessageKey; n: number } | null>(null);
  const submit = useSubmit();
  const load = useCallback(async () => {
    const r = await getReport(id);
    if (!r.ok) return setReport('missing');
    setReport(r.data);
    setTexts(Object.fromEntries(r.data.sections.flatMap((s) => (s.text === undefined ? [] : [[s.id, s.text]]))));
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (report === null) return <p className="grid-container usa-section">{t('admin.loading')}</p>;
  if (report === 'missing')
    return (
      <div className="grid-container usa-section harbor-page">
        <FocusAlert type="error" heading={t('courtsWeb.report.missing')} />
      </div>
    );
  const author = report.author.userId === me.id;
  const editable = author && report.status === 'draft';
  const done = (key: AppMessageKey) => async () => {
    await load();
    setNotice((n) => ({ key, n: (n?.n ?? 0) + 1 }));
  };
  const facts: [AppMessageKey, string | undefined][] = [
    ['court.report.youth', report.youthName],
    ['court.report.program', report.program?.name],
    ['court.report.phase', report.phase],
    ['court.report.hearing', report.hearing && `${report.hearing.hearingOn}, ${report.hearing.department}`],
    ['court.report.agency', report.agency.name],
    ['court.report.author', report.author.name],
    ['court.report.dueOn', report.dueOn],
    ['courtsWeb.report.status', t(`court.report.status.${report.status}` as AppMessageKey)],
    ['courtsWeb.report.language', report.locale === 'es' ? 'Español' : 'English'],
  ];
  return (
    <div className="grid-container usa-section harbor-page">
      <p className="harbor-print-mark">{t('print.confidential')}</p>
      <h1>{t('courtsWeb.report.title')}</h1>
      <p className="usa-intro harbor-measure">{t('courtsWeb.report.intro')}</p>
      {notice && <FocusAlert type="success" heading={t(notice.key)} focusKey={notice.n} testId="report-notice" />}
      {report.overdue && (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('courtsWeb.report.overdue', { day: report.dueOn })}</p>
          </div>
        </div>
      )}
      <dl className="harbor-facts" data-testid="report-facts">
        {facts
          .filter(([, v]) => v !== undefined)
          .map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <SubmitProblem submit={submit} />
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit.run(
            () => editReport(id, { version: report.version, sections: texts }),
            done('courtsWeb.report.saved'),
          );
        }}
      >
        {report.sections.map((s) =>
          s.text === undefined ? (
            <p key={s.id}>
              <strong>{t(`court.report.section.${s.id}` as AppMessageKey)}</strong>: {t('courtsWeb.report.hidden')}
            </p>
          ) : (
            <TextAreaField
              key={s.id}
              id={`report-section-${s.id}`}
              label={t(`court.report.section.${s.id}` as AppMessageKey)}
              value={texts[s.id] ?? ''}
              readOnly={!editable}
              error={submit.fields.sections}
              onChange={(e) => setTexts((x) => ({ ...x, [s.id]: e.target.value }))}
            />
          ),
        )}
        <ButtonGroup className="margin-top-2 harbor-no-print">
          {editable && (
            <button type="submit" className="usa-button usa-button--outline" disabled={submit.busy}>
              {t('courtsWeb.report.save')}
            </button>
          )}
          {editable && (
            <button
              type="button"
              className="usa-button"
              disabled={submit.busy}
              onClick={() =>
                void submit.run(() => moveReport(id, 'sign', report.version), done('courtsWeb.report.signedNotice'))
              }
            >
              {t('courtsWeb.report.sign')}
            </button>
          )}
          {author && report.status === 'signed' && (
            <button
              type="button"
              className="usa-button"
              disabled={submit.busy}
              onClick={() =>
                void submit.run(() => moveReport(id, 'send', report.version), done('courtsWeb.report.sentNotice'))
              }
            >
              {t('courtsWeb.report.send')}
            </button>
          )}
          <a className="usa-button usa-button--outline" href={reportPdfPath(id)} download data-testid="report-pdf">
            {t('courtsWeb.report.pdf', { language: report.locale === 'es' ? 'español' : 'English' })}
          </a>
        </ButtonGroup>
      </form>
    </div>
  );
}
