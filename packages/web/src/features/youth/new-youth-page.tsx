import { GENDER_IDENTITIES, PLACEMENT_KINDS } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api';
import { ErrorSummary, type SummaryEntry } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import type { Duplicates } from './api';

interface Form {
  given: string;
  family: string;
  namesUsed: string;
  dateOfBirth: string;
  estimatedAge: string;
  genderIdentity: string;
  pronouns: string;
  preferredLanguage: string;
  placementKind: string;
  placementDetail: string;
}

const EMPTY: Form = {
  given: '',
  family: '',
  namesUsed: '',
  dateOfBirth: '',
  estimatedAge: '',
  genderIdentity: '',
  pronouns: '',
  preferredLanguage: '',
  placementKind: '',
  placementDetail: '',
};

/** Which form field a server path such as `body.legalName.given` belongs to. */
const FIELD_OF: Record<string, keyof Form> = {
  'body.legalName.given': 'given',
  'body.legalName.family': 'family',
  'body.namesUsed': 'namesUsed',
  'body.dateOfBirth': 'dateOfBirth',
  'body.estimatedAge': 'estimatedAge',
  'body.genderIdentity': 'genderIdentity',
  'body.pronouns': 'pronouns',
  'body.preferredLanguage': 'preferredLanguage',
  'body.placement': 'placementKind',
  'body.placement.kind': 'placementKind',
  'body.placement.detail': 'placementDetail',
};

function bodyOf(form: Form, confirmNotDuplicate: boolean) {
  return {
    legalName: { given: form.given.trim(), family: form.family.trim() },
    namesUsed: form.namesUsed
      .split(/[\n,]/)
      .map((n) => n.trim())
      .filter(Boolean),
    dateOfBirth: form.dateOfBirth || null,
    estimatedAge: form.estimatedAge ? Number(form.estimatedAge) : null,
    genderIdentity: form.genderIdentity || null,
    pronouns: form.pronouns.trim() || null,
    preferredLanguage: form.preferredLanguage.trim() || null,
    placement: form.placementKind ? { kind: form.placementKind, detail: form.placementDetail.trim() || null } : null,
    ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
  };
}

/** /app/youth/new: a new youth record; possible duplicates are shown before anything is created. */
export function NewYouthPage() {
  const { t, locale } = useMessages();
  usePageTitle('youthPage.new.title');
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [summary, setSummary] = useState<{ entries: SummaryEntry[]; round: number } | null>(null);
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof Form) => (value: string) => setForm((was) => ({ ...was, [field]: value }));
  const showErrors = (found: Partial<Record<keyof Form, string>>, extra: SummaryEntry[] = []) => {
    setErrors(found);
    const entries = [
      ...Object.entries(found).map(([field, text]) => ({ target: `youth-${field}`, text: text as string })),
      ...extra,
    ];
    setSummary((was) => (entries.length ? { entries, round: (was?.round ?? 0) + 1 } : null));
  };

  const submit = async (confirmNotDuplicate: boolean) => {
    const found: Partial<Record<keyof Form, string>> = {};
    if (!form.given.trim()) found.given = t('youthPage.error.given');
    if (!form.family.trim()) found.family = t('youthPage.error.family');
    if (form.dateOfBirth && form.estimatedAge) found.estimatedAge = t('youthPage.error.both');
    if (Object.keys(found).length > 0) return showErrors(found);
    setBusy(true);
    const result = await api.post<{ id: string }>('/api/v1/youth', bodyOf(form, confirmNotDuplicate));
    setBusy(false);
    if (result.ok) {
      navigate(`/app/youth/${result.data.id}`);
      return;
    }
    if (result.kind === 'api' && result.status === 409) {
      const reported = (result.error as { duplicates?: Duplicates }).duplicates;
      if (reported) {
        setDuplicates(reported);
        showErrors({});
        return;
      }
    }
    if (result.kind === 'api' && result.error.fields?.length) {
      const fromServer: Partial<Record<keyof Form, string>> = {};
      const other: SummaryEntry[] = [];
      for (const f of result.error.fields) {
        const field = FIELD_OF[f.path];
        if (field) fromServer[field] = f.message;
        else other.push({ text: f.message });
      }
      return showErrors(fromServer, other);
    }
    setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  const select = (field: keyof Form, label: string, options: readonly string[], labelOf: (o: string) => string) => (
    <div className="usa-form-group">
      <label className="usa-label" htmlFor={`youth-${field}`}>
        {label}
      </label>
      <select
        className="usa-select"
        id={`youth-${field}`}
        value={form[field]}
        onChange={(e) => set(field)(e.target.value)}
      >
        <option value="">{t('youthPage.choose')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </div>
  );

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
      {duplicates && (
        <FocusAlert
          type="warning"
          heading={t('youthPage.duplicates.heading')}
          focusKey={duplicates}
          testId="youth-duplicates"
        >
          <p className="usa-alert__text">{t('youthPage.duplicates.why')}</p>
          {duplicates.visible.length > 0 && (
            <>
              <p className="usa-alert__text">{t('youthPage.duplicates.visible')}</p>
              <ul className="usa-list">
                {duplicates.visible.map((d) => (
                  <li key={d.id}>
                    <Link className="usa-link" to={`/app/youth/${d.id}`}>
                      {d.displayName}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {duplicates.elsewhere.length > 0 && (
            <>
              <p className="usa-alert__text">{t('youthPage.duplicates.elsewhere')}</p>
              <ul className="usa-list" data-testid="youth-duplicates-elsewhere">
                {duplicates.elsewhere.map((d) => (
                  <li key={d.agencyId}>{d.agencyName}</li>
                ))}
              </ul>
            </>
          )}
          <ul className="usa-button-group margin-top-1">
            <li className="usa-button-group__item">
              <button type="button" className="usa-button" disabled={busy} onClick={() => void submit(true)}>
                {t('youthPage.duplicates.create')}
              </button>
            </li>
            <li className="usa-button-group__item">
              <Link className="usa-button usa-button--outline" to="/app/youth">
                {t('youthPage.cancel')}
              </Link>
            </li>
          </ul>
        </FocusAlert>
      )}
      <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate>
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
          {select('genderIdentity', t('youthPage.field.gender'), GENDER_IDENTITIES, (o) =>
            t(`youth.gender.${o}` as never),
          )}
          <TextField
            id="youth-pronouns"
            label={t('youthPage.field.pronouns')}
            value={form.pronouns}
            onChange={(e) => set('pronouns')(e.target.value)}
            error={errors.pronouns}
          />
          <TextField
            id="youth-preferredLanguage"
            label={t('youthPage.field.language')}
            hint={t('youthPage.field.languageHint')}
            value={form.preferredLanguage}
            onChange={(e) => set('preferredLanguage')(e.target.value)}
            error={errors.preferredLanguage}
            inputClassName="usa-input--small"
          />
        </fieldset>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t('youthPage.section.placement')}</legend>
          {select('placementKind', t('youthPage.field.placement'), PLACEMENT_KINDS, (o) =>
            t(`youth.placement.${o}` as never),
          )}
          <TextField
            id="youth-placementDetail"
            label={t('youthPage.field.placementDetail')}
            value={form.placementDetail}
            onChange={(e) => set('placementDetail')(e.target.value)}
            error={errors.placementDetail}
          />
        </fieldset>
        <button type="submit" className="usa-button" disabled={busy}>
          {t('youthPage.new.submit')}
        </button>
      </form>
    </div>
  );
}
