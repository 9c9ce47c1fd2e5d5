import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { ReferralView } from './api';

/**
 * Who referred and who receives, why, on what basis (the MDT's window on the county's clock), exactly what is shared,
 * and how to reach the youth: "do not contact the youth directly" first and plain, then the safe contact as a tel:
 * link. Fields the reader may not see are absent from the answer, and so from the page.
 */
export function ReferralFacts({ referral }: { referral: ReferralView }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const { basis, contact } = referral;
  return (
    <section aria-labelledby="referral-facts-heading">
      <h2 id="referral-facts-heading" className="usa-sr-only">
        {t('referralWeb.title')}
      </h2>
      {contact?.doNotContactYouthDirectly && (
        <div className="usa-alert usa-alert--warning usa-alert--slim" data-testid="referral-do-not-contact">
          <div className="usa-alert__body">
            <p className="usa-alert__text text-bold">{t('referralWeb.contact.doNotContact')}</p>
          </div>
        </div>
      )}
      <dl className="harbor-facts" data-testid="referral-facts">
        <dt>{t('referralWeb.from')}</dt>
        <dd>
          {t('referralWeb.fromLine', { person: referral.referredBy.name, agency: referral.referringAgency.name })}
        </dd>
        <dt>{t('referralWeb.to')}</dt>
        <dd>
          {referral.service.name} ({referral.service.organizationName})
          {referral.receivingAgency ? ` · ${referral.receivingAgency.name}` : ` · ${t('referralWeb.toNone')}`}
        </dd>
        {referral.reason !== undefined && (
          <>
            <dt>{t('referralWeb.reason')}</dt>
            <dd className="harbor-measure" data-testid="referral-reason">
              {referral.reason}
            </dd>
          </>
        )}
        {basis && (
          <>
            <dt>{t('referralWeb.basis')}</dt>
            <dd data-testid="referral-basis">
              {t(`referral.basis.${basis.basis}` as AppMessageKey)}
              {basis.mdtReportedAt && basis.mdtWindowEndsAt && (
                <span className="display-block">
                  {t('referralWeb.basis.mdtWindow', {
                    reported: time(basis.mdtReportedAt),
                    ends: time(basis.mdtWindowEndsAt),
                  })}
                </span>
              )}
              {basis.courtOrderReference && (
                <span className="display-block">
                  {t('referralWeb.basis.courtOrder', { order: basis.courtOrderReference })}
                </span>
              )}
              {basis.overrideReason && (
                <span className="display-block">
                  {t('referralWeb.basis.override', { reason: basis.overrideReason })}
                </span>
              )}
            </dd>
          </>
        )}
        <dt>{t('referralWeb.sections')}</dt>
        <dd>
          <ul className="usa-list" data-testid="referral-sections">
            {referral.sections.map((s) => (
              <li key={s}>{t(`referral.section.${s}` as AppMessageKey)}</li>
            ))}
          </ul>
        </dd>
        {contact && (
          <>
            <dt>{t('referralWeb.contact')}</dt>
            <dd data-testid="referral-contact">
              {contact.safeContact ? (
                <>
                  {contact.safeContact.relationship
                    ? t('referralWeb.contact.safe', {
                        name: contact.safeContact.name,
                        relationship: contact.safeContact.relationship,
                      })
                    : t('referralWeb.contact.safeNoRelationship', { name: contact.safeContact.name })}
                  {' · '}
                  <a className="usa-link" href={`tel:${contact.safeContact.phone.replace(/[^\d+]/g, '')}`}>
                    {contact.safeContact.phone}
                  </a>
                </>
              ) : contact.doNotContactYouthDirectly ? (
                t('referralWeb.contact.throughReferrer', { person: referral.referredBy.name })
              ) : (
                t('referralWeb.contact.direct')
              )}
              {contact.note && <span className="display-block">{contact.note}</span>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
