import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { type BreakGlassGrant, listBreakGlassGrants } from './api';
import './audit.css';
import { BreakGlassReviewForm, type ReviewSaved } from './break-glass-review-form';

/** The most grants the API lists (newest first); more than that are in the audit log. */
const API_LIMIT = 100;
const COLUMNS = 7;

/**
 * For supervisors: the emergency (break-glass) accesses to youth on their agency's care teams, newest first, with who,
 * when, until when, whether still active, the youth (named: the agency is on the care team) and the reason in full,
 * and the agency's review of each: justified, or follow-up needed, with a note; an access not reviewed yet is marked
 * as waiting. The supervisor records or changes the review in place.
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
  /** The access whose review form is open, and how many times its save met someone else's change. */
  const [editing, setEditing] = useState<{ id: string; conflicts: number } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusButton, setFocusButton] = useState<{ id: string } | null>(null);
  // "Still active" changes as time passes: look again every 30 seconds.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (focusButton) buttons.current.get(focusButton.id)?.focus();
  }, [focusButton]);

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

  const close = (grantId: string) => {
    setEditing(null);
    setFocusButton({ id: grantId });
  };
  const onSaved = (grant: BreakGlassGrant, outcome: ReviewSaved) => {
    if (outcome.kind === 'saved') {
      setGrants((was) => was?.map((g) => (g.id === grant.id ? { ...g, review: outcome.review } : g)) ?? was);
      setSaved(t('admin.breakGlass.saved'));
      close(grant.id);
    } else {
      setEditing((was) => (was ? { ...was, conflicts: was.conflicts + 1 } : was));
      void load();
    }
  };

  const waiting = grants?.filter((g) => g.review === null).length ?? 0;

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

      <p role="status" className="text-bold" data-testid="break-glass-saved">
        {saved}
      </p>

      {grants === null ? (
        loading && <p>{t('admin.loading')}</p>
      ) : grants.length === 0 ? (
        <p data-testid="break-glass-empty">{t('admin.breakGlass.empty')}</p>
      ) : (
        <>
          <p data-testid="break-glass-waiting-count">{t('admin.breakGlass.waitingCount', { count: waiting })}</p>
          <table
            className="usa-table usa-table--borderless usa-table--stacked-header harbor-review-table width-full"
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
                <th scope="col" className="harbor-review-table__review">
                  {t('admin.breakGlass.reviewColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {grants.map((grant) => {
                // The server's word at load time; the end time then passes on this device's clock.
                const active = grant.active && Date.parse(grant.expiresAt) > now;
                const own = grant.userId === info.user.id;
                const open = editing?.id === grant.id;
                const review = grant.review;
                return (
                  <Fragment key={grant.id}>
                    <tr data-testid="break-glass-row" data-youth-id={grant.youthId} data-grant-id={grant.id}>
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
                      <td data-label={t('admin.breakGlass.youth')} data-testid="break-glass-youth">
                        {grant.youthName && <span className="display-block text-bold">{grant.youthName}</span>}
                        <span className="display-block">{t('admin.breakGlass.youthRef', { ref: grant.youthRef })}</span>
                        {mayReadAudit && (
                          <Link
                            className="usa-link"
                            to={`/app/admin/audit?youthId=${encodeURIComponent(grant.youthId)}`}
                            data-testid="break-glass-audit-link"
                          >
                            {t('admin.breakGlass.auditLink')}
                          </Link>
                        )}
                      </td>
                      <td data-label={t('admin.breakGlass.reason')} className="text-pre-line">
                        {grant.reason}
                      </td>
                      <td data-label={t('admin.breakGlass.reviewColumn')} data-testid="break-glass-review">
                        {review ? (
                          <>
                            <strong className="display-block" data-testid="break-glass-disposition">
                              {t(`admin.audit.value.disposition.${review.disposition}`)}
                            </strong>
                            <span className="display-block">
                              {t('admin.breakGlass.reviewedBy', {
                                name: review.reviewerName,
                                when: countyTime(review.reviewedAt),
                              })}
                            </span>
                            {review.note && (
                              <span className="display-block text-pre-line" data-testid="break-glass-note">
                                {review.note}
                              </span>
                            )}
                          </>
                        ) : (
                          <span
                            className="usa-tag text-no-uppercase harbor-review-waiting"
                            data-testid="break-glass-disposition"
                          >
                            {t('admin.breakGlass.waiting')}
                          </span>
                        )}
                        {own ? (
                          <span className="display-block margin-top-1">{t('admin.breakGlass.ownAccess')}</span>
                        ) : (
                          !open && (
                            <button
                              type="button"
                              className="usa-button usa-button--outline display-block margin-top-1"
                              ref={(element) => {
                                if (element) buttons.current.set(grant.id, element);
                                else buttons.current.delete(grant.id);
                              }}
                              onClick={() => {
                                setSaved(null);
                                setEditing({ id: grant.id, conflicts: 0 });
                              }}
                              data-testid="break-glass-review-button"
                            >
                              {t(review ? 'admin.breakGlass.change' : 'admin.breakGlass.record')}
                              <span className="usa-sr-only">
                                {' '}
                                {t('admin.breakGlass.ofAccess', {
                                  name: grant.userName,
                                  when: countyTime(grant.grantedAt),
                                })}
                              </span>
                            </button>
                          )
                        )}
                      </td>
                    </tr>
                    {open && (
                      <tr data-testid="break-glass-review-row">
                        <td colSpan={COLUMNS} className="harbor-review-table__form">
                          <BreakGlassReviewForm
                            key={grant.id}
                            grant={grant}
                            conflict={editing.conflicts}
                            onSaved={(outcome) => onSaved(grant, outcome)}
                            onCancel={() => close(grant.id)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
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
