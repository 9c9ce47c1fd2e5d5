import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { PasswordField } from '../../components/password-field';
import { useMessages } from '../../i18n';
import { useLinkToken } from '../../link-token';
import { newPasswordProblem } from '../../password-rules';
import { message, type Problem, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { resetPassword } from './api';
import { resetRefusal } from './reset-refusal';

/**
 * Choosing a new password with a reset link (/reset-password#TOKEN), e-mailed or given by an administrator. Every
 * session of the person ends; they sign in again with the new password and their authenticator app.
 */
export function ResetPasswordPage() {
  const { t, locale } = useMessages();
  usePageTitle('page.resetPassword.title');
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [fieldProblem, setFieldProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<{ problem: Problem; linkGone: boolean; attempt: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Another link pasted while the page is open starts afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the token changes
  useEffect(() => {
    setDone(null);
    setOutcome(null);
    setFieldProblem(null);
  }, [token]);
  const fail = (problem: Problem, linkGone = false) =>
    setOutcome((was) => ({ problem, linkGone, attempt: (was?.attempt ?? 0) + 1 }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const problem = newPasswordProblem(password, 'password.new.required') ?? null;
    setFieldProblem(problem);
    if (problem) {
      fail(message('signIn.error.fields', { count: 1 }));
      return;
    }
    setSubmitting(true);
    const result = await resetPassword({ token, password });
    setSubmitting(false);
    if (result.ok) {
      setPassword('');
      setDone(result.data.email);
      return;
    }
    const refusal = resetRefusal(result);
    setFieldProblem(refusal.field ?? null);
    fail(refusal.summary, refusal.linkGone);
  };

  const content = (() => {
    if (done) {
      return (
        <>
          <FocusAlert type="success" heading={t('resetPassword.done.heading')} focusKey={done} testId="reset-alert">
            <p className="usa-alert__text">{t('resetPassword.done.body', { email: done })}</p>
          </FocusAlert>
          <p>
            <Link className="usa-button" to="/sign-in">
              {t('resetPassword.done.signIn')}
            </Link>
          </p>
        </>
      );
    }
    if (!token) {
      return (
        <div className="usa-alert usa-alert--warning harbor-alert" data-testid="reset-alert">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('resetPassword.noToken.heading')}</h2>
            <p className="usa-alert__text">{t('resetPassword.noToken.body')}</p>
          </div>
        </div>
      );
    }
    return (
      <>
        <p className="harbor-measure">{t('resetPassword.intro')}</p>
        {outcome && (
          <FocusAlert
            type="error"
            heading={t('resetPassword.error.heading')}
            focusKey={outcome.attempt}
            testId="reset-alert"
          >
            <p className="usa-alert__text">{problemText(outcome.problem, t, locale)}</p>
            {outcome.linkGone && (
              <p className="usa-alert__text">
                <Link className="usa-link" to="/forgot-password">
                  {t('resetPassword.newLink')}
                </Link>
              </p>
            )}
          </FocusAlert>
        )}
        <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
          <PasswordField
            id="password"
            kind="new"
            label={t('password.new.label')}
            hint={t('password.new.hint')}
            error={fieldProblem ? problemText(fieldProblem, t, locale) : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="usa-button" disabled={submitting}>
            {submitting ? t('resetPassword.submitting') : t('resetPassword.submit')}
          </button>
        </form>
      </>
    );
  })();

  return (
    <div className="grid-container usa-section harbor-page">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t('resetPassword.heading')}</h1>
          {content}
        </div>
      </div>
    </div>
  );
}
