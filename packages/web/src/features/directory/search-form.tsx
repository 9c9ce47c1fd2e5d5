import { EVIDENCE_BASED_PRACTICES, HARBOR_CATEGORIES } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { ageProblem, NO_FILTERS, type SearchFilters, STAFF_LANGUAGES } from './search-filters';
import { languageName } from './service-words';

/**
 * The directory's filters: what the youth needs, the language staff speak, the youth's age, the area, availability
 * (open now or 24/7 intake, an emergency bed free), CSEC-specialised, an evidence-based practice, words and, for an
 * editor, the services no longer offered. Nothing is
 * sent until the person searches; a wrong age is said at its field, which takes focus.
 */
export function SearchForm({
  initial,
  onSearch,
  mayEdit = false,
}: {
  initial: SearchFilters;
  onSearch: (f: SearchFilters) => void;
  /** A directory editor: may list the services no longer offered too. */
  mayEdit?: boolean;
}) {
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
  type Text = 'text' | 'category' | 'language' | 'age' | 'area' | 'availability' | 'practice';
  type Flag = 'bedsAvailable' | 'csecSpecialised' | 'retired';
  const choose = (key: Text, label: AppMessageKey, options: { value: string; label: string }[]) => (
    <SelectField
      id={`directory-${key}`}
      label={t(label)}
      choose={any}
      value={draft[key]}
      onChange={(e) => set(key, e.target.value as SearchFilters[typeof key])}
      options={options}
    />
  );
  const write = (key: Text, label: AppMessageKey, more: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`directory-${key}`}
      label={t(label)}
      maxLength={100}
      value={draft[key]}
      onChange={(e) => set(key, e.target.value)}
      {...more}
    />
  );
  const tick = (key: Flag, id: string, label: AppMessageKey, className?: string) => (
    <CheckboxField
      id={id}
      label={t(label)}
      checked={draft[key]}
      onChange={(checked) => set(key, checked)}
      className={className}
    />
  );
  return (
    <form className="usa-form maxw-none" onSubmit={submit} noValidate data-testid="directory-filters">
      <div className="harbor-filters">
        {write('text', 'directoryWeb.filter.text', { hint: t('directoryWeb.filter.textHint') })}
        {choose(
          'category',
          'directoryWeb.filter.category',
          HARBOR_CATEGORIES.map((c) => ({ value: c.id, label: c.label[locale] })),
        )}
        {choose(
          'language',
          'directoryWeb.filter.language',
          STAFF_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) })),
        )}
        {write('age', 'directoryWeb.filter.age', {
          hint: t('directoryWeb.filter.ageHint'),
          error: ageError ? t('directoryWeb.error.age') : undefined,
          inputMode: 'numeric',
          inputClassName: 'usa-input--small',
          maxLength: undefined,
        })}
        {write('area', 'directoryWeb.filter.area')}
        {choose(
          'practice',
          'directoryWeb.filter.practice',
          EVIDENCE_BASED_PRACTICES.map((p) => ({ value: p.id, label: p.label[locale] })),
        )}
        {choose('availability', 'directoryWeb.filter.availability', [
          { value: 'open_now', label: t('directoryWeb.filter.openNow') },
          { value: 'intake_24_7', label: t('directoryWeb.filter.intake24x7') },
        ])}
        <div className="usa-form-group">
          {tick('bedsAvailable', 'directory-beds', 'directoryWeb.filter.bedsAvailable', '')}
          {tick('csecSpecialised', 'directory-csec', 'directoryWeb.filter.csec')}
          {mayEdit && tick('retired', 'directory-retired', 'directoryWeb.filter.retired')}
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
