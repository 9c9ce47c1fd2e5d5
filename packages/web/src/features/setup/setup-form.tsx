import { AGENCY_KINDS } from '@harbor/core';
import { useState } from 'react';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import type { Field } from './setup-checks';
import type { SetupModel } from './use-setup';

/** The first administrator's name, e-mail and password, and their agency. */
export function SetupForm({ setup }: { setup: SetupModel }) {
  const { t, locale } = useMessages();
  const [showPassword, setShowPassword] = useState(false);
  const fieldError = (field: Field) => {
    const problem = setup.problems[field];
    return problem ? problemText(problem, t, locale) : undefined;
  };
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={setup.onSubmit}>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend harbor-legend">{t('setupPage.you.legend')}</legend>
        <TextField
          id="displayName"
          name="displayName"
          label={t('setupPage.name.label')}
          hint={t('setupPage.name.hint')}
          error={fieldError('displayName')}
          autoComplete="name"
          maxLength={200}
          value={setup.values.displayName}
          onChange={setup.set('displayName')}
        />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('signIn.email.label')}
          hint={t('setupPage.email.hint')}
          error={fieldError('email')}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={254}
          value={setup.values.email}
          onChange={setup.set('email')}
        />
        <TextField
          id="password"
          name="password"
          type={showPassword ? 'text' : 'password'}
          label={t('setupPage.password.label')}
          hint={t('setupPage.password.hint')}
          error={fieldError('password')}
          autoComplete="new-password"
          value={setup.values.password}
          onChange={setup.set('password')}
          after={
            <button
              type="button"
              className="usa-show-password"
              aria-controls="password"
              onClick={() => setShowPassword((shown) => !shown)}
            >
              {showPassword ? t('signIn.password.hide') : t('signIn.password.show')}
            </button>
          }
        />
      </fieldset>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend harbor-legend">{t('setupPage.agency.legend')}</legend>
        <TextField
          id="agencyName"
          name="agencyName"
          label={t('setupPage.agencyName.label')}
          hint={t('setupPage.agencyName.hint')}
          error={fieldError('agencyName')}
          autoComplete="organization"
          maxLength={200}
          value={setup.values.agencyName}
          onChange={setup.set('agencyName')}
        />
        <div className={setup.problems.agencyKind ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
          <label
            className={setup.problems.agencyKind ? 'usa-label usa-label--error' : 'usa-label'}
            htmlFor="agencyKind"
          >
            {t('setupPage.agencyKind.label')}
          </label>
          {setup.problems.agencyKind && (
            <span className="usa-error-message" id="agencyKind-error">
              {fieldError('agencyKind')}
            </span>
          )}
          <select
            className={setup.problems.agencyKind ? 'usa-select usa-input--error' : 'usa-select'}
            id="agencyKind"
            name="agencyKind"
            value={setup.values.agencyKind}
            onChange={setup.set('agencyKind')}
            aria-invalid={setup.problems.agencyKind ? true : undefined}
            aria-describedby={setup.problems.agencyKind ? 'agencyKind-error' : undefined}
          >
            <option value="">{t('setupPage.agencyKind.choose')}</option>
            {AGENCY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`agencyKindName.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <button type="submit" className="usa-button" disabled={setup.submitting}>
        {setup.submitting ? t('setupPage.submitting') : t('setupPage.submit')}
      </button>
    </form>
  );
}
