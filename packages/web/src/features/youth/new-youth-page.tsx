import { GENDER_IDENTITIES, PLACEMENT_KINDS } from '@harbor/core';
import { ErrorSummary } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { DuplicatesAlert } from './duplicates-alert';
import type { YouthForm } from './new-youth-form';
import { useNewYouth } from './use-new-youth';

/** /app/youth/new: a new youth record; possible duplicates are shown before anything is created. */
export function NewYouthPage() {
  const { t, locale } = useMessages();
  usePageTitle('youthPage.new.title');
  const youth = useNewYouth();
  const { summary, problem, duplicates } = youth;

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('youthPage.new.title')}</h1>
      <p className="usa-intro harbor-measure">{t('youthPage.new.intro')}</p>
      {summary && (
        <ErrorSummary
          heading={t('youthPage.error.heading', { count: summary.entries.length })}
          entries={summary.entries}
          focusKey={summary.round}
          onFollow={(target) => document.getElementById(target)?.focus()}
        />
      )}
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      {duplicates && <DuplicatesAlert duplicates={duplicates} busy={youth.busy} onCreate={youth.createAnyway} />}
      <form className="usa-form usa-form--large" onSubmit={youth.onSubmit} noValidate>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t('youthPage.section.identity')}</legend>
          <TextField
            id="youth-given"
            label={t('youthPage.field.given')}
            value={youth.form.given}
            onChange={(e) => youth.set('given')(e.target.value)}
            error={youth.errors.given}
            autoComplete="off"
            required
          />
          <TextField
            id="youth-family"
            label={t('youthPage.field.family')}
            value={youth.form.family}
            onChange={(e) => youth.set('family')(e.target.value)}
            error={youth.errors.family}
            autoComplete="off"
            required
          />
          <div className={youth.errors.namesUsed ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
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
              value={youth.form.namesUsed}
              onChange={(e) => youth.set('namesUsed')(e.target.value)}
              rows={2}
            />
          </div>
          <TextField
            id="youth-dateOfBirth"
            label={t('youthPage.field.dateOfBirth')}
            type="date"
            value={youth.form.dateOfBirth}
            onChange={(e) => youth.set('dateOfBirth')(e.target.value)}
            error={youth.errors.dateOfBirth}
          />
          <TextField
            id="youth-estimatedAge"
            label={t('youthPage.field.estimatedAge')}
            hint={t('youthPage.field.estimatedAgeHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={30}
            value={youth.form.estimatedAge}
            onChange={(e) => youth.set('estimatedAge')(e.target.value)}
            error={youth.errors.estimatedAge}
            inputClassName="usa-input--xs"
          />
          <SelectField
            field="genderIdentity"
            label={t('youthPage.field.gender')}
            options={GENDER_IDENTITIES}
            labelOf={(o) => t(`youth.gender.${o}` as AppMessageKey)}
            value={youth.form.genderIdentity}
            onChange={youth.set('genderIdentity')}
          />
          <TextField
            id="youth-pronouns"
            label={t('youthPage.field.pronouns')}
            value={youth.form.pronouns}
            onChange={(e) => youth.set('pronouns')(e.target.value)}
            error={youth.errors.pronouns}
          />
          <TextField
            id="youth-preferredLanguage"
            label={t('youthPage.field.language')}
            hint={t('youthPage.field.languageHint')}
            value={youth.form.preferredLanguage}
            onChange={(e) => youth.set('preferredLanguage')(e.target.value)}
            error={youth.errors.preferredLanguage}
            inputClassName="usa-input--small"
          />
        </fieldset>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t('youthPage.section.placement')}</legend>
          <SelectField
            field="placementKind"
            label={t('youthPage.field.placement')}
            options={PLACEMENT_KINDS}
            labelOf={(o) => t(`youth.placement.${o}` as AppMessageKey)}
            value={youth.form.placementKind}
            onChange={youth.set('placementKind')}
          />
          <TextField
            id="youth-placementDetail"
            label={t('youthPage.field.placementDetail')}
            value={youth.form.placementDetail}
            onChange={(e) => youth.set('placementDetail')(e.target.value)}
            error={youth.errors.placementDetail}
          />
        </fieldset>
        <button type="submit" className="usa-button" disabled={youth.busy}>
          {t('youthPage.new.submit')}
        </button>
      </form>
    </div>
  );
}

/** A choice of a list of values, with "choose" first (nothing chosen). */
function SelectField({
  field,
  label,
  options,
  labelOf,
  value,
  onChange,
}: {
  field: keyof YouthForm;
  label: string;
  options: readonly string[];
  labelOf: (option: string) => string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useMessages();
  return (
    <div className="usa-form-group">
      <label className="usa-label" htmlFor={`youth-${field}`}>
        {label}
      </label>
      <select className="usa-select" id={`youth-${field}`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('youthPage.choose')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </div>
  );
}
