import { useEffect, useState } from 'react';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type ChangeEntry, getChanges } from './api';
import { categoryName, languageName } from './service-words';

/** Each field the change history names (the directory's columns) by the words its page uses for it. */
const FIELD_WORDS: Record<string, AppMessageKey> = {
  name: 'directoryWeb.edit.name',
  description: 'directoryWeb.service.about',
  eligibility_description: 'directoryWeb.service.eligibility',
  minimum_age: 'directoryWeb.edit.minimumAge',
  maximum_age: 'directoryWeb.edit.maximumAge',
  languages: 'directoryWeb.service.languages',
  categories: 'directoryWeb.service.categories',
  areas: 'directoryWeb.edit.areas',
  email: 'directoryWeb.service.email',
  url: 'directoryWeb.service.website',
  status: 'directoryWeb.history.field.status',
  alert: 'directoryWeb.history.field.alert',
  csec_specialised: 'directoryWeb.filter.csec',
  intake_24_7: 'directoryWeb.filter.intake24x7',
  accepts_runaway: 'directoryWeb.service.runaway',
  emergency_beds: 'directoryWeb.service.beds',
  beds_available: 'directoryWeb.beds.label',
  serves_ages_11_17: 'directoryWeb.history.field.ages11To17',
  serves_transition_age: 'directoryWeb.history.field.transitionAge',
};

/**
 * The service's change history for its editors, newest first: each field changed (of the service and of its Harbor
 * profile), from what to what, by whom and when, on the county's clock.
 */
export function ServiceHistory({ serviceId, refreshKey }: { serviceId: string; refreshKey: number }) {
  const { t, locale } = useMessages();
  const time = useCountyTime();
  const [rows, setRows] = useState<ChangeEntry[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again after each saved change (refreshKey)
  useEffect(() => {
    let live = true;
    void Promise.all([getChanges('service', serviceId), getChanges('profile', serviceId)]).then(([own, profile]) => {
      const all = [...(own.ok ? own.data.items : []), ...(profile.ok ? profile.data.items : [])];
      if (live) setRows(all.sort((a, b) => b.changedAt.localeCompare(a.changedAt)));
    });
    return () => {
      live = false;
    };
  }, [serviceId, refreshKey]);
  /** A value as the page says it: languages and needs by name (the history keeps their codes, comma-separated). */
  const value = (field: string, text: string | null) => {
    if (text === null || text === '') return t('directoryWeb.history.empty');
    if (field === 'languages')
      return text
        .split(',')
        .map((code) => languageName(code, locale))
        .join(', ');
    if (field === 'categories')
      return text
        .split(',')
        .map((id) => categoryName(id, locale))
        .join(', ');
    return text;
  };
  return (
    <section aria-labelledby="service-history-heading">
      <h2 id="service-history-heading">{t('directoryWeb.history.heading')}</h2>
      {rows === null ? (
        <p role="status">{t('directoryWeb.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('directoryWeb.history.none')}</p>
      ) : (
        <ul className="harbor-lines" data-testid="service-history">
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a change has no id of its own
            <li key={index} data-testid="service-change">
              {t('directoryWeb.history.line', {
                field: FIELD_WORDS[row.field] ? t(FIELD_WORDS[row.field]!) : row.field,
                from: value(row.field, row.oldValue),
                to: value(row.field, row.newValue),
              })}
              <span className="harbor-line__meta">
                {t('directoryWeb.history.meta', {
                  who: row.changedBy ?? t('directoryWeb.history.system'),
                  time: time(row.changedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
