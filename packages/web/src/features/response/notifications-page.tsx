import type { ProtocolDefinition } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { protocolsOf } from '../../protocols';
import { refreshUnreadCount, setUnreadCount } from '../../unread-notifications';
import { usePageTitle } from '../../use-page-title';
import { notificationLink, notificationText } from '../../work-lines';
import { listNotifications, markAllNotificationsRead, markNotificationRead, type Note } from './api';
import { useNow } from './use-response';

/** /app/notifications: overdue steps and safety steps, newest first, each saying for whom, what and how late. */
export function NotificationsPage() {
  const { t, locale } = useMessages();
  usePageTitle('responseWeb.notifications.title');
  const countyTime = useCountyTime();
  const now = useNow();
  const [items, setItems] = useState<Note[] | null>(null);
  const [protocols, setProtocols] = useState<Map<string, ProtocolDefinition>>(new Map());
  const [notice, setNotice] = useState('');
  const load = useCallback(async () => {
    const result = await listNotifications();
    if (!result.ok) return setItems([]);
    setProtocols(await protocolsOf(result.data.items));
    setItems(result.data.items);
    setUnreadCount(result.data.unread);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const text = (n: Note) => notificationText(n, protocols.get(`${n.protocolId}@${n.protocolVersion}`), now, t, locale);

  const markRead = async (n: Note) => {
    await markNotificationRead(n.id);
    await load();
    await refreshUnreadCount();
  };
  const markAll = async () => {
    const result = await markAllNotificationsRead();
    if (result.ok) setNotice(t('responseWeb.notifications.allRead'));
    await load();
    await refreshUnreadCount();
  };

  const unread = items?.filter((n) => n.readAt === null).length ?? 0;
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.notifications.title')}</h1>
      <p role="status" data-testid="notifications-notice">
        {notice}
      </p>
      {items === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('responseWeb.notifications.none')}</p>
      ) : (
        <>
          {unread > 0 && (
            <button type="button" className="usa-button usa-button--outline" onClick={() => void markAll()}>
              {t('responseWeb.notifications.markAll')}
            </button>
          )}
          <ul className="harbor-lines" data-testid="notifications">
            {items.map((n) => {
              const to = notificationLink(n);
              return (
                <li key={n.id} data-testid="notification" data-unread={n.readAt === null ? 'true' : 'false'}>
                  <span className="usa-sr-only">
                    {n.readAt ? t('responseWeb.notifications.read') : t('responseWeb.notifications.unreadLabel')}:{' '}
                  </span>
                  {to ? (
                    <Link
                      className={n.readAt ? 'usa-link' : 'usa-link text-bold'}
                      to={to}
                      onClick={() => void markNotificationRead(n.id).then(() => refreshUnreadCount())}
                    >
                      {text(n)}
                    </Link>
                  ) : (
                    <span className={n.readAt ? undefined : 'text-bold'}>{text(n)}</span>
                  )}
                  <span className="harbor-line__meta">{countyTime(n.createdAt)}</span>
                  {n.readAt === null && (
                    <button type="button" className="usa-button usa-button--unstyled" onClick={() => void markRead(n)}>
                      {t('responseWeb.notifications.markRead')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
