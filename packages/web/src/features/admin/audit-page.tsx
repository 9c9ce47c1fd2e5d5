import { AUDIT_EVENTS } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { formatDateTime } from '../../format';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { type AuditEntry, auditExportPath, type Filters, searchAudit } from './api';
import { ScrollRegion } from './scroll-region';

const EMPTY: Filters = { actorUserId: '', youthId: '', event: '', from: '', to: '' };

/** Filters given in the address (e.g. `?youthId=…` from the break-glass review), the others empty. */
const filtersIn = (params: URLSearchParams): Filters => ({ ...EMPTY, youthId: params.get('youthId') ?? '' });

/** The audit viewer: filters, newest-first results with "older entries", and a CSV export of the same search. */
export function AdminAuditPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.audit.title');
  const [params] = useSearchParams();
  const [initial] = useState(() => filtersIn(params));
  const [draft, setDraft] = useState<Filters>(initial);
  const [filters, setFilters] = useState<Filters>(initial);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);

  const load = useCallback(async (search: Filters, before?: number) => {
    const result = await searchAudit(search, before);
    if (result.ok) {
      setProblem(null);
      setEntries((was) => (before && was ? [...was, ...result.data.entries] : result.data.entries));
      setNextBefore(result.data.nextBefore);
    } else setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  }, []);
  useEffect(() => {
    void load(initial);
  }, [load, initial]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    void load(draft);
  };
  const field = (key: keyof Filters) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('admin.audit.title')}</h1>
      <form className="usa-form" onSubmit={search} data-testid="audit-filters">
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('admin.audit.filters')}</legend>
          <label className="usa-label" htmlFor="audit-user">
            {t('admin.audit.user')}
          </label>
          <input className="usa-input" id="audit-user" autoComplete="off" {...field('actorUserId')} />
          <label className="usa-label" htmlFor="audit-youth">
            {t('admin.audit.youth')}
          </label>
          <input className="usa-input" id="audit-youth" autoComplete="off" {...field('youthId')} />
          <label className="usa-label" htmlFor="audit-event">
            {t('admin.audit.event')}
          </label>
          <select className="usa-select" id="audit-event" {...field('event')}>
            <option value="">{t('admin.audit.anyEvent')}</option>
            {AUDIT_EVENTS.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
          <label className="usa-label" htmlFor="audit-from">
            {t('admin.audit.from')}
          </label>
          <input className="usa-input" id="audit-from" type="date" {...field('from')} />
          <label className="usa-label" htmlFor="audit-to">
            {t('admin.audit.to')}
          </label>
          <input className="usa-input" id="audit-to" type="date" {...field('to')} />
        </fieldset>
        <button type="submit" className="usa-button">
          {t('admin.audit.search')}
        </button>
      </form>
      <p>
        <a className="usa-link" href={auditExportPath(filters)} download data-testid="audit-csv">
          {t('admin.audit.export')}
        </a>
      </p>

      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt} testId="admin-problem">
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}

      {entries === null ? (
        !problem && <p role="status">{t('admin.loading')}</p>
      ) : entries.length === 0 ? (
        <p role="status">{t('admin.audit.empty')}</p>
      ) : (
        <>
          <ScrollRegion label={t('admin.audit.caption')}>
            <table className="usa-table usa-table--borderless usa-table--compact" data-testid="audit-table">
              <caption>{t('admin.audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.audit.at')}</th>
                  <th scope="col">{t('admin.audit.event')}</th>
                  <th scope="col">{t('admin.audit.actor')}</th>
                  <th scope="col">{t('admin.audit.youth')}</th>
                  <th scope="col">{t('admin.audit.outcome')}</th>
                  <th scope="col">{t('admin.audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.seq} data-testid="audit-row">
                    <th scope="row">{formatDateTime(entry.at, locale)}</th>
                    <td data-testid="audit-event">{entry.event}</td>
                    <td>{entry.actorUserId ?? ''}</td>
                    <td>{entry.youthId ?? ''}</td>
                    <td>{entry.outcome}</td>
                    <td>
                      {[entry.fields.join(' '), Object.keys(entry.details).length ? JSON.stringify(entry.details) : '']
                        .filter(Boolean)
                        .join(' ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {nextBefore !== null && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => void load(filters, nextBefore)}
            >
              {t('admin.audit.older')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
