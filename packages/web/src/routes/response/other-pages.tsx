import type { ProtocolDefinition } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { dueText, fromLocalInput, protocolOf, stepTitle, toLocalInput } from './response-api';

/** /app/responses/new?screening=… or ?youth=…: open a response to an identified or recovered youth. */
export function NewResponsePage() {
  const { t, locale } = useMessages();
  usePageTitle('responseWeb.open.title');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const screeningId = params.get('screening');
  const youthId = params.get('youth');
  const [openedBy, setOpenedBy] = useState(screeningId ? 'screening' : 'recovery');
  const [recoveredAt, setRecoveredAt] = useState(() => toLocalInput(new Date()));
  const [onProbation, setOnProbation] = useState(false);
  const [problem, setProblem] = useState<{ value: Problem; key: number } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.post<{ id: string }>('/api/v1/responses', {
      openedBy,
      ...(screeningId && openedBy === 'screening' ? { screeningId } : {}),
      ...(youthId ? { youthId } : {}),
      ...(openedBy === 'recovery' ? { recoveredAt: fromLocalInput(recoveredAt) } : {}),
      onProbation,
    });
    if (result.ok) navigate(`/app/responses/${result.data.id}`);
    else setProblem((was) => ({ value: problemOf(result), key: (was?.key ?? 0) + 1 }));
  };
  const kinds = screeningId ? ['screening'] : ['recovery', 'disclosure', 'hotline_call'];
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.open.title')}</h1>
      <p className="usa-intro harbor-measure">{t('responseWeb.open.intro')}</p>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.key}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('responseWeb.open.how')}</legend>
          {kinds.map((k) => (
            <div className="usa-radio" key={k}>
              <input
                className="usa-radio__input"
                type="radio"
                id={`opened-${k}`}
                name="openedBy"
                value={k}
                checked={openedBy === k}
                onChange={() => setOpenedBy(k)}
              />
              <label className="usa-radio__label" htmlFor={`opened-${k}`}>
                {t(`responseWeb.openedBy.${k}` as never)}
              </label>
            </div>
          ))}
        </fieldset>
        {openedBy === 'recovery' && (
          <TextField
            id="recovered-at"
            label={t('responseWeb.open.recoveredAt')}
            type="datetime-local"
            value={recoveredAt}
            onChange={(e) => setRecoveredAt(e.target.value)}
          />
        )}
        <div className="usa-checkbox margin-top-2">
          <input
            className="usa-checkbox__input"
            type="checkbox"
            id="on-probation"
            checked={onProbation}
            onChange={(e) => setOnProbation(e.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor="on-probation">
            {t('responseWeb.open.onProbation')}
          </label>
        </div>
        <button type="submit" className="usa-button margin-top-2">
          {t('responseWeb.open.submit')}
        </button>
      </form>
    </div>
  );
}

interface Deadline {
  responseId: string;
  stepId: string;
  dueAt: string;
  overdue: boolean;
  protocolId: string;
  protocolVersion: number;
}

/** /app/deadlines: what is due soon and what is overdue, most urgent first; mine, or my agency's for supervisors. */
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
    const result = await api.get<Deadline[]>(`/api/v1/deadlines?scope=${scope}&hours=${hours}`);
    if (!result.ok) return setRows([]);
    const found = new Map<string, ProtocolDefinition>();
    for (const row of result.data) {
      const key = `${row.protocolId}@${row.protocolVersion}`;
      if (!found.has(key)) {
        const protocol = await protocolOf(row.protocolId, row.protocolVersion);
        if (protocol) found.set(key, protocol);
      }
    }
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
              <th scope="col">{t('responseWeb.deadlines.step')}</th>
              <th scope="col">{t('responseWeb.deadlines.due')}</th>
              <th scope="col">{t('responseWeb.deadlines.left')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const due = dueText(row.dueAt, now, t as never);
              return (
                <tr key={`${row.responseId}-${row.stepId}`} data-testid="deadline-row">
                  <th scope="row" data-label={t('responseWeb.deadlines.step')}>
                    <Link className="usa-link" to={`/app/responses/${row.responseId}#step-${row.stepId}`}>
                      {stepTitle(protocols.get(`${row.protocolId}@${row.protocolVersion}`) ?? null, row.stepId, locale)}
                    </Link>
                  </th>
                  <td data-label={t('responseWeb.deadlines.due')}>{countyTime(row.dueAt)}</td>
                  <td data-label={t('responseWeb.deadlines.left')}>
                    {due.overdue ? <strong>⚠ {due.text}</strong> : due.text}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

interface Note {
  id: string;
  kind: 'step_overdue' | 'step_overdue_supervisor' | 'crisis';
  responseId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** /app/notifications: overdue steps and safety steps, newest first. */
export function NotificationsPage() {
  const { t } = useMessages();
  usePageTitle('responseWeb.notifications.title');
  const countyTime = useCountyTime();
  const [items, setItems] = useState<Note[] | null>(null);
  const load = useCallback(async () => {
    const result = await api.get<{ unread: number; items: Note[] }>('/api/v1/notifications');
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
              {t(`responseWeb.notifications.${n.kind}` as never)} · {countyTime(n.createdAt)}{' '}
              {n.responseId && (
                <Link
                  className="usa-link"
                  to={`/app/responses/${n.responseId}`}
                  onClick={() => void api.post(`/api/v1/notifications/${n.id}/read`)}
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
