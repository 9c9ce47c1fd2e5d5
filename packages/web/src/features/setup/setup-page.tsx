import { AGENCY_KINDS, type AgencyKind } from '@harbor/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { translate } from '../../messages';
import { message, type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';

type Field = 'displayName' | 'email' | 'password' | 'agencyName' | 'agencyKind';
const FIELDS: readonly Field[] = ['displayName', 'email', 'password', 'agencyName', 'agencyKind'];

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;
/** The server's password policy (packages/server/src/auth/passwords.ts), counted in characters as people see them. */
const PASSWORD_MIN = 12;
const PASSWORD_MAX = 128;

/** Messages the server sends for set-up, recognised so that a language switch can re-translate them. */
const KNOWN_REFUSALS: readonly AppMessageKey[] = ['setup.linkInvalid', 'setup.alreadyDone', 'account.emailTaken'];

function characterCount(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** The one-time token from the address (`/setup#TOKEN`); the fragment never reaches the server or its logs. */
function tokenFromAddress(): string {
  const raw = window.location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/** First-time set-up: the link Harbor prints on an empty database creates the first administrator. */
export function SetupPage() {
  const { t, locale } = useMessages();
  usePageTitle('page.setup.title');
  const [token, setToken] = useState(tokenFromAddress);
  const [values, setValues] = useState<Record<Field, string>>({
    displayName: '',
    email: '',
    password: '',
    agencyName: '',
    agencyKind: '',
  });
  const [showPassword, setShowPassword] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, Problem>>>({});
  const [outcome, setOutcome] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fail = (problem: Problem) => setOutcome((was) => ({ problem, attempt: (was?.attempt ?? 0) + 1 }));

  // The token is a secret: take it out of the address bar (and so out of the history and any screenshot). The link
  // may also be pasted while this page is open, which changes only the fragment.
  useEffect(() => {
    const take = () => {
      if (!window.location.hash) return;
      const fresh = tokenFromAddress();
      if (fresh) setToken(fresh);
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((was) => ({ ...was, [field]: event.target.value }));

  const check = (): Partial<Record<Field, Problem>> => {
    const found: Partial<Record<Field, Problem>> = {};
    if (!values.displayName.trim()) found.displayName = message('setupPage.name.required');
    const email = values.email.trim();
    if (!email) found.email = message('signIn.email.required');
    else if (!EMAIL_SHAPE.test(email)) found.email = message('signIn.email.invalid');
    const length = characterCount(values.password);
    if (length === 0) found.password = message('setupPage.password.required');
    else if (length < PASSWORD_MIN) found.password = message('password.too_short', { minimum: PASSWORD_MIN });
    else if (length > PASSWORD_MAX) found.password = message('password.too_long', { maximum: PASSWORD_MAX });
    const agency = values.agencyName.trim();
    if (!agency) found.agencyName = message('setupPage.agencyName.required');
    else if (agency.length < 2) found.agencyName = message('setupPage.agencyName.tooShort');
    if (!(AGENCY_KINDS as readonly string[]).includes(values.agencyKind)) {
      found.agencyKind = message('setupPage.agencyKind.required');
    }
    return found;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found = check();
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      fail(message('signIn.error.fields', { count }));
      return;
    }
    setSubmitting(true);
    const result = await api.post<{ email: string }>('/api/v1/auth/setup', {
      token,
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
      agencyName: values.agencyName.trim(),
      agencyKind: values.agencyKind as AgencyKind,
    });
    setSubmitting(false);
    if (result.ok) {
      setValues((was) => ({ ...was, password: '' }));
      setCreated(result.data.email);
      return;
    }
    if (result.kind === 'network') {
      fail(problemOf(result));
      return;
    }
    // Problems with one field come back translated, by field; show each beside its field.
    const fromServer: Partial<Record<Field, Problem>> = {};
    const elsewhere: string[] = [];
    for (const field of result.error.fields ?? []) {
      const name = field.path.replace(/^body\./, '');
      if ((FIELDS as readonly string[]).includes(name))
        fromServer[name as Field] = { kind: 'text', text: field.message };
      else elsewhere.push(field.message);
    }
    // A token the server cannot even read (cut short when copied) is a link that does not work.
    const badLink = (result.error.fields ?? []).some((field) => field.path === 'body.token');
    const known = badLink
      ? 'setup.linkInvalid'
      : KNOWN_REFUSALS.find((key) => result.error.message === translate(result.locale, key));
    if (known === 'account.emailTaken') fromServer.email = message(known);
    setProblems(fromServer);
    const mapped = Object.keys(fromServer).length;
    if (known) fail(message(known));
    else if (mapped > 0 && elsewhere.length === 0) fail(message('signIn.error.fields', { count: mapped }));
    else if (elsewhere.length > 0) fail({ kind: 'text', text: elsewhere.join(' ') });
    else fail(problemOf(result));
  };

  const fieldError = (field: Field) => {
    const problem = problems[field];
    return problem ? problemText(problem, t, locale) : undefined;
  };

  if (created) {
    return (
      <div className="grid-container usa-section harbor-page">
        <div className="grid-row">
          <div className="tablet:grid-col-8 desktop:grid-col-6">
            <h1>{t('setupPage.heading')}</h1>
            <FocusAlert type="success" heading={t('setupPage.done.heading')} focusKey={created} testId="setup-alert">
              <p className="usa-alert__text">{t('setupPage.done.body', { email: created })}</p>
            </FocusAlert>
            <p>
              <Link className="usa-button" to="/sign-in">
                {t('setupPage.done.signIn')}
              </Link>
            </p>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="grid-container usa-section harbor-page">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t('setupPage.heading')}</h1>
          {!token ? (
            <div className="usa-alert usa-alert--warning harbor-alert" data-testid="setup-alert">
              <div className="usa-alert__body">
                <h2 className="usa-alert__heading">{t('setupPage.noToken.heading')}</h2>
                <p className="usa-alert__text">{t('setupPage.noToken.body')}</p>
              </div>
            </div>
          ) : (
            <>
              <p>{t('setupPage.intro')}</p>
              {outcome && (
                <FocusAlert
                  type="error"
                  heading={t('setupPage.error.heading')}
                  focusKey={outcome.attempt}
                  testId="setup-alert"
                >
                  <p className="usa-alert__text">{problemText(outcome.problem, t, locale)}</p>
                </FocusAlert>
              )}
              <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
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
                    value={values.displayName}
                    onChange={set('displayName')}
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
                    value={values.email}
                    onChange={set('email')}
                  />
                  <TextField
                    id="password"
                    name="password"
                    type={showPassword ? 'text' : 'password'}
                    label={t('setupPage.password.label')}
                    hint={t('setupPage.password.hint')}
                    error={fieldError('password')}
                    autoComplete="new-password"
                    value={values.password}
                    onChange={set('password')}
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
                    value={values.agencyName}
                    onChange={set('agencyName')}
                  />
                  <div className={problems.agencyKind ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
                    <label
                      className={problems.agencyKind ? 'usa-label usa-label--error' : 'usa-label'}
                      htmlFor="agencyKind"
                    >
                      {t('setupPage.agencyKind.label')}
                    </label>
                    {problems.agencyKind && (
                      <span className="usa-error-message" id="agencyKind-error">
                        {fieldError('agencyKind')}
                      </span>
                    )}
                    <select
                      className={problems.agencyKind ? 'usa-select usa-input--error' : 'usa-select'}
                      id="agencyKind"
                      name="agencyKind"
                      value={values.agencyKind}
                      onChange={set('agencyKind')}
                      aria-invalid={problems.agencyKind ? true : undefined}
                      aria-describedby={problems.agencyKind ? 'agencyKind-error' : undefined}
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
                <button type="submit" className="usa-button" disabled={submitting}>
                  {submitting ? t('setupPage.submitting') : t('setupPage.submit')}
                </button>
              </form>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
