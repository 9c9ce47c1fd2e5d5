import type { ProtocolDefinition } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { protocolsOf } from '../../protocols';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { deadlineOfLine, protocolKey, stepRows } from '../../work-lines';
import { type Deadline, listDeadlines } from './api';

/**
 * /app/deadlines: what is due soon and what is overdue, most urgent first (protocol steps and referrals' clocks); mine,
 * or my agency's for supervisors.
 */
export function DeadlinesPage() {
  const { t, locale } = useMessages();
  usePageTitle('responseWeb.deadlines.title');
  const countyTime = useCountyTime();
  const info = useSignedIn();
  const [scope, setScope] = useState<'mine' | 'agency'>('mine');
  const [hours, setHours] = useState(72);
  const [rows, setRows] = useState<Deadline[] | null>(null);
  const [protocols, setProtocols] = useState<Map<string, ProtocolDefinition>>(new Map());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const load = useCallback(async () => {
    const result = await listDeadlines(scope, hours);
    if (!result.ok) return setRows([]);
    const found = await protocolsOf(stepRows(result.data));
    setProtocols(found);
    setRows(result.data);
    setNow(Date.now());
  }, [scope, hours]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.deadlines.title')}</h1>
      <form className="usa-form" onSubmit={(e) => e.preventDefault()}>
        {info.user.role === 'supervisor' && (
          <div className="usa-form-group">
            <label className="usa-label" htmlFor="deadline-scope">
              {t('responseWeb.deadlines.scope')}
            </label>
            <select
              className="usa-select"
              id="deadline-scope"
              value={scope}
              onChange={(e) => setScope(e.target.value as 'mine' | 'agency')}
            >
              <option value="mine">{t('responseWeb.deadlines.mine')}</option>
              <option value="agency">{t('responseWeb.deadlines.agency')}</option>
            </select>
          </div>
        )}
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="deadline-window">
            {t('responseWeb.deadlines.window')}
          </label>
          <select
            className="usa-select"
            id="deadline-window"
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
          >
            {[24, 72, 168].map((h) => (
              <option key={h} value={h}>
                {t('responseWeb.deadlines.next', { hours: h })}
              </option>
            ))}
          </select>
        </div>
      </form>
      {rows === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : rows.length === 0 ? (
        <p role="status">{t('responseWeb.deadlines.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full" data-testid="deadlines">
          <caption>{t('responseWeb.deadlines.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('responseWeb.deadlines.what')}</th>
              <th scope="col">{t('responseWeb.deadlines.due')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const line = deadlineOfLine(row, protocols.get(protocolKey(row)), now, t, locale);
              return (
                <tr key={line.key} data-testid="deadline-row">
                  <th scope="row" data-label={t('responseWeb.deadlines.what')}>
                    <Link className="usa-link" to={line.to}>
                      {line.overdue ? <strong>⚠ {line.text}</strong> : line.text}
                    </Link>
                  </th>
                  <td data-label={t('responseWeb.deadlines.due')}>{countyTime(row.dueAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
