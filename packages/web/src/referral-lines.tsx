import type { Infer, ReferralList } from '@harbor/core';
import { Link } from 'react-router';
import { api } from './api';
import { useCountyTime } from './county-time';
import { useMessages } from './i18n';
import type { AppMessageKey } from './messages';

/**
 * Lines of referrals, shown by several features (the youth's page: the youth's referrals and their status over time;
 * My Harbor: what waits on me and what waits on others), so they live beside them, like work-lines.ts. Each line links
 * to the referral's page, names the service (or, on My Harbor, the youth by initials and the service), the other
 * agency, the status and when it was sent, on the county's clock.
 */
export type ReferralLine = Infer<typeof ReferralList>['items'][number];

/** The youth's referrals, newest first. */
export const listYouthReferrals = (youthId: string) =>
  api.get<Infer<typeof ReferralList>>(`/api/v1/youth/${encodeURIComponent(youthId)}/referrals`);

/** "Waiting on me" (the receiving agency's queue) or "waiting on others" (what my agency sent, still open). */
export const listReferralQueue = (side: 'incoming' | 'outgoing') =>
  api.get<Infer<typeof ReferralList>>(`/api/v1/referrals/${side}`);

export function ReferralLines({ items, naming }: { items: readonly ReferralLine[]; naming: 'service' | 'youth' }) {
  const { t } = useMessages();
  const time = useCountyTime();
  return (
    <ul className="harbor-lines" data-testid="referral-lines">
      {items.map((r) => {
        const service = t('referralWeb.line', { service: r.service.name, organization: r.service.organizationName });
        const youth = r.youth?.initials ?? r.youth?.name ?? t('referralWeb.someone');
        const receiving = r.sides.includes('receiving');
        return (
          <li key={r.id} data-testid="referral-line">
            <Link className="usa-link" to={`/app/referrals/${encodeURIComponent(r.id)}`}>
              {naming === 'youth' ? t('referralWeb.line.youth', { youth, service }) : service}
            </Link>{' '}
            <span className="usa-tag harbor-tag" data-testid="referral-line-status">
              {t(`referral.status.${r.status}` as AppMessageKey)}
            </span>
            <span className="harbor-line__meta">
              {receiving
                ? t('referralWeb.line.from', { agency: r.referringAgency.name })
                : t('referralWeb.line.to', { agency: r.receivingAgency?.name ?? r.service.organizationName })}
              {' · '}
              {r.clocks.sentAt
                ? t('referralWeb.line.sent', { time: time(r.clocks.sentAt) })
                : t('referralWeb.line.draft')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
