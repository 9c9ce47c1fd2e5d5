import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { listYouthResponses, type YouthResponse } from './api';

/** The youth's responses, newest first: what opened each, when and by whom, and whether steps are open or overdue. */
export function YouthResponses({ youthId }: { youthId: string }) {
  const { t } = useMessages();
  const countyTime = useCountyTime();
  const [rows, setRows] = useState<YouthResponse[] | null>(null);
  useEffect(() => {
    void listYouthResponses(youthId).then((result) => setRows(result.ok ? result.data : []));
  }, [youthId]);
  return (
    <section aria-labelledby="youth-responses-heading">
      <h2 id="youth-responses-heading">{t('youthPage.section.responses')}</h2>
      {rows === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('youthPage.responses.none')}</p>
      ) : (
        <ul className="harbor-lines" data-testid="youth-responses">
          {rows.map((r) => (
            <li key={r.id} data-testid="youth-response">
              <Link className="usa-link" to={`/app/responses/${r.id}`}>
                {t('youthPage.responses.line', {
                  openedBy: r.opened_by,
                  time: countyTime(r.opened_at),
                  opener: r.opener_name,
                })}
              </Link>
              <span className={r.overdue_steps > 0 ? 'harbor-line__meta harbor-overdue' : 'harbor-line__meta'}>
                {t('youthPage.responses.state', { open: String(r.status === 'open'), overdue: r.overdue_steps })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="harbor-no-print">
        <Link className="usa-link" to={`/app/responses?youth=${encodeURIComponent(youthId)}`}>
          {t('youthPage.responses.all')}
        </Link>
      </p>
    </section>
  );
}
