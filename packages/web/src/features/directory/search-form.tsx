import { EVIDENCE_BASED_PRACTICES, HARBOR_CATEGORIES } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { ageProblem, NO_FILTERS, type SearchFilters, STAFF_LANGUAGES } from './search-filters';
import { languageName } from './service-words';

/**
 * The directory's filters: what the youth needs, the language staff speak, the youth's age, the area, availability
 * (open now or 24/7 intake, an emergency bed free), CSEC-specialised, an evidence-based practice, and words. Nothing is
 * sent until the person searches; a wrong age is said at its field, which takes focus.
 */
export function SearchForm({ initial, onSearch }: { initial: SearchFilters; onSearch: (f: SearchFilters) => void }) {
  const { t, locale } = useMessages();
  const [draft, setDraft] = useState<SearchFilters>(initial);
  const [ageError, setAgeError] = useState(false);
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ageProblem(draft.age)) {
      setAgeError(true);
      document.getElementById('directory-age')?.focus();
      return;
    }
    setAgeError(false);
    onSearch(draft);
  };
  const any = t('directoryWeb.filter.any');
  return (
    <form className="usa-form maxw-none" onSubmit={submit} noValidate data-testid="directory-filters">
      <div className="harbor-filters">
        <TextField
          id="directory-text"
          label={t('directoryWeb.filter.text')}
          hint={t('directoryWeb.filter.textHint')}
          value={draft.text}
          maxLength={100}
          onChange={(e) => set('text', e.target.value)}
        />
        <SelectField
          id="directory-category"
          label={t('directoryWeb.filter.category')}
          choose={any}
          value={draft.category}
          onChange={(e) => set('category', e.target.value)}
          options={HARBOR_CATEGORIES.map((c) => ({ value: c.id, label: c.label[locale] }))}
        />
        <SelectField
          id="directory-language"
          label={t('directoryWeb.filter.language')}
          choose={any}
          value={draft.language}
          onChange={(e) => set('language', e.target.value)}
          options={STAFF_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) }))}
        />
        <TextField
          id="directory-age"
          label={t('directoryWeb.filter.age')}
          hint={t('directoryWeb.filter.ageHint')}
          error={ageError ? t('directoryWeb.error.age') : undefined}
          inputMode="numeric"
          inputClassName="usa-input--small"
          value={draft.age}
          onChange={(e) => set('age', e.target.value)}
        />
        <TextField
          id="directory-area"
          label={t('directoryWeb.filter.area')}
          value={draft.area}
          maxLength={100}
          onChange={(e) => set('area', e.target.value)}
        />
        <SelectField
          id="directory-practice"
          label={t('directoryWeb.filter.practice')}
          choose={any}
          value={draft.practice}
          onChange={(e) => set('practice', e.target.value)}
          options={EVIDENCE_BASED_PRACTICES.map((p) => ({ value: p.id, label: p.label[locale] }))}
        />
        <SelectField
          id="directory-availability"
          label={t('directoryWeb.filter.availability')}
          choose={any}
          value={draft.availability}
          onChange={(e) => set('availability', e.target.value as SearchFilters['availability'])}
          options={[
            { value: 'open_now', label: t('directoryWeb.filter.openNow') },
            { value: 'intake_24_7', label: t('directoryWeb.filter.intake24x7') },
          ]}
        />
        <div className="usa-form-group">
          <CheckboxField
            id="directory-beds"
            label={t('directoryWeb.filter.bedsAvailable')}
            checked={draft.bedsAvailable}
            onChange={(checked) => set('bedsAvailable', checked)}
            className=""
          />
          <CheckboxField
            id="directory-csec"
            label={t('directoryWeb.filter.csec')}
            checked={draft.csecSpecialised}
            onChange={(checked) => set('csecSpecialised', checked)}
          />
        </div>
      </div>
      <ButtonGroup className="margin-top-2">
        <button type="submit" className="usa-button">
          {t('directoryWeb.filter.submit')}
        </button>
        <button
          type="button"
          className="usa-button usa-button--unstyled"
          onClick={() => {
            setDraft({ ...NO_FILTERS });
            setAgeError(false);
            onSearch({ ...NO_FILTERS });
          }}
        >
          {t('directoryWeb.filter.clear')}
        </button>
      </ButtonGroup>
    </form>
  );
}
