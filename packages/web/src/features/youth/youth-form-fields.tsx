import { GENDER_IDENTITIES, IDENTIFIER_KINDS, PLACEMENT_KINDS } from '@harbor/core';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { SelectField as ChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSignedIn } from '../../session';
import { languageName, languageOptions } from './languages';
import {
  type ContactRow,
  EMPTY_IDENTIFIER,
  type IdentifierRow,
  type YouthForm,
  type YouthFormErrors,
} from './new-youth-form';

/**
 * The fields of a youth's record, for creating one and for changing one: who the youth is (with the agencies'
 * numbers for them), the preferred language, and where they live now. `classes` leaves out the parts of a class the
 * reader may not change (a deputy sees no placement).
 */
export function YouthFormFields({
  form,
  set,
  setIdentifiers,
  setContacts,
  errors,
  classes = ['identity', 'protocol', 'contact'],
}: {
  form: YouthForm;
  set: (field: Exclude<keyof YouthForm, 'identifiers' | 'contacts'>) => (value: string) => void;
  setIdentifiers: (rows: IdentifierRow[]) => void;
  /** Given, the contacts (parents, guardians) are part of the form too. */
  setContacts?: ((rows: ContactRow[]) => void) | undefined;
  errors: YouthFormErrors;
  classes?: readonly string[];
}) {
  const { t, locale } = useMessages();
  return (
    <>
      {classes.includes('identity') && (
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t('youthPage.section.identity')}</legend>
          <TextField
            id="youth-given"
            label={t('youthPage.field.given')}
            value={form.given}
            onChange={(e) => set('given')(e.target.value)}
            error={errors.given}
            autoComplete="off"
            required
          />
          <TextField
            id="youth-family"
            label={t('youthPage.field.family')}
            value={form.family}
            onChange={(e) => set('family')(e.target.value)}
            error={errors.family}
            autoComplete="off"
            required
          />
          <div className={errors.namesUsed ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
            <label className="usa-label" htmlFor="youth-namesUsed">
              {t('youthPage.field.namesUsed')}
            </label>
            <div className="usa-hint" id="youth-namesUsed-hint">
              {t('youthPage.field.namesUsedHint')}
            </div>
            <textarea
              className="usa-textarea"
              id="youth-namesUsed"
              aria-describedby="youth-namesUsed-hint"
              value={form.namesUsed}
              onChange={(e) => set('namesUsed')(e.target.value)}
              rows={2}
            />
          </div>
          <TextField
            id="youth-dateOfBirth"
            label={t('youthPage.field.dateOfBirth')}
            type="date"
            value={form.dateOfBirth}
            onChange={(e) => set('dateOfBirth')(e.target.value)}
            error={errors.dateOfBirth}
          />
          <TextField
            id="youth-estimatedAge"
            label={t('youthPage.field.estimatedAge')}
            hint={t('youthPage.field.estimatedAgeHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={30}
            value={form.estimatedAge}
            onChange={(e) => set('estimatedAge')(e.target.value)}
            error={errors.estimatedAge}
            inputClassName="usa-input--xs"
          />
          <SelectField
            field="genderIdentity"
            label={t('youthPage.field.gender')}
            options={GENDER_IDENTITIES}
            labelOf={(o) => t(`youth.gender.${o}` as AppMessageKey)}
            value={form.genderIdentity}
            onChange={set('genderIdentity')}
          />
          <TextField
            id="youth-pronouns"
            label={t('youthPage.field.pronouns')}
            value={form.pronouns}
            onChange={(e) => set('pronouns')(e.target.value)}
            error={errors.pronouns}
          />
          <SelectField
            field="preferredLanguage"
            label={t('youthPage.field.language')}
            hint={t('youthPage.field.languageHint')}
            options={languageOptions(form.preferredLanguage)}
            labelOf={(tag) => languageName(tag, t, locale)}
            value={form.preferredLanguage}
            onChange={set('preferredLanguage')}
          />
        </fieldset>
      )}
      {classes.includes('identity') && (
        <Identifiers rows={form.identifiers} onChange={setIdentifiers} errors={errors} />
      )}
      {classes.includes('contact') && (
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t('youthPage.section.placement')}</legend>
          <SelectField
            field="placementKind"
            label={t('youthPage.field.placement')}
            options={PLACEMENT_KINDS}
            labelOf={(o) => t(`youth.placement.${o}` as AppMessageKey)}
            value={form.placementKind}
            onChange={set('placementKind')}
          />
          <TextField
            id="youth-placementDetail"
            label={t('youthPage.field.placementDetail')}
            value={form.placementDetail}
            onChange={(e) => set('placementDetail')(e.target.value)}
            error={errors.placementDetail}
          />
        </fieldset>
      )}
      {classes.includes('contact') && setContacts && (
        <Contacts rows={form.contacts} onChange={setContacts} error={errors.contacts} />
      )}
    </>
  );
}

/**
 * The agencies' numbers for the youth: a DCFS case, a probation or court number, each with the agency that gave it. A
 * new row starts with no kind and no agency chosen.
 */
function Identifiers({
  rows,
  onChange,
  errors,
}: {
  rows: IdentifierRow[];
  onChange: (rows: IdentifierRow[]) => void;
  errors: YouthFormErrors;
}) {
  const { t } = useMessages();
  const { user } = useSignedIn();
  const [agencies, setAgencies] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    void api.get<{ id: string; name: string }[]>('/api/v1/youth/issuing-agencies').then((result) => {
      if (result.ok) setAgencies(result.data);
    });
  }, []);
  const agencyOptions = (agencies.length > 0 ? agencies : [{ id: user.agencyId, name: user.agencyName }]).map((a) => ({
    value: a.id,
    label: a.name,
  }));
  const kindOptions = IDENTIFIER_KINDS.map((k) => ({ value: k, label: t(`youth.identifier.${k}` as AppMessageKey) }));
  const change = (index: number, patch: Partial<IdentifierRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="usa-fieldset" data-testid="youth-identifiers">
      <legend className="usa-legend usa-legend--large">{t('youthPage.identifiers.heading')}</legend>
      <p className="usa-hint">{t('youthPage.identifiers.hint')}</p>
      {errors.identifiers && <span className="usa-error-message">{errors.identifiers}</span>}
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row has no identity of its own until saved
        <div key={index} className="harbor-identifier" data-testid="youth-identifier">
          <ChoiceField
            id={`identifier-${index}-kind`}
            label={t('youthPage.identifiers.kind', { n: index + 1 })}
            choose={t('youthPage.choose')}
            options={kindOptions}
            error={errors[`identifier-${index}-kind`]}
            value={row.kind}
            onChange={(e) => change(index, { kind: e.target.value })}
          />
          <TextField
            id={`identifier-${index}-value`}
            label={t('youthPage.identifiers.value', { n: index + 1 })}
            error={errors[`identifier-${index}-value`]}
            value={row.value}
            onChange={(e) => change(index, { value: e.target.value })}
            autoComplete="off"
          />
          <ChoiceField
            id={`identifier-${index}-agency`}
            label={t('youthPage.identifiers.agency', { n: index + 1 })}
            choose={t('youthPage.choose')}
            options={agencyOptions}
            error={errors[`identifier-${index}-agency`]}
            value={row.agencyId}
            onChange={(e) => change(index, { agencyId: e.target.value })}
          />
          <button
            type="button"
            className="usa-button usa-button--unstyled margin-top-1"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t('youthPage.identifiers.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="usa-button usa-button--outline margin-top-2"
        onClick={() => onChange([...rows, EMPTY_IDENTIFIER])}
      >
        {t('youthPage.identifiers.add')}
      </button>
    </fieldset>
  );
}

/** Parents, guardians and other people to contact about the youth (contact class). */
function Contacts({
  rows,
  onChange,
  error,
}: {
  rows: ContactRow[];
  onChange: (rows: ContactRow[]) => void;
  error: string | undefined;
}) {
  const { t } = useMessages();
  const change = (index: number, patch: Partial<ContactRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const field = (index: number, key: keyof ContactRow, label: AppMessageKey, type = 'text') => (
    <TextField
      id={`contact-${index}-${key}`}
      label={t(label, { n: index + 1 })}
      type={type}
      value={rows[index]![key]}
      onChange={(e) => change(index, { [key]: e.target.value })}
      autoComplete="off"
    />
  );
  return (
    <fieldset className="usa-fieldset" data-testid="youth-contacts">
      <legend className="usa-legend usa-legend--large">{t('youthPage.contacts.heading')}</legend>
      {error && <span className="usa-error-message">{error}</span>}
      {rows.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row has no identity of its own until saved
        <div key={index} data-testid="youth-contact">
          {field(index, 'name', 'youthPage.contacts.name')}
          {field(index, 'relationship', 'youthPage.contacts.relationship')}
          {field(index, 'phone', 'youthPage.contacts.phone', 'tel')}
          {field(index, 'address', 'youthPage.contacts.address')}
          <button
            type="button"
            className="usa-button usa-button--unstyled margin-top-1"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t('youthPage.contacts.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="usa-button usa-button--outline margin-top-2"
        onClick={() => onChange([...rows, { name: '', relationship: '', phone: '', address: '' }])}
      >
        {t('youthPage.contacts.add')}
      </button>
    </fieldset>
  );
}

/** A choice of a list of values, with "choose" first (nothing chosen). */
function SelectField({
  field,
  label,
  hint,
  options,
  labelOf,
  value,
  onChange,
}: {
  field: keyof YouthForm;
  label: string;
  hint?: string;
  options: readonly string[];
  labelOf: (option: string) => string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useMessages();
  return (
    <ChoiceField
      id={`youth-${field}`}
      label={label}
      hint={hint}
      choose={t('youthPage.choose')}
      options={options.map((o) => ({ value: o, label: labelOf(o) }))}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
