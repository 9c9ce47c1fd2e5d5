import { ageOn } from '@harbor/core';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { YouthRecord } from './api';
import { languageName } from './languages';

/** The record's fields the caller may see, as a list of facts. */
export function YouthFacts({ youth }: { youth: YouthRecord }) {
  const { t, locale } = useMessages();
  const rows: [string, string][] = [];
  if (youth.namesUsed?.length) rows.push([t('youthPage.field.namesUsed'), youth.namesUsed.join(', ')]);
  const age = ageOn(youth, new Date());
  if (youth.dateOfBirth) rows.push([t('youthPage.field.dateOfBirth'), youth.dateOfBirth]);
  else if (youth.estimatedAge !== null && youth.estimatedAge !== undefined)
    rows.push([t('youthPage.field.estimatedAge'), String(youth.estimatedAge)]);
  if (age !== null) rows.push([t('youthPage.field.age'), String(age)]);
  if (youth.genderIdentity)
    rows.push([t('youthPage.field.gender'), t(`youth.gender.${youth.genderIdentity}` as AppMessageKey)]);
  if (youth.pronouns) rows.push([t('youthPage.field.pronouns'), youth.pronouns]);
  if (youth.preferredLanguage)
    rows.push([t('youthPage.field.language'), languageName(youth.preferredLanguage, t, locale)]);
  for (const identifier of youth.identifiers ?? []) {
    rows.push([t(`youth.identifier.${identifier.kind}` as AppMessageKey), identifier.value]);
  }
  if (youth.placement) {
    rows.push([
      t('youthPage.field.placement'),
      [t(`youth.placement.${youth.placement.kind}` as AppMessageKey), youth.placement.detail]
        .filter(Boolean)
        .join(': '),
    ]);
  }
  for (const contact of youth.contacts ?? []) {
    rows.push([
      t('youthPage.field.contact', { relationship: contact.relationship }),
      [contact.name, contact.phone, contact.address].filter(Boolean).join(', '),
    ]);
  }
  return (
    <section aria-labelledby="youth-facts-heading">
      <h2 id="youth-facts-heading">{t('youthPage.section.record')}</h2>
      <dl className="harbor-facts" data-testid="youth-facts">
        {rows.map(([label, value]) => (
          <div key={label + value}>
            <dt className="text-bold">{label}</dt>
            <dd className="margin-left-0 margin-bottom-1">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
