import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n';
import { listYouthReferrals, type ReferralLine, ReferralLines } from '../../referral-lines';

/** The youth's referrals, newest first, each with its service, the receiving agency, its status and when it was sent. */
export function YouthReferrals({ youthId }: { youthId: string }) {
  const { t } = useMessages();
  const [rows, setRows] = useState<ReferralLine[] | null>(null);
  useEffect(() => {
    void listYouthReferrals(youthId).then((result) => setRows(result.ok ? result.data.items : []));
  }, [youthId]);
  return (
    <section aria-labelledby="youth-referrals-heading" data-testid="youth-referrals">
      <h2 id="youth-referrals-heading">{t('referralWeb.youth.heading')}</h2>
      {rows === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('referralWeb.youth.none')}</p>
      ) : (
        <ReferralLines items={rows} naming="service" />
      )}
    </section>
  );
}
