import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { message, type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { readPasswordResetInfo, requestPasswordReset } from './api';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/**
 * "Forgot your password?": where e-mail is set up, a form that sends a reset link (the answer is the same whether or
 * not the address has an account); otherwise, who to ask. Also what to do after losing the phone.
 */
export function ForgotPasswordPage() {
  const { t, locale } = useMessages();
  usePageTitle('page.forgotPassword.title');
  const [byEmail, setByEmail] = useState<boolean | null>(null);
  const [email, setEmail] = useState('');
  const [fieldProblem, setFieldProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [sent, setSent] = useState<{ email: string; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fail = (problem: Problem) => setOutcome((was) => ({ problem, attempt: (was?.attempt ?? 0) + 1 }));

  useEffect(() => {
    void readPasswordResetInfo().then((result) => {
      // Without an answer, send people to an administrator: that always works.
      setByEmail(result.ok ? result.data.byEmail : false);
    });
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const value = email.trim();
    const problem = !value
      ? message('signIn.email.required')
      : EMAIL_SHAPE.test(value)
        ? null
        : message('signIn.email.invalid');
    setFieldProblem(problem);
    if (problem) {
      fail(message('signIn.error.fields', { count: 1 }));
      return;
    }
    setSubmitting(true);
    const result = await requestPasswordReset(value);
    setSubmitting(false);
    if (result.ok) {
      setOutcome(null);
      setSent((was) => ({ email: value, attempt: (was?.attempt ?? 0) + 1 }));
      return;
    }
    if (result.kind === 'api' && result.status === 409) setByEmail(false);
    fail(problemOf(result));
  };

  return (
    <div className="grid-container usa-section harbor-page">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t('forgotPassword.heading')}</h1>
          {byEmail === null && (
            <p className="harbor-loading" role="status">
              {t('forgotPassword.loading')}
            </p>
          )}
          {byEmail === false && (
            <div className="usa-alert usa-alert--info harbor-alert" data-testid="forgot-password-admin">
              <div className="usa-alert__body">
                <h2 className="usa-alert__heading">{t('forgotPassword.askAdmin.heading')}</h2>
                <p className="usa-alert__text">{t('forgotPassword.askAdmin.body')}</p>
              </div>
            </div>
          )}
          {byEmail && (
            <>
              <p className="harbor-measure">{t('forgotPassword.intro')}</p>
              {sent && (
                <FocusAlert
                  type="success"
                  heading={t('forgotPassword.sent.heading')}
                  focusKey={sent.attempt}
                  testId="forgot-password-alert"
                >
                  <p className="usa-alert__text">{t('forgotPassword.sent.body', { email: sent.email })}</p>
                </FocusAlert>
              )}
              {outcome && (
                <FocusAlert
                  type="error"
                  heading={t('forgotPassword.error.heading')}
                  focusKey={outcome.attempt}
                  testId="forgot-password-alert"
                >
                  <p className="usa-alert__text">{problemText(outcome.problem, t, locale)}</p>
                </FocusAlert>
              )}
              <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
                <TextField
                  id="email"
                  name="email"
                  type="email"
                  label={t('signIn.email.label')}
                  hint={t('forgotPassword.email.hint')}
                  error={fieldProblem ? problemText(fieldProblem, t, locale) : undefined}
                  autoComplete="username"
                  autoCapitalize="off"
                  spellCheck={false}
                  maxLength={254}
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
                <button type="submit" className="usa-button" disabled={submitting}>
                  {submitting ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
                </button>
              </form>
            </>
          )}
          <h2>{t('forgotPassword.phone.heading')}</h2>
          <p className="harbor-measure">{t('forgotPassword.phone.body')}</p>
          <p>
            <Link className="usa-link" to="/sign-in">
              {t('forgotPassword.back')}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
