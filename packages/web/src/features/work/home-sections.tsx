import type { Permission, ProtocolDefinition } from '@harbor/core';
import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { protocolsOf } from '../../protocols';
import { listReferralQueue, ReferralLines } from '../../referral-lines';
import { setUnreadCount } from '../../unread-notifications';
import {
  deadlineOfLine,
  notificationLink,
  notificationText,
  protocolKey,
  stepRows,
  youthOfLine,
} from '../../work-lines';
import { type DeadlineRow, listDeadlines, listMyScreenings, listNotifications, listOpenResponses } from './api';
import { type Loaded, useLoad, useNow } from './use-load';

/** A section of the home: a heading, what it lists (or why it lists nothing), and a link to the whole list. */
function Section({
  id,
  heading,
  loaded,
  empty,
  more,
  children,
}: {
  id: string;
  heading: string;
  loaded: Loaded<unknown> | { state: 'ready' };
  empty: string | null;
  more?: { to: string; label: string };
  children?: ReactNode;
}) {
  const { t } = useMessages();
  return (
    <section aria-labelledby={`${id}-heading`} className="harbor-panel" data-testid={`home-${id}`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {loaded.state === 'loading' && <p role="status">{t('work.loading')}</p>}
      {loaded.state === 'failed' && <p>{t('work.failed')}</p>}
      {loaded.state === 'ready' && (empty !== null ? <p>{empty}</p> : children)}
      {more && (
        <p>
          <Link className="usa-link" to={more.to}>
            {more.label}
          </Link>
        </p>
      )}
    </section>
  );
}

/**
 * The protocols the rows name (for the steps' titles), fetched when the set of protocol versions changes (not at
 * every render); null until they are in, so that no line shows a step's id instead of its title.
 */
function useProtocols(rows: readonly { protocolId: string | null; protocolVersion: number | null }[] | null) {
  const [protocols, setProtocols] = useState<Map<string, ProtocolDefinition> | null>(null);
  const versions = [...new Set((rows ?? []).map((r) => `${r.protocolId}@${r.protocolVersion}`))].sort().join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the versions named decide; rows is read for them
  useEffect(() => {
    let live = true;
    if (rows) void protocolsOf(rows).then((found) => live && setProtocols(found));
    return () => {
      live = false;
    };
  }, [versions]);
  return protocols;
}

/**
 * Steps and referrals' clocks due in the next 24 hours and overdue, most urgent first, each naming the youth, what is
 * due and who acts.
 */
function DeadlineList({ rows }: { rows: DeadlineRow[] }) {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  const now = useNow();
  const protocols = useProtocols(stepRows(rows));
  if (!protocols) return <p role="status">{t('work.loading')}</p>;
  return (
    <ul className="harbor-lines">
      {rows.slice(0, 10).map((row) => {
        const line = deadlineOfLine(row, protocols.get(protocolKey(row)), now, t, locale);
        return (
          <li key={line.key} data-testid="home-deadline">
            <Link className="usa-link" to={line.to}>
              <span className={line.overdue ? 'harbor-overdue' : undefined}>
                {line.overdue ? '⚠ ' : ''}
                {line.text}
              </span>
            </Link>
            <span className="harbor-line__meta">{t('work.deadlines.dueAt', { time: countyTime(row.dueAt) })}</span>
          </li>
        );
      })}
    </ul>
  );
}

function MyDeadlines({ scope }: { scope: 'mine' | 'agency' }) {
  const { t } = useMessages();
  const loaded = useLoad(() => listDeadlines(scope, 24), scope);
  const rows = loaded.state === 'ready' ? loaded.data : null;
  return (
    <Section
      id={`deadlines-${scope}`}
      heading={t(scope === 'mine' ? 'work.deadlines.mine' : 'work.deadlines.agency')}
      loaded={loaded}
      empty={rows && rows.length === 0 ? t('work.deadlines.none') : null}
      more={{ to: '/app/deadlines', label: t('work.deadlines.all') }}
    >
      {rows && <DeadlineList rows={rows} />}
    </Section>
  );
}

function MyOpenResponses() {
  const { t } = useMessages();
  const countyTime = useCountyTime();
  const loaded = useLoad(() => listOpenResponses(5));
  const rows = loaded.state === 'ready' ? loaded.data.items : null;
  return (
    <Section
      id="responses"
      heading={t('work.responses.heading')}
      loaded={loaded}
      empty={rows && rows.length === 0 ? t('work.responses.none') : null}
      more={{ to: '/app/responses', label: t('work.responses.all') }}
    >
      <ul className="harbor-lines">
        {rows?.map((r) => (
          <li key={r.id} data-testid="home-response">
            <Link className="usa-link" to={`/app/responses/${r.id}`}>
              {t('work.response.line', { youth: youthOfLine(r, t), openedBy: r.openedBy })}
            </Link>
            <span className="harbor-line__meta">
              {t('work.response.meta', {
                time: countyTime(r.openedAt),
                overdue: r.overdueSteps,
                pending: r.pendingSteps,
              })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function MyScreenings() {
  const { t } = useMessages();
  const loaded = useLoad(listMyScreenings);
  const rows =
    loaded.state === 'ready'
      ? loaded.data.filter((s) => s.status === 'draft' || (s.youthId === null && s.correctedBy === null))
      : null;
  return (
    <Section
      id="screenings"
      heading={t('work.screenings.heading')}
      loaded={loaded}
      empty={rows && rows.length === 0 ? t('work.screenings.none') : null}
      more={{ to: '/app/screenings', label: t('work.screenings.all') }}
    >
      <ul className="harbor-lines">
        {rows?.map((s) => (
          <li key={s.id} data-testid="home-screening">
            <Link className="usa-link" to={`/app/screenings/${encodeURIComponent(s.id)}`}>
              {s.status === 'draft'
                ? s.youth
                  ? t('work.screenings.draft', { youth: s.youth.name })
                  : t('work.screenings.draftUnidentified')
                : t('work.screenings.unlinked')}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function UnreadNotifications() {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  const now = useNow();
  const loaded = useLoad(listNotifications);
  const data = loaded.state === 'ready' ? loaded.data : null;
  useEffect(() => {
    if (data) setUnreadCount(data.unread);
  }, [data]);
  const rows = data ? data.items.filter((n) => n.readAt === null) : null;
  const protocols = useProtocols(rows);
  return (
    <Section
      id="notifications"
      heading={t('work.notifications.heading')}
      loaded={loaded}
      empty={rows && rows.length === 0 ? t('work.notifications.none') : null}
      more={{ to: '/app/notifications', label: t('work.notifications.all') }}
    >
      {!protocols && <p role="status">{t('work.loading')}</p>}
      <ul className="harbor-lines">
        {protocols &&
          rows?.slice(0, 5).map((n) => {
            const to = notificationLink(n);
            const text = notificationText(n, protocols.get(`${n.protocolId}@${n.protocolVersion}`), now, t, locale);
            return (
              <li key={n.id} data-testid="home-notification">
                {to ? (
                  <Link className="usa-link" to={to}>
                    {text}
                  </Link>
                ) : (
                  text
                )}
                <span className="harbor-line__meta">{countyTime(n.createdAt)}</span>
              </li>
            );
          })}
      </ul>
    </Section>
  );
}

/** Referrals waiting on my agency (its queue) or on the agencies mine referred to, each line to the referral. */
function ReferralsWaiting({ side }: { side: 'incoming' | 'outgoing' }) {
  const { t } = useMessages();
  const loaded = useLoad(() => listReferralQueue(side), side);
  const rows = loaded.state === 'ready' ? loaded.data.items : null;
  const id = side === 'incoming' ? 'referrals-waiting-on-me' : 'referrals-waiting-on-others';
  return (
    <Section
      id={id}
      heading={t(side === 'incoming' ? 'referralWeb.home.waitingOnMe' : 'referralWeb.home.waitingOnOthers')}
      loaded={loaded}
      empty={
        rows && rows.length === 0
          ? t(side === 'incoming' ? 'referralWeb.home.waitingOnMeNone' : 'referralWeb.home.waitingOnOthersNone')
          : null
      }
      more={{ to: '/app/referrals', label: t('referralWeb.home.all') }}
    >
      {rows && <ReferralLines items={rows.slice(0, 10)} naming="youth" />}
    </Section>
  );
}

/**
 * The sections of the home, in order, each shown when the person's role holds its permission (the server decides
 * either way).
 */
export const HOME_SECTIONS: readonly {
  id: string;
  permission?: Permission;
  supervisorOnly?: boolean;
  Component: ComponentType;
}[] = [
  { id: 'deadlines-mine', permission: 'youth.read', Component: () => <MyDeadlines scope="mine" /> },
  {
    id: 'deadlines-agency',
    permission: 'youth.read',
    supervisorOnly: true,
    Component: () => <MyDeadlines scope="agency" />,
  },
  { id: 'responses', permission: 'youth.read', Component: MyOpenResponses },
  { id: 'referrals-waiting-on-me', permission: 'youth.read', Component: () => <ReferralsWaiting side="incoming" /> },
  {
    id: 'referrals-waiting-on-others',
    permission: 'youth.read',
    Component: () => <ReferralsWaiting side="outgoing" />,
  },
  { id: 'screenings', permission: 'youth.write', Component: MyScreenings },
  { id: 'notifications', Component: UnreadNotifications },
];
