import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { ReferralView } from './api';

/** Every event of the referral, oldest first: the status it led to, who and which agency, when, why and the note. */
export function ReferralEvents({ events }: { events: ReferralView['events'] }) {
  const { t } = useMessages();
  const time = useCountyTime();
  return (
    <section aria-labelledby="referral-events-heading">
      <h2 id="referral-events-heading">{t('referralWeb.events')}</h2>
      <ol className="usa-process-list" data-testid="referral-events">
        {events.map((event, index) => {
          const status = t(`referral.status.${event.to}` as AppMessageKey);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; the list only grows at its end
            <li key={index} className="usa-process-list__item" data-testid="referral-event">
              <h3 className="usa-process-list__heading">
                {event.by
                  ? t('referralWeb.event.line', {
                      status,
                      person: event.by.name,
                      agency: event.agency?.name ?? '—',
                    })
                  : t('referralWeb.event.harbor', { status })}
              </h3>
              <p className="margin-top-05">{time(event.at)}</p>
              {event.closureReason && (
                <p>
                  {t('referralWeb.event.closure', {
                    reason: t(`referral.closure.${event.closureReason}` as AppMessageKey),
                  })}
                </p>
              )}
              {event.note && <p className="harbor-measure">{t('referralWeb.event.note', { note: event.note })}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
