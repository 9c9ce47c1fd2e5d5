import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n';
import { listReferralQueue, type ReferralLine, ReferralLines } from '../../referral-lines';
import { usePageTitle } from '../../use-page-title';

/** One side's open referrals, all of them (My Harbor shows the first ten). */
function Side({ side }: { side: 'incoming' | 'outgoing' }) {
  const { t } = useMessages();
  const [rows, setRows] = useState<ReferralLine[] | null | 'failed'>(null);
  useEffect(() => {
    void listReferralQueue(side).then((result) => setRows(result.ok ? result.data.items : 'failed'));
  }, [side]);
  const heading = side === 'incoming' ? 'referralWeb.home.waitingOnMe' : 'referralWeb.home.waitingOnOthers';
  const none = side === 'incoming' ? 'referralWeb.home.waitingOnMeNone' : 'referralWeb.home.waitingOnOthersNone';
  return (
    <section aria-labelledby={`referrals-${side}-heading`} data-testid={`referrals-${side}`}>
      <h2 id={`referrals-${side}-heading`}>{t(heading)}</h2>
      {rows === null && <p role="status">{t('referralWeb.loading')}</p>}
      {rows === 'failed' && <p>{t('work.failed')}</p>}
      {Array.isArray(rows) && (rows.length === 0 ? <p>{t(none)}</p> : <ReferralLines items={rows} naming="youth" />)}
    </section>
  );
}

/**
 * /app/referrals: every open referral waiting on my agency (its queue: to accept, waitlist or reject, to start, to
 * complete) and every one my agency sent that waits on another, each line to the referral's page.
 */
export function ReferralsPage() {
  const { t } = useMessages();
  usePageTitle('referralWeb.list.title');
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('referralWeb.list.title')}</h1>
      <p className="usa-intro harbor-measure">{t('referralWeb.list.intro')}</p>
      <Side side="incoming" />
      <Side side="outgoing" />
    </div>
  );
}
