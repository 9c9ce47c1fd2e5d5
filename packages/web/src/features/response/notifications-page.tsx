import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { usePageTitle } from '../../use-page-title';
import { listNotifications, markNotificationRead, type Note } from './api';

/** /app/notifications: overdue steps and safety steps, newest first. */
export function NotificationsPage() {
  const { t } = useMessages();
  usePageTitle('responseWeb.notifications.title');
  const countyTime = useCountyTime();
  const [items, setItems] = useState<Note[] | null>(null);
  const load = useCallback(async () => {
    const result = await listNotifications();
    setItems(result.ok ? result.data.items : []);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.notifications.title')}</h1>
      {items === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('responseWeb.notifications.none')}</p>
      ) : (
        <ul className="usa-list" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? undefined : 'text-bold'}>
              {t(`responseWeb.notifications.${n.kind}`)} · {countyTime(n.createdAt)}{' '}
              {n.responseId && (
                <Link
                  className="usa-link"
                  to={`/app/responses/${n.responseId}`}
                  onClick={() => void markNotificationRead(n.id)}
                >
                  {t('responseWeb.notifications.open')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
