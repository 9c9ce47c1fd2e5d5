import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { ScreeningSummary } from '../../offline/api-types';
import { useOnline } from '../../offline/online';
import { screeningLevelText } from '../../screening-level';
import { listMyScreenings } from './api';
import { youthText } from './use-youth-name';

/** My drafts and my screenings not linked to a youth yet, from the server (not available offline). */
export function ServerLists({ titles }: { titles: Map<string, string> }) {
  const { t } = useMessages();
  const countyTime = useCountyTime();
  const online = useOnline();
  const [list, setList] = useState<ScreeningSummary[] | 'unavailable' | null>(null);

  useEffect(() => {
    if (!online) {
      setList('unavailable');
      return;
    }
    let live = true;
    void listMyScreenings().then((result) => {
      if (live) setList(result.ok ? result.data : 'unavailable');
    });
    return () => {
      live = false;
    };
  }, [online]);

  if (list === null) return null;
  if (list === 'unavailable') {
    return (
      <section aria-labelledby="server-heading">
        <h2 id="server-heading">{t('screeningForm.server.heading')}</h2>
        <p data-testid="server-unavailable">{t('screeningForm.server.unavailable')}</p>
      </section>
    );
  }
  const drafts = list.filter((s) => s.status === 'draft');
  const unlinked = list.filter((s) => s.status === 'completed' && s.youthId === null && s.correctedBy === null);
  const row = (s: ScreeningSummary, testId: string) => (
    <li className="usa-collection__item" key={s.id} data-testid={testId}>
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading">
          <Link className="usa-link" to={`/app/screenings/${encodeURIComponent(s.id)}`}>
            {titles.get(s.instrumentId) ?? s.instrumentId}
          </Link>
        </h3>
        <ul className="usa-collection__meta" aria-label={t('screeningForm.list.details')}>
          {s.level && (
            <li className="usa-collection__meta-item">
              {t('screeningForm.list.level', { level: screeningLevelText(s, t) })}
            </li>
          )}
          <li className="usa-collection__meta-item">{youthText(s.youthId, s.youth, t)}</li>
          <li className="usa-collection__meta-item">
            {t('screeningForm.list.changed', { when: countyTime(s.updatedAt) })}
          </li>
        </ul>
      </div>
    </li>
  );
  return (
    <>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('screeningForm.server.drafts')}</h2>
        {drafts.length === 0 ? (
          <p>{t('screeningForm.server.noDrafts')}</p>
        ) : (
          <ul className="usa-collection" data-testid="server-drafts-list">
            {drafts.map((s) => row(s, 'server-draft'))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unlinked-heading">
        <h2 id="unlinked-heading">{t('screeningForm.server.unlinked')}</h2>
        {unlinked.length === 0 ? (
          <p>{t('screeningForm.server.noUnlinked')}</p>
        ) : (
          <ul className="usa-collection" data-testid="server-unlinked-list">
            {unlinked.map((s) => row(s, 'server-unlinked'))}
          </ul>
        )}
      </section>
    </>
  );
}
