import type { MessageKey } from '@harbor/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isErrorCode, postJson } from '../api';
import { useMessages } from '../i18n';
import { usePageTitle } from '../use-page-title';

type Field = 'email' | 'password';

/** A problem with one field: a catalog message (re-translated on a language switch) or the server's own text. */
type FieldProblem = { key: MessageKey } | { text: string };

/** The alert above the form. The server's message is kept with its language, so a switch can re-translate it. */
type Outcome =
  | { kind: 'fields'; count: number }
  | { kind: 'api'; code: string; message: string; locale: string }
  | { kind: 'network' }
  | { kind: 'signedIn' };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

export function SignInPage() {
  const { t, locale } = useMessages();
  usePageTitle('page.signIn.title');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem>>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // Move focus to the alert whenever a new outcome appears, so it is read out.
  useEffect(() => {
    if (outcome) summary.current?.focus();
  }, [outcome]);

  const problemText = (problem: FieldProblem) => ('key' in problem ? t(problem.key) : problem.text);

  const outcomeText = (value: Outcome): string => {
    switch (value.kind) {
      case 'fields':
        return t('signIn.error.fields', { count: value.count });
      case 'network':
        return t('signIn.error.network');
      case 'signedIn':
        return '';
      case 'api':
        // A refused sign-in has its own text on the server (the same whatever the reason); keep it in every language.
        if (value.code === 'unauthenticated') return t('signIn.failed');
        // The server already translated its message; after a language switch show our own text for the code.
        if (value.locale !== locale && isErrorCode(value.code)) return t(`error.${value.code}`);
        if (value.message) return value.message;
        return t(isErrorCode(value.code) ? `error.${value.code}` : 'error.internal');
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found: Partial<Record<Field, FieldProblem>> = {};
    if (!email.trim()) found.email = { key: 'signIn.email.required' };
    else if (!EMAIL_SHAPE.test(email.trim())) found.email = { key: 'signIn.email.invalid' };
    if (!password) found.password = { key: 'signIn.password.required' };
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      setOutcome({ kind: 'fields', count });
      return;
    }

    setSubmitting(true);
    const result = await postJson('/api/v1/auth/sign-in', { email: email.trim(), password }, locale);
    setSubmitting(false);
    if (result.ok) {
      setOutcome({ kind: 'signedIn' });
      return;
    }
    setPassword('');
    if (result.kind === 'network') {
      setOutcome({ kind: 'network' });
      return;
    }
    const fromServer: Partial<Record<Field, FieldProblem>> = {};
    for (const field of result.error.fields ?? []) {
      if (field.path === 'email' || field.path === 'password') fromServer[field.path] = { text: field.message };
    }
    setProblems(fromServer);
    setOutcome({ kind: 'api', code: result.error.code, message: result.error.message, locale });
  };

  const fieldClass = (field: Field) => (problems[field] ? 'usa-form-group usa-form-group--error' : 'usa-form-group');
  const inputClass = (field: Field) => (problems[field] ? 'usa-input usa-input--error' : 'usa-input');
  const describedBy = (field: Field) => (problems[field] ? `${field}-error` : undefined);
  const errorMessage = (field: Field) => {
    const problem = problems[field];
    return problem ? (
      <span className="usa-error-message" id={`${field}-error`}>
        {problemText(problem)}
      </span>
    ) : null;
  };

  return (
    <div className="grid-container usa-section">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t('signIn.heading')}</h1>
          <p>{t('signIn.intro')}</p>

          {outcome && (
            <div
              ref={summary}
              tabIndex={-1}
              className={outcome.kind === 'signedIn' ? 'usa-alert usa-alert--success' : 'usa-alert usa-alert--error'}
              data-testid="sign-in-alert"
            >
              <div className="usa-alert__body">
                <h2 className="usa-alert__heading">
                  {outcome.kind === 'signedIn' ? t('signIn.success.heading') : t('signIn.error.heading')}
                </h2>
                {outcome.kind !== 'signedIn' && <p className="usa-alert__text">{outcomeText(outcome)}</p>}
              </div>
            </div>
          )}

          <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
            <div className={fieldClass('email')}>
              <label className="usa-label" htmlFor="email">
                {t('signIn.email.label')}
              </label>
              {errorMessage('email')}
              <input
                className={inputClass('email')}
                id="email"
                name="email"
                type="email"
                autoComplete="username"
                autoCapitalize="off"
                spellCheck={false}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                aria-invalid={problems.email ? true : undefined}
                aria-describedby={describedBy('email')}
              />
            </div>
            <div className={fieldClass('password')}>
              <label className="usa-label" htmlFor="password">
                {t('signIn.password.label')}
              </label>
              {errorMessage('password')}
              <input
                className={inputClass('password')}
                id="password"
                name="password"
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-invalid={problems.password ? true : undefined}
                aria-describedby={describedBy('password')}
              />
              <button
                type="button"
                className="usa-show-password"
                aria-controls="password"
                onClick={() => setShowPassword((shown) => !shown)}
              >
                {showPassword ? t('signIn.password.hide') : t('signIn.password.show')}
              </button>
            </div>
            <button type="submit" className="usa-button" disabled={submitting}>
              {submitting ? t('signIn.submitting') : t('signIn.submit')}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
