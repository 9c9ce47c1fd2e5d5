import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { usePageTitle } from '../../use-page-title';
import { listReportsDue, type ReportDue } from './api';

/**
 * /app/courts/reports: the progress reports the caller's agency owes the specialty courts, for hearings in the next
 * two weeks and every earlier one: the due day, late or not, and the report if started. Where an overdue report's
 * notification leads.
 */
export function ReportsPage() {
  const { t } = useMessages();
  usePageTitle('courtsWeb.reports.title');
  const [items, setItems] = useState<ReportDue[] | null>(null);
  useEffect(() => {
    void listReportsDue(14).then((r) => setItems(r.ok ? r.data.items : []));
  }, []);
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('courtsWeb.reports.title')}</h1>
      <p className="usa-intro harbor-measure">{t('courtsWeb.reports.intro')}</p>
      {items === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('courtsWeb.reports.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled" data-testid="court-reports-due">
          {items.map((r) => (
            <li key={r.hearing?.id ?? r.youthId} className="margin-bottom-2" data-testid="court-report-due">
              <Link className="usa-link" to={`/app/youth/${encodeURIComponent(r.youthId)}#court`}>
                {r.youth?.initials ?? t('work.youth.someone')}
              </Link>
              {r.hearing &&
                ` · ${t('courtsWeb.reports.hearing', { day: r.hearing.hearingOn, department: r.hearing.department })}`}
              {r.dueOn && (
                <span className={r.overdue ? 'text-error-dark text-bold' : undefined}>
                  {' · '}
                  {t(r.overdue ? 'courtsWeb.reports.late' : 'courtsWeb.reports.due', { day: r.dueOn })}
                </span>
              )}
              {r.report && (
                <>
                  {' · '}
                  <Link className="usa-link" to={`/app/courts/reports/${encodeURIComponent(r.report.id)}`}>
                    {t(`court.report.status.${r.report.status}` as AppMessageKey)}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
