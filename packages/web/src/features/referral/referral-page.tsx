import { REFERRAL_ACTIONS, type ReferralAction, type ReferralStatus } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ApiResult } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { message, type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { getReferral, type ReferralView } from './api';
import { ReferralActions } from './referral-actions';
import { ReferralClocks } from './referral-clocks';
import { ReferralEvents } from './referral-events';
import { ReferralFacts } from './referral-facts';
import { ReferralEligibility } from './referral-send';

/**
 * The last action's outcome, kept as message keys and problems (not text), so that a language switch translates it:
 * its heading (with the status it led to) and its lines (a refusal's message and reasons).
 */
type Flash = {
  type: 'success' | 'error' | 'info';
  heading: AppMessageKey;
  status?: ReferralStatus;
  lines: Problem[];
  key: number;
} | null;

/** What the form that made the referral says it came to (router state), for the page's first alert. */
type Outcome = { outcome: 'sent' } | { outcome: 'draft' } | { outcome: 'notSent'; error: ApiResult<unknown> };

/** The time now, again every 30 seconds, for the clocks to count down. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * /app/referrals/:id: the referral as the viewer's side may see it: its status, the youth, the service and both
 * agencies, why and how urgently, the basis for sharing and what is shared, how to reach the youth safely, the
 * eligibility (and, on a draft, sending it), the clocks on the county's clock, what the viewer's side may do, and every
 * event (who, agency, when, note).
 */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { t, locale } = useMessages();
  usePageTitle('referralWeb.title');
  const now = useNow();
  const [referral, setReferral] = useState<ReferralView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [closed, setClosed] = useState<ReferralStatus | null>(null);
  const outcome = useLocation().state as Outcome | null;
  /** A refusal's message and each of its reasons (a send the eligibility refuses lists them as fields). */
  const failure = (result: ApiResult<unknown>): Problem[] =>
    result.ok
      ? []
      : [
          problemOf(result),
          ...(result.kind === 'api'
            ? (result.error.fields ?? []).map((f): Problem => ({ kind: 'text', text: f.message }))
            : []),
        ];
  const [flash, setFlash] = useState<Flash>(() => {
    if (outcome?.outcome === 'sent') return { type: 'success', heading: 'referralWeb.outcome.sent', lines: [], key: 1 };
    if (outcome?.outcome === 'draft')
      return {
        type: 'info',
        heading: 'referralWeb.outcome.notSent',
        lines: [message('referralWeb.outcome.draft')],
        key: 1,
      };
    if (outcome?.outcome === 'notSent')
      return { type: 'error', heading: 'referralWeb.outcome.notSent', lines: failure(outcome.error), key: 1 };
    return null;
  });

  const load = useCallback(async () => {
    const result = await getReferral(id);
    if (result.ok) setReferral(result.data);
    else setProblem(problemOf(result));
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  /** After an action: read the referral again first, so the confirmation takes focus on a page showing the change. */
  const after = async (result: ApiResult<unknown>, action: ReferralAction): Promise<boolean> => {
    const key = (flash?.key ?? 0) + 1;
    if (result.ok) {
      const fresh = await getReferral(id);
      // A referral the receiving agency closed is no longer shared with it: the page says so instead of the record.
      if (!fresh.ok && fresh.kind === 'api' && fresh.status === 404) setClosed(REFERRAL_ACTIONS[action]);
      if (fresh.ok) setReferral(fresh.data);
      const status = fresh.ok ? fresh.data.status : REFERRAL_ACTIONS[action];
      setFlash({ type: 'success', heading: 'referralWeb.action.done', status, lines: [], key });
      return true;
    }
    setFlash({ type: 'error', heading: 'referralWeb.action.notSaved', lines: failure(result), key });
    if (result.kind === 'api' && result.status === 409) await load();
    return false;
  };

  if (closed)
    return (
      <div className="grid-container usa-section harbor-page">
        <h1>{t('referralWeb.title')}</h1>
        <FocusAlert
          type="success"
          heading={t('referralWeb.action.done', { status: t(`referral.status.${closed}` as AppMessageKey) })}
          testId="referral-flash"
        >
          <p className="usa-alert__text">{t('referralWeb.closedForReceiver')}</p>
        </FocusAlert>
        <p>
          <Link className="usa-link" to="/app">
            {t('referralWeb.backHome')}
          </Link>
        </p>
      </div>
    );
  if (problem)
    return (
      <div className="grid-container usa-section harbor-page">
        <h1>{t('referralWeb.title')}</h1>
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">{problemText(problem, t, locale)}</p>
        </FocusAlert>
      </div>
    );
  if (!referral)
    return (
      <p role="status" className="grid-container usa-section">
        {t('referralWeb.loading')}
      </p>
    );
  const youth = referral.youth?.name ?? referral.youth?.initials ?? t('referralWeb.someone');
  const age = referral.youth?.age ?? null;
  return (
    <div className="grid-container usa-section harbor-page">
      <h1 data-testid="referral-heading">{t('referralWeb.heading', { service: referral.service.name })}</h1>
      <p className="usa-intro text-bold" data-testid="referral-youth">
        {age === null ? t('referralWeb.about', { youth }) : t('referralWeb.aboutAge', { youth, age })}
      </p>
      <p className="usa-intro">
        <span className="usa-tag harbor-tag" data-testid="referral-status">
          {t(`referral.status.${referral.status}` as AppMessageKey)}
        </span>{' '}
        {t(`referral.urgency.${referral.urgency}` as AppMessageKey)}
        {referral.closureReason && ` · ${t(`referral.closure.${referral.closureReason}` as AppMessageKey)}`}
      </p>
      {flash && (
        <FocusAlert
          type={flash.type}
          heading={t(
            flash.heading,
            flash.status ? { status: t(`referral.status.${flash.status}` as AppMessageKey) } : undefined,
          )}
          focusKey={flash.key}
          testId="referral-flash"
        >
          {flash.lines
            .map((problem) => problemText(problem, t, locale))
            .map((line) => (
              <p key={line} className="usa-alert__text">
                {line}
              </p>
            ))}
        </FocusAlert>
      )}
      <p className="harbor-no-print">
        {referral.sides.includes('referring') && (
          <>
            <Link className="usa-link" to={`/app/youth/${encodeURIComponent(referral.youthId)}`}>
              {t('referralWeb.youthLink')}
            </Link>
            {' · '}
          </>
        )}
        <Link className="usa-link" to={`/app/directory/${encodeURIComponent(referral.service.id)}`}>
          {t('referralWeb.serviceLink')}
        </Link>
        {' · '}
        <Link className="usa-link" to="/help/referrals#follow">
          {t('referralWeb.helpFollow')}
        </Link>
        {referral.status === 'draft' && referral.actions.includes('send') && (
          <>
            {' · '}
            <Link
              className="usa-link"
              to={`/app/referrals/${encodeURIComponent(referral.id)}/edit`}
              data-testid="referral-edit"
            >
              {t('referralWeb.edit.link')}
            </Link>
          </>
        )}
      </p>
      {referral.status === 'draft' ? (
        <>
          <ReferralFacts referral={referral} />
          <ReferralEligibility referral={referral} after={after} />
          <ReferralActions referral={referral} after={after} />
        </>
      ) : (
        <>
          <ReferralActions referral={referral} after={after} />
          <ReferralClocks referral={referral} now={now} />
          <ReferralFacts referral={referral} />
          <ReferralEligibility referral={referral} after={after} />
        </>
      )}
      <ReferralEvents events={referral.events} />
    </div>
  );
}
