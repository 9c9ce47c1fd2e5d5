import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { ScreeningSummary } from '../../offline/api-types';
import { screeningLevelText } from '../../screening-level';
import { listYouthScreenings } from './api';

/**
 * The youth's completed screenings over time, and a way to start one for a reader who may write to the record (the
 * youth page's `mayWrite`: a receiving agency reading through a referral, or break-glass, is offered none).
 */
export function YouthScreenings({ youthId, mayStart }: { youthId: string; mayStart: boolean }) {
  const { t } = useMessages();
  const countyTime = useCountyTime();
  const [rows, setRows] = useState<ScreeningSummary[] | null>(null);
  useEffect(() => {
    void listYouthScreenings(youthId).then((result) => {
      setRows(result.ok ? result.data.filter((s) => s.status === 'completed') : []);
    });
  }, [youthId]);
  return (
    <section aria-labelledby="youth-screenings-heading">
      <h2 id="youth-screenings-heading">{t('youthPage.section.screenings')}</h2>
      {mayStart && (
        <p>
          <Link
            className="usa-button usa-button--outline"
            to={`/app/screenings/new?youth=${encodeURIComponent(youthId)}`}
          >
            {t('youthPage.screenings.start')}
          </Link>
        </p>
      )}
      {rows === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('youthPage.screenings.none')}</p>
      ) : (
        <table
          className="usa-table usa-table--borderless usa-table--stacked-header width-full"
          data-testid="youth-screenings"
        >
          <caption>{t('youthPage.screenings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('youthPage.screenings.when')}</th>
              <th scope="col">{t('youthPage.screenings.level')}</th>
              <th scope="col">{t('youthPage.screenings.by')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <th scope="row" data-label={t('youthPage.screenings.when')}>
                  <Link className="usa-link" to={`/app/screenings/${s.id}`}>
                    {s.completedAt ? countyTime(s.completedAt) : '—'}
                  </Link>
                  {s.corrects && (
                    <span className="display-block text-normal">{t('youthPage.screenings.correction')}</span>
                  )}
                </th>
                <td data-label={t('youthPage.screenings.level')}>
                  {s.level ? screeningLevelText(s, t) : '—'}
                  {s.correctedBy && (
                    <span className="display-block text-normal">{t('youthPage.screenings.corrected')}</span>
                  )}
                </td>
                <td data-label={t('youthPage.screenings.by')}>{s.completedByName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
