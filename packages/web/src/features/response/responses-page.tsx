import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CheckboxField } from '../../components/checkbox-field';
import { FindYouth } from '../../components/find-youth';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { youthOfLine } from '../../work-lines';
import { getYouthName, listResponses, type ResponseFilters, type ResponseLine } from './api';

const OPENED_BY = ['recovery', 'disclosure', 'hotline_call', 'ran_from_placement', 'screening'] as const;

/**
 * /app/responses: the responses I work on (or my agency's, for supervisors), newest first, a page at a time, filtered
 * by status, overdue steps, what opened them and the youth (?youth=<id> from a youth's page).
 */
export function ResponsesPage() {
  const { t, locale } = useMessages();
  usePageTitle('responseList.title');
  const info = useSignedIn();
  const countyTime = useCountyTime();
  const [params, setParams] = useSearchParams();
  const youthParam = params.get('youth');
  const [draft, setDraft] = useState<ResponseFilters>({
    scope: 'mine',
    status: 'all',
    overdue: false,
    openedBy: [],
    youthId: youthParam,
  });
  const [applied, setApplied] = useState<ResponseFilters>(draft);
  const [youthName, setYouthName] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [rows, setRows] = useState<ResponseLine[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);

  // The youth of ?youth= by name (a read of their identity, through the gate).
  useEffect(() => {
    if (!youthParam) return;
    void getYouthName(youthParam).then((result) => {
      if (result.ok) {
        const y = result.data;
        setYouthName(y.legalName ? `${y.legalName.given} ${y.legalName.family}` : (y.namesUsed?.[0] ?? ''));
      }
    });
  }, [youthParam]);

  // Only the newest request's answer is shown (an earlier filter answered later must not replace the one asked since).
  const latest = useRef(0);
  const load = useCallback(async (filters: ResponseFilters, after: string | null) => {
    const asked = ++latest.current;
    const result = await listResponses(filters, after);
    if (asked !== latest.current) return;
    if (!result.ok) {
      setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
      return;
    }
    setProblem(null);
    setRows((was) => [...(after ? (was ?? []) : []), ...result.data.items]);
    setCursor(result.data.nextCursor);
  }, []);
  useEffect(() => {
    void load(applied, null);
  }, [applied, load]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ ...draft, openedBy: [...draft.openedBy] });
  };
  const chooseYouth = (youth: { id: string; name: string } | null) => {
    setYouthName(youth?.name ?? null);
    setFinding(false);
    const next = { ...draft, youthId: youth?.id ?? null };
    setDraft(next);
    setApplied(next);
    setParams(youth ? { youth: youth.id } : {}, { replace: true });
  };
  const toggle = (kind: string, on: boolean) =>
    setDraft((d) => ({ ...d, openedBy: on ? [...d.openedBy, kind] : d.openedBy.filter((k) => k !== kind) }));

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseList.title')}</h1>
      <p className="usa-intro harbor-measure">{t('responseList.intro')}</p>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t('responseList.filters')}</h2>
        <form className="usa-form maxw-none" onSubmit={apply}>
          <div className="harbor-filters">
            {info.user.role === 'supervisor' && (
              <div className="usa-form-group">
                <label className="usa-label" htmlFor="filter-scope">
                  {t('responseList.scope')}
                </label>
                <select
                  className="usa-select"
                  id="filter-scope"
                  value={draft.scope}
                  onChange={(e) => setDraft({ ...draft, scope: e.target.value as 'mine' | 'agency' })}
                >
                  <option value="mine">{t('responseList.scope.mine')}</option>
                  <option value="agency">{t('responseList.scope.agency')}</option>
                </select>
              </div>
            )}
            <div className="usa-form-group">
              <label className="usa-label" htmlFor="filter-status">
                {t('responseList.status')}
              </label>
              <select
                className="usa-select"
                id="filter-status"
                value={draft.status}
                onChange={(e) => setDraft({ ...draft, status: e.target.value as ResponseFilters['status'] })}
              >
                {(['all', 'open', 'closed'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(`responseList.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="usa-fieldset">
              <legend className="usa-legend">{t('responseList.openedBy')}</legend>
              {OPENED_BY.map((kind) => (
                <CheckboxField
                  key={kind}
                  id={`filter-opened-${kind}`}
                  label={t(`responseWeb.openedBy.${kind}` as AppMessageKey)}
                  checked={draft.openedBy.includes(kind)}
                  onChange={(checked) => toggle(kind, checked)}
                  className=""
                />
              ))}
            </fieldset>
            <div className="usa-form-group">
              <CheckboxField
                id="filter-overdue"
                label={t('responseList.overdue')}
                checked={draft.overdue}
                onChange={(checked) => setDraft({ ...draft, overdue: checked })}
                className=""
              />
            </div>
          </div>
          <button type="submit" className="usa-button margin-top-2">
            {t('responseList.apply')}
          </button>
        </form>
        <div className="margin-top-2" data-testid="filter-youth">
          <p>
            <strong>{t('responseList.youth')}: </strong>
            {applied.youthId ? t('responseList.youth.chosen', { name: youthName ?? '…' }) : t('responseList.youth.any')}
          </p>
          {applied.youthId ? (
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => chooseYouth(null)}>
              {t('responseList.youth.clear')}
            </button>
          ) : finding ? (
            <FindYouth
              idPrefix="filter"
              heading={t('responseList.youth.find')}
              chooseLabel={(name) => t('responseList.youth.choose', { name })}
              onChoose={chooseYouth}
            />
          ) : (
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setFinding(true)}>
              {t('responseList.youth.find')}
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="usa-sr-only">
          {t('responseList.title')}
        </h2>
        {rows === null ? (
          <p role="status">{t('admin.loading')}</p>
        ) : (
          <>
            <p role="status" data-testid="responses-count">
              {rows.length === 0 ? t('responseList.none') : t('responseList.count', { count: rows.length })}
            </p>
            <ul className="harbor-lines" data-testid="responses">
              {rows.map((r) => (
                <li key={r.id} data-testid="response-line">
                  <Link className="usa-link" to={`/app/responses/${r.id}`}>
                    {t('work.response.line', { youth: youthOfLine(r, t), openedBy: r.openedBy })}
                  </Link>{' '}
                  <span className="usa-tag">
                    {r.status === 'open' ? t('responseList.statusOpen') : t('responseList.statusClosed')}
                  </span>
                  <span className={r.overdueSteps > 0 ? 'harbor-line__meta harbor-overdue' : 'harbor-line__meta'}>
                    {t('work.response.meta', {
                      time: countyTime(r.openedAt),
                      overdue: r.overdueSteps,
                      pending: r.pendingSteps,
                    })}
                  </span>
                  {r.nextDueAt && (
                    <span className="harbor-line__meta">
                      {t('responseList.nextDue', { time: countyTime(r.nextDueAt) })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {cursor && (
              <button
                type="button"
                className="usa-button usa-button--outline"
                onClick={() => void load(applied, cursor)}
              >
                {t('responseList.more')}
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
