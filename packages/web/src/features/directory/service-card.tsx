import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { ServiceLine } from './api';
import {
  agesText,
  bedsText,
  categoryName,
  certificationText,
  languageName,
  statusName,
  telHref,
} from './service-words';

/** The part of a text the directory holds in English only (no reviewed Spanish yet): marked with its language. */
export function Localised({ value }: { value: { text: string; language: string } }) {
  const { locale } = useMessages();
  return value.language === locale ? value.text : <span lang={value.language}>{value.text}</span>;
}

/** A telephone to call (or text, for a number HSDS types "text"), with its extension. */
export function PhoneLink({ phone }: { phone: ServiceLine['phones'][number] }) {
  return (
    <a className="usa-link" href={telHref(phone.number, phone.extension, phone.type)}>
      {phone.number}
      {phone.extension !== null && ` ext. ${phone.extension}`}
    </a>
  );
}

/**
 * One service found: its name (to its page), who runs it, what a worker needs to decide (the needs it meets, the
 * languages staff speak, the ages it takes, its practices with the clinicians holding a current certification, emergency
 * beds and when they were counted, its telephones to call) and, when a referral is being
 * made, the link that chooses it.
 */
export function ServiceCard({ service, pick, from }: { service: ServiceLine; pick: string | null; from: string }) {
  const { t, locale } = useMessages();
  const time = useCountyTime();
  const beds = bedsText(service, time, t);
  const page = `/app/directory/${encodeURIComponent(service.id)}${pick ? `?pick=${encodeURIComponent(pick)}` : ''}`;
  return (
    <li className="usa-collection__item" data-testid="directory-service">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading">
          <Link className="usa-link" to={page} state={{ from }}>
            <Localised value={service.name} />
          </Link>
        </h3>
        <p className="usa-collection__description">
          {t('directoryWeb.service.by', { organization: service.organizationName.text })}
        </p>
        {service.status !== 'active' && (
          <p>
            <span className="usa-tag harbor-tag" data-testid="directory-service-status">
              {statusName(service.status, t)}
            </span>
          </p>
        )}
        {(service.csecSpecialised || service.intake24x7) && (
          <p>
            {service.csecSpecialised && <span className="usa-tag harbor-tag">{t('directoryWeb.tag.csec')}</span>}
            {service.intake24x7 && <span className="usa-tag harbor-tag">{t('directoryWeb.tag.intake24x7')}</span>}
          </p>
        )}
        <dl className="harbor-facts harbor-facts--inline">
          <dt>{t('directoryWeb.service.languages')}</dt>
          <dd data-testid="directory-service-languages">
            {service.languages.length > 0
              ? service.languages.map((code) => languageName(code, locale)).join(', ')
              : t('directoryWeb.unknown')}
          </dd>
          {service.categories.length > 0 && (
            <>
              <dt>{t('directoryWeb.service.categories')}</dt>
              <dd>{service.categories.map((c) => categoryName(c, locale)).join(', ')}</dd>
            </>
          )}
          <dt>{t('directoryWeb.service.ages')}</dt>
          <dd>{agesText(service.minimumAge, service.maximumAge, t)}</dd>
          {service.certifications.length > 0 && (
            <>
              <dt>{t('directoryWeb.service.practices')}</dt>
              <dd data-testid="directory-service-practices">
                {service.certifications.map((c) => certificationText(c, locale, t)).join('; ')}
              </dd>
            </>
          )}
          {beds && (
            <>
              <dt>{t('directoryWeb.service.beds')}</dt>
              <dd>{beds}</dd>
            </>
          )}
          {service.phones.length > 0 && (
            <>
              <dt>{t('directoryWeb.service.phones')}</dt>
              <dd data-testid="directory-service-phones">
                {service.phones.map((phone, i) => (
                  <span key={phone.id}>
                    {i > 0 && ', '}
                    <PhoneLink phone={phone} />
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
        {pick && service.status === 'active' && (
          <p>
            <Link
              className="usa-button"
              to={`/app/referrals/new?youth=${encodeURIComponent(pick)}&service=${encodeURIComponent(service.id)}`}
              data-testid="directory-refer"
            >
              {t('directoryWeb.pick.refer')}
              <span className="usa-sr-only">: {service.name.text}</span>
            </Link>
          </p>
        )}
      </div>
    </li>
  );
}
