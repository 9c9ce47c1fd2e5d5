import { HARBOR_CATEGORIES, SERVICE_STATUSES } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorSummary } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { message, type Problem, problemOf, problemText } from '../../problems';
import { type ServiceDetail, updateService } from './api';
import { STAFF_LANGUAGES } from './search-filters';
import { changesOf, type FormProblem, formOf, formProblems, type TextKey, translated } from './service-edit';
import { languageName, statusName } from './service-words';

const PROBLEM_FIELD: Record<FormProblem, string> = {
  name: 'edit-name',
  minimumAge: 'edit-min-age',
  maximumAge: 'edit-max-age',
  ageOrder: 'edit-max-age',
};

/**
 * The editor's form of a service (permission directory.edit): its texts, ages, languages, needs and areas. It sends
 * only what changed, at the version read; a change made meanwhile by someone else (409) reloads the service.
 */
export function ServiceEditor({
  service,
  onSaved,
  onCancel,
  onConflict,
}: {
  service: ServiceDetail;
  onSaved: () => void;
  onCancel: () => void;
  onConflict: () => void;
}) {
  const { t, locale } = useMessages();
  const [form, setForm] = useState(() => formOf(service));
  const [problems, setProblems] = useState<{ list: FormProblem[]; round: number }>({ list: [], round: 0 });
  const [failure, setFailure] = useState<{ problem: Problem; round: number } | null>(null);
  const [sending, setSending] = useState(false);
  const has = (p: FormProblem) => problems.list.includes(p);
  const languages = [
    ...STAFF_LANGUAGES,
    ...form.languages.filter((l) => !(STAFF_LANGUAGES as readonly string[]).includes(l)),
  ];
  const toggle = (key: 'languages' | 'categories', value: string, on: boolean) =>
    setForm((f) => ({ ...f, [key]: on ? [...f[key], value] : f[key].filter((v) => v !== value) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = formProblems(form);
    setProblems((p) => ({ list, round: p.round + 1 }));
    if (list.length > 0) return;
    const changes = changesOf(service, form);
    if (!changes)
      return setFailure((f) => ({ problem: message('directoryWeb.edit.nothing'), round: (f?.round ?? 0) + 1 }));
    setSending(true);
    const result = await updateService(service.id, changes);
    setSending(false);
    if (result.ok) return onSaved();
    if (result.kind === 'api' && result.status === 409) return onConflict();
    setFailure((f) => ({ problem: problemOf(result), round: (f?.round ?? 0) + 1 }));
  };

  const textField = (key: TextKey, id: string, label: AppMessageKey, multiline: boolean) => {
    const locked = translated(service, key);
    const hint = locked ? t('directoryWeb.edit.translated') : undefined;
    const error = key === 'name' && has('name') ? t('directoryWeb.edit.error.name') : undefined;
    if (!multiline)
      return (
        <TextField
          id={id}
          label={t(label)}
          hint={hint}
          error={error}
          readOnly={locked}
          value={form[key]}
          maxLength={200}
          onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        />
      );
    return (
      <TextAreaField
        id={id}
        label={t(label)}
        hint={hint}
        readOnly={locked}
        value={form[key]}
        maxLength={4000}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      />
    );
  };

  return (
    <section aria-labelledby="service-edit-heading" data-testid="service-editor">
      <h2 id="service-edit-heading">{t('directoryWeb.edit.heading')}</h2>
      {problems.list.length > 0 && (
        <ErrorSummary
          heading={t('directoryWeb.edit.notSaved')}
          focusKey={problems.round}
          entries={problems.list.map((p) => ({
            target: PROBLEM_FIELD[p],
            text: t(`directoryWeb.edit.error.${p}` as AppMessageKey),
          }))}
          onFollow={(target) => document.getElementById(target)?.focus()}
        />
      )}
      {failure && (
        <FocusAlert type="error" heading={t('directoryWeb.edit.notSaved')} focusKey={failure.round}>
          <p className="usa-alert__text">{problemText(failure.problem, t, locale)}</p>
        </FocusAlert>
      )}
      <form className="usa-form maxw-none" onSubmit={(e) => void submit(e)} noValidate>
        {textField('name', 'edit-name', 'directoryWeb.edit.name', false)}
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="edit-status">
            {t('directoryWeb.edit.status')}
          </label>
          <div className="usa-hint" id="edit-status-hint">
            {t('directoryWeb.edit.statusHint')}
          </div>
          <select
            className="usa-select"
            id="edit-status"
            aria-describedby="edit-status-hint"
            value={form.status}
            onChange={(e) => setForm((f) => ({ ...f, status: e.target.value as typeof f.status }))}
          >
            {SERVICE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusName(status, t)}
              </option>
            ))}
          </select>
        </div>
        {textField('description', 'edit-description', 'directoryWeb.service.about', true)}
        {textField('eligibilityDescription', 'edit-eligibility', 'directoryWeb.service.eligibility', true)}
        <div className="harbor-filters">
          <TextField
            id="edit-min-age"
            label={t('directoryWeb.edit.minimumAge')}
            error={has('minimumAge') ? t('directoryWeb.edit.error.minimumAge') : undefined}
            inputMode="numeric"
            inputClassName="usa-input--small"
            value={form.minimumAge}
            onChange={(e) => setForm((f) => ({ ...f, minimumAge: e.target.value }))}
          />
          <TextField
            id="edit-max-age"
            label={t('directoryWeb.edit.maximumAge')}
            error={
              has('maximumAge')
                ? t('directoryWeb.edit.error.maximumAge')
                : has('ageOrder')
                  ? t('directoryWeb.edit.error.ageOrder')
                  : undefined
            }
            inputMode="numeric"
            inputClassName="usa-input--small"
            value={form.maximumAge}
            onChange={(e) => setForm((f) => ({ ...f, maximumAge: e.target.value }))}
          />
        </div>
        <fieldset className="usa-fieldset margin-top-2">
          <legend className="usa-legend">{t('directoryWeb.service.languages')}</legend>
          {languages.map((code) => (
            <CheckboxField
              key={code}
              id={`edit-language-${code}`}
              label={languageName(code, locale)}
              checked={form.languages.includes(code)}
              onChange={(on) => toggle('languages', code, on)}
              className=""
            />
          ))}
        </fieldset>
        <fieldset className="usa-fieldset margin-top-2">
          <legend className="usa-legend">{t('directoryWeb.service.categories')}</legend>
          {HARBOR_CATEGORIES.map((c) => (
            <CheckboxField
              key={c.id}
              id={`edit-category-${c.id}`}
              label={c.label[locale]}
              checked={form.categories.includes(c.id)}
              onChange={(on) => toggle('categories', c.id, on)}
              className=""
            />
          ))}
        </fieldset>
        <TextAreaField
          id="edit-areas"
          label={t('directoryWeb.edit.areas')}
          hint={t('directoryWeb.edit.areasHint')}
          value={form.areas}
          onChange={(e) => setForm((f) => ({ ...f, areas: e.target.value }))}
        />
        <ButtonGroup className="margin-top-3">
          <button type="submit" className="usa-button" disabled={sending}>
            {t('directoryWeb.edit.save')}
          </button>
          <button type="button" className="usa-button usa-button--outline" onClick={onCancel}>
            {t('directoryWeb.edit.cancel')}
          </button>
        </ButtonGroup>
      </form>
    </section>
  );
}
