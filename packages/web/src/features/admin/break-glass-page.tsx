import { Fragment, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { type BreakGlassGrant, listBreakGlassGrants } from './api';

/** The most grants the API lists (newest first); more than that are in the audit log. */
const API_LIMIT = 100;

/** A record id that may wrap at its hyphens on a narrow screen (copying it still gives the id unchanged). */
function BreakableId({ id }: { id: string }) {
  const parts = id.split('-');
  return (
    <code>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one id never move
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              -<wbr />
            </>
          )}
        </Fragment>
      ))}
    </code>
  );
}

/**
 * For supervisors: the emergency (break-glass) accesses to youth on their agency's care teams, newest first, with who,
 * when, until when, whether still active, the youth record's id (no youth content) and the reason in full.
 */
export function AdminBreakGlassPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.breakGlass.title');
  const countyTime = useCountyTime();
  const info = useSignedIn();
  const mayReadAudit = roleMay(info.user.role, 'audit.read');
  const [grants, setGrants] = useState<BreakGlassGrant[] | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [loading, setLoading] = useState(true);
  // "Still active" changes as time passes: look again every 30 seconds.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const load = useCallback(async () => {
    setLoading(true);
    const g = await listBreakGlassGrants();
    setLoading(false);
    setNow(Date.now());
    if (g.ok) {
      setProblem(null);
      setGrants(g.data);
    } else setProblem((was) => ({ value: problemOf(g), attempt: (was?.attempt ?? 0) + 1 }));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('admin.breakGlass.title')}</h1>
      <p className="usa-intro">{t('admin.breakGlass.intro')}</p>
      <p>{t('admin.breakGlass.review')}</p>

      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt} testId="admin-problem">
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
          <button
            type="button"
            className="usa-button usa-button--outline margin-top-1"
            disabled={loading}
            onClick={() => void load()}
          >
            {t('admin.breakGlass.retry')}
          </button>
        </FocusAlert>
      )}

      {grants === null ? (
        loading && <p role="status">{t('admin.loading')}</p>
      ) : grants.length === 0 ? (
        <p role="status" data-testid="break-glass-empty">
          {t('admin.breakGlass.empty')}
        </p>
      ) : (
        <>
          <table
            className="usa-table usa-table--borderless usa-table--stacked-header width-full"
            data-testid="break-glass-table"
          >
            <caption>{t('admin.breakGlass.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.breakGlass.who')}</th>
                <th scope="col">{t('admin.breakGlass.opened')}</th>
                <th scope="col">{t('admin.breakGlass.until')}</th>
                <th scope="col">{t('admin.breakGlass.status')}</th>
                <th scope="col">{t('admin.breakGlass.youth')}</th>
                <th scope="col">{t('admin.breakGlass.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {grants.map((grant) => {
                // The server's word at load time; the end time then passes on this device's clock.
                const active = grant.active && Date.parse(grant.expiresAt) > now;
                return (
                  <tr key={grant.id} data-testid="break-glass-row" data-youth-id={grant.youthId}>
                    <th scope="row" data-label={t('admin.breakGlass.who')}>
                      {grant.userName}
                      <br />
                      <span className="text-normal">{grant.userAgencyName}</span>
                    </th>
                    <td data-label={t('admin.breakGlass.opened')}>
                      <time dateTime={grant.grantedAt}>{countyTime(grant.grantedAt)}</time>
                    </td>
                    <td data-label={t('admin.breakGlass.until')}>
                      <time dateTime={grant.expiresAt}>{countyTime(grant.expiresAt)}</time>
                    </td>
                    <td data-label={t('admin.breakGlass.status')} data-testid="break-glass-status">
                      {active ? <strong>{t('admin.breakGlass.active')}</strong> : t('admin.breakGlass.ended')}
                    </td>
                    <td data-label={t('admin.breakGlass.youth')}>
                      <BreakableId id={grant.youthId} />
                      {mayReadAudit && (
                        <>
                          <br />
                          <Link
                            className="usa-link"
                            to={`/app/admin/audit?youthId=${encodeURIComponent(grant.youthId)}`}
                            data-testid="break-glass-audit-link"
                          >
                            {t('admin.breakGlass.auditLink')}
                          </Link>
                        </>
                      )}
                    </td>
                    <td data-label={t('admin.breakGlass.reason')} className="text-pre-line">
                      {grant.reason}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {grants.length >= API_LIMIT && <p>{t('admin.breakGlass.limit', { count: API_LIMIT })}</p>}
        </>
      )}
    </div>
  );
}
