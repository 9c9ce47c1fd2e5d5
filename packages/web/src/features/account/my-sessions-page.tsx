import { useCallback, useEffect, useState } from 'react';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { endMySession, listMySessions, type OpenSession } from './api';
import { describeUserAgent } from './user-agent';

type Outcome = { kind: 'ended'; device: string } | { kind: 'problem'; problem: Problem };

/** "My sessions": where I am signed in, with a way to end the sessions on other devices. */
export function MySessionsPage() {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  usePageTitle('page.mySessions.title');
  const [sessions, setSessions] = useState<OpenSession[] | null>(null);
  const [outcome, setOutcome] = useState<{ value: Outcome; attempt: number } | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const tell = useCallback((value: Outcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })), []);

  const load = useCallback(async () => {
    const result = await listMySessions();
    if (result.ok) setSessions(result.data);
    else if (!(result.kind === 'api' && result.status === 401)) tell({ kind: 'problem', problem: problemOf(result) });
  }, [tell]);

  useEffect(() => {
    void load();
  }, [load]);

  const device = (session: OpenSession): string => {
    const { browser, system } = describeUserAgent(session.userAgent);
    if (browser && system) return t('mySessions.device', { browser, system });
    return browser ?? system ?? t('mySessions.unknownDevice');
  };

  const end = async (session: OpenSession) => {
    if (ending) return;
    setEnding(session.id);
    const result = await endMySession(session.id);
    setEnding(null);
    if (result.ok || (result.kind === 'api' && result.status === 404)) {
      // 404: it had ended already (signed out, timed out); either way it is gone now.
      tell({ kind: 'ended', device: device(session) });
    } else if (!(result.kind === 'api' && result.status === 401)) {
      tell({ kind: 'problem', problem: problemOf(result) });
    }
    await load();
  };

  return (
    <div className="grid-container usa-section harbor-page">
      <div className="grid-row">
        <div className="desktop:grid-col-9">
          <h1>{t('mySessions.heading')}</h1>
          <p className="harbor-measure">{t('mySessions.intro')}</p>

          {outcome?.value.kind === 'ended' && (
            <FocusAlert type="success" heading={t('mySessions.ended.heading')} focusKey={outcome.attempt}>
              <p className="usa-alert__text">{t('mySessions.ended.body', { device: outcome.value.device })}</p>
            </FocusAlert>
          )}
          {outcome?.value.kind === 'problem' && (
            <FocusAlert type="error" heading={t('mySessions.error.heading')} focusKey={outcome.attempt}>
              <p className="usa-alert__text">{problemText(outcome.value.problem, t, locale)}</p>
              {sessions === null && (
                <p>
                  <button type="button" className="usa-button usa-button--outline" onClick={() => void load()}>
                    {t('mySessions.reload')}
                  </button>
                </p>
              )}
            </FocusAlert>
          )}

          {sessions === null ? (
            !outcome && (
              <p className="harbor-loading" role="status">
                {t('mySessions.loading')}
              </p>
            )
          ) : (
            <>
              <p data-testid="session-count">{t('mySessions.count', { count: sessions.length })}</p>
              <ul className="harbor-sessions" data-testid="sessions">
                {sessions.map((session) => {
                  const name = device(session);
                  const started = countyTime(session.createdAt);
                  return (
                    <li
                      key={session.id}
                      className={session.current ? 'harbor-session harbor-session--current' : 'harbor-session'}
                      data-testid="session"
                    >
                      <h2 className="harbor-session__device">
                        {name}
                        {session.current && (
                          <span className="usa-tag harbor-session__tag">{t('mySessions.current')}</span>
                        )}
                      </h2>
                      <dl className="harbor-facts harbor-facts--inline">
                        <dt>{t('mySessions.started')}</dt>
                        <dd>{started}</dd>
                        <dt>{t('mySessions.lastActive')}</dt>
                        <dd>{countyTime(session.lastSeenAt)}</dd>
                      </dl>
                      {!session.current && (
                        <button
                          type="button"
                          className="usa-button usa-button--secondary harbor-session__end"
                          onClick={() => void end(session)}
                          disabled={ending !== null}
                        >
                          {ending === session.id ? t('mySessions.ending') : t('mySessions.end')}
                          <span className="usa-sr-only"> {t('mySessions.endDetails', { device: name, started })}</span>
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
