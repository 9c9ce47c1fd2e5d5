import type { Locale } from '@harbor/core';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { ServiceDetail } from './api';
import { Localised, PhoneLink } from './service-card';
import { agesText, bedsText, categoryName, certificationText, languageName, practiceName } from './service-words';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "Monday, Tuesday" from HSDS's byday ("MO,TU"), in the reader's language (1 January 2024 was a Monday). */
export function daysText(byday: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { weekday: 'long', timeZone: 'UTC' });
  return byday
    .split(',')
    .map((day) => DAYS.indexOf(day))
    .filter((i) => i >= 0)
    .map((i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))))
    .join(', ');
}

/** What a service's page says of it: who it serves, how to reach it, its hours, practices, beds and places. */
export function ServiceDetails({ service }: { service: ServiceDetail }) {
  const { t, locale } = useMessages();
  const time = useCountyTime();
  const beds = bedsText(service, time, t);
  const runaway =
    service.acceptsRunaway === null
      ? null
      : t(service.acceptsRunaway ? 'directoryWeb.tag.runaway' : 'directoryWeb.tag.noRunaway');
  return (
    <>
      {service.description && (
        <section aria-labelledby="service-about-heading">
          <h2 id="service-about-heading">{t('directoryWeb.service.about')}</h2>
          <p className="harbor-measure" data-testid="service-description">
            <Localised value={service.description} />
          </p>
          {service.categories.length > 0 && (
            <p>
              <strong>{t('directoryWeb.service.categories')}: </strong>
              {service.categories.map((c) => categoryName(c, locale)).join(', ')}
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="service-eligibility-heading">
        <h2 id="service-eligibility-heading">{t('directoryWeb.service.eligibility')}</h2>
        <dl className="harbor-facts">
          <dt>{t('directoryWeb.service.ages')}</dt>
          <dd data-testid="service-ages">{agesText(service.minimumAge, service.maximumAge, t)}</dd>
          <dt>{t('directoryWeb.service.languages')}</dt>
          <dd data-testid="service-languages">
            {service.languages.length > 0
              ? service.languages.map((code) => languageName(code, locale)).join(', ')
              : t('directoryWeb.unknown')}
          </dd>
          {service.areas.length > 0 && (
            <>
              <dt>{t('directoryWeb.service.area')}</dt>
              <dd>{service.areas.join(', ')}</dd>
            </>
          )}
          {runaway && (
            <>
              <dt>{t('directoryWeb.service.runaway')}</dt>
              <dd>{runaway}</dd>
            </>
          )}
          <dt>{t('directoryWeb.tag.intake24x7')}</dt>
          <dd data-testid="service-intake">{t(service.intake24x7 ? 'directoryWeb.yes' : 'directoryWeb.no')}</dd>
          {beds && (
            <>
              <dt>{t('directoryWeb.service.beds')}</dt>
              <dd data-testid="service-beds">{beds}</dd>
            </>
          )}
        </dl>
        {service.eligibilityDescription && (
          <p className="harbor-measure">
            <Localised value={service.eligibilityDescription} />
          </p>
        )}
      </section>
      {service.practices.length > 0 && (
        <section aria-labelledby="service-practices-heading">
          <h2 id="service-practices-heading">{t('directoryWeb.service.practices')}</h2>
          <ul className="usa-list" data-testid="service-certifications">
            {service.certifications.map((c) => (
              <li key={c.practice}>{certificationText(c, locale, t)}</li>
            ))}
          </ul>
          <h3>{t('directoryWeb.service.clinicians')}</h3>
          <ul className="usa-list" data-testid="service-practices">
            {service.practices.map((p) => (
              <li key={p.id}>
                <strong>{practiceName(p.practice, locale)}</strong>
                {p.clinicianName && (
                  <>
                    {': '}
                    {p.certifiedUntil
                      ? t(
                          p.expired
                            ? 'directoryWeb.service.certificationExpired'
                            : 'directoryWeb.service.certifiedUntil',
                          {
                            name: p.clinicianName,
                            date: p.certifiedUntil,
                          },
                        )
                      : p.clinicianName}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(service.phones.length > 0 || service.email || service.url) && (
        <section aria-labelledby="service-contact-heading">
          <h2 id="service-contact-heading">{t('directoryWeb.service.contact')}</h2>
          <ul className="usa-list usa-list--unstyled" data-testid="service-phones">
            {service.phones.map((phone) => (
              <li key={phone.id}>
                <PhoneLink phone={phone} />
                {phone.description && (
                  <>
                    {' · '}
                    <Localised value={phone.description} />
                  </>
                )}
              </li>
            ))}
            {service.email && (
              <li>
                {t('directoryWeb.service.email')}:{' '}
                <a className="usa-link" href={`mailto:${service.email}`}>
                  {service.email}
                </a>
              </li>
            )}
            {service.url && (
              <li>
                {t('directoryWeb.service.website')}:{' '}
                <a className="usa-link" href={service.url} rel="noopener noreferrer" target="_blank">
                  {service.url}
                </a>
              </li>
            )}
          </ul>
        </section>
      )}
      {service.schedules.length > 0 && (
        <section aria-labelledby="service-hours-heading">
          <h2 id="service-hours-heading">{t('directoryWeb.service.hours')}</h2>
          <ul className="usa-list usa-list--unstyled">
            {service.schedules.map((s) => (
              <li key={s.id}>
                {s.byday && daysText(s.byday, locale)}
                {s.opensAt && s.closesAt && ` · ${s.opensAt}–${s.closesAt}`}
                {s.description && (
                  <>
                    {' · '}
                    <Localised value={s.description} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {service.locations.length > 0 && (
        <section aria-labelledby="service-locations-heading">
          <h2 id="service-locations-heading">{t('directoryWeb.service.locations')}</h2>
          <ul className="usa-list usa-list--unstyled">
            {service.locations.map((l) => (
              <li key={l.id}>
                {l.name && <Localised value={l.name} />}
                {l.confidential ? (
                  <p>{t('directoryWeb.service.confidentialLocation')}</p>
                ) : (
                  l.addresses.map((a) => (
                    <p key={a.id}>
                      {[a.address1, a.address2, `${a.city}, ${a.stateProvince} ${a.postalCode}`]
                        .filter(Boolean)
                        .join(', ')}
                    </p>
                  ))
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
