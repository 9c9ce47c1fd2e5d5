import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { message, type Problem, problemOf, problemText } from '../../problems';
import { useSession } from '../../session';
import type { SessionStage } from '../../session-types';
import { type ArrivalNotice, SignInNotice } from './notice';

type Field = 'email' | 'password';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** First step: e-mail address and password. */
export function PasswordStep({
  notice,
  restartKey,
  onDone,
}: {
  notice: ArrivalNotice;
  restartKey: number;
  onDone: (stage: SessionStage) => void;
}) {
  const { t, locale } = useMessages();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, Problem>>>({});
  const [outcome, setOutcome] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const fail = (problem: Problem) => setOutcome((was) => ({ problem, attempt: (was?.attempt ?? 0) + 1 }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found: Partial<Record<Field, Problem>> = {};
    if (!email.trim()) found.email = message('signIn.email.required');
    else if (!EMAIL_SHAPE.test(email.trim())) found.email = message('signIn.email.invalid');
    if (!password) found.password = message('signIn.password.required');
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      fail(message('signIn.error.fields', { count }));
      return;
    }

    setSubmitting(true);
    const result = await session.signIn(email.trim(), password);
    setSubmitting(false);
    if (result.ok) {
      onDone(result.data.stage);
      return;
    }
    setPassword('');
    if (result.kind === 'network') {
      fail(problemOf(result));
      return;
    }
    const fromServer: Partial<Record<Field, Problem>> = {};
    for (const field of result.error.fields ?? []) {
      const name = field.path.replace(/^body\./, '');
      if (name === 'email' || name === 'password') fromServer[name] = { kind: 'text', text: field.message };
    }
    setProblems(fromServer);
    // A refused sign-in has its own text on the server (the same whatever the reason); keep it in every language.
    fail(result.error.code === 'unauthenticated' ? message('signIn.failed') : problemOf(result));
  };

  const fieldError = (field: Field) => {
    const problem = problems[field];
    return problem ? problemText(problem, t, locale) : undefined;
  };

  return (
    <>
      <h1>{t('signIn.heading')}</h1>
      {!outcome && <SignInNotice key={restartKey} notice={notice} />}
      <p>{t('signIn.intro')}</p>

      {outcome && (
        <FocusAlert type="error" heading={t('signIn.error.heading')} focusKey={outcome.attempt} testId="sign-in-alert">
          <p className="usa-alert__text">{problemText(outcome.problem, t, locale)}</p>
        </FocusAlert>
      )}

      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('signIn.email.label')}
          error={fieldError('email')}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="password"
          name="password"
          type={showPassword ? 'text' : 'password'}
          label={t('signIn.password.label')}
          error={fieldError('password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
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
        <button type="submit" className="usa-button" disabled={submitting}>
          {submitting ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="harbor-toggle">
        <Link className="usa-link" to="/forgot-password">
          {t('signIn.forgotPassword')}
        </Link>
      </p>
    </>
  );
}
