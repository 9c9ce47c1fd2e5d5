import { type FormEvent, type ReactNode, useState } from 'react';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { isSessionGone, message, type Problem, problemOf, problemText } from '../../problems';
import { useSession } from '../../session';
import { sendRecoveryCode, sendSecondFactor } from './api';
import { CODE_MAX_LENGTH, looksLikeRecoveryCode, totpDigits } from './step';

const MODES = {
  totp: {
    send: sendSecondFactor,
    heading: 'signIn.code.heading',
    intro: 'signIn.code.intro',
    label: 'signIn.code.label',
    hint: 'signIn.code.hint',
    required: 'signIn.code.required',
    invalid: 'signIn.code.invalid',
    refused: 'signIn.codeFailed',
    toggle: 'signIn.code.useRecovery',
  },
  recovery: {
    send: sendRecoveryCode,
    heading: 'signIn.recovery.heading',
    intro: 'signIn.recovery.intro',
    label: 'signIn.recovery.label',
    hint: 'signIn.recovery.hint',
    required: 'signIn.recovery.required',
    invalid: 'signIn.recovery.invalid',
    refused: 'signIn.recoveryFailed',
    toggle: 'signIn.code.useApp',
  },
} as const;

/**
 * Second step of a later sign-in: the 6-digit code from the authenticator app, or (toggle) one of the recovery
 * codes. A refused code counts toward the account's lockout, as a wrong password does.
 */
export function CodeStep({
  mode,
  onSwitch,
  onRestart,
  startOver,
}: {
  mode: 'totp' | 'recovery';
  onSwitch: () => void;
  onRestart: () => void;
  startOver: ReactNode;
}) {
  const { t, locale } = useMessages();
  const session = useSession();
  const texts = MODES[mode];
  const [code, setCode] = useState('');
  const [fieldProblem, setFieldProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fail = (problem: Problem) => setOutcome((was) => ({ problem, attempt: (was?.attempt ?? 0) + 1 }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const value = code.trim();
    const problem = !value
      ? message(texts.required)
      : (mode === 'totp' ? totpDigits(value) : looksLikeRecoveryCode(value))
        ? null
        : message(texts.invalid);
    setFieldProblem(problem);
    if (problem) {
      fail(message('signIn.error.fields', { count: 1 }));
      return;
    }
    setSubmitting(true);
    const result = await texts.send(mode === 'totp' ? (totpDigits(value) ?? value) : value);
    if (result.ok) {
      const next = await session.completeSignIn(result.data.csrfToken);
      setSubmitting(false);
      if (next.status !== 'signedIn') onRestart();
      return; // the page moves on to where the user was going
    }
    setSubmitting(false);
    setCode('');
    if (isSessionGone(result)) {
      // Not a wrong code: there is no half-way session any more (10-minute limit, or locked after wrong codes).
      onRestart();
      return;
    }
    fail(result.kind === 'api' && result.status === 401 ? message(texts.refused) : problemOf(result));
  };

  return (
    <>
      <h1>{t(texts.heading)}</h1>
      <p>{t(texts.intro)}</p>

      {outcome && (
        <FocusAlert type="error" heading={t('signIn.error.heading')} focusKey={outcome.attempt} testId="sign-in-alert">
          <p className="usa-alert__text">{problemText(outcome.problem, t, locale)}</p>
        </FocusAlert>
      )}

      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <TextField
          key={mode}
          id="code"
          name="code"
          type="text"
          label={t(texts.label)}
          hint={t(texts.hint)}
          error={fieldProblem ? problemText(fieldProblem, t, locale) : undefined}
          inputClassName={
            mode === 'totp' ? 'usa-input--small harbor-code-input' : 'usa-input--medium harbor-code-input'
          }
          inputMode={mode === 'totp' ? 'numeric' : 'text'}
          autoComplete={mode === 'totp' ? 'one-time-code' : 'off'}
          autoCapitalize={mode === 'totp' ? 'off' : 'characters'}
          spellCheck={false}
          maxLength={CODE_MAX_LENGTH}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" className="usa-button" disabled={submitting}>
          {submitting ? t('signIn.code.submitting') : t('signIn.code.submit')}
        </button>
      </form>
      <p className="harbor-toggle">
        <button type="button" className="usa-button usa-button--unstyled" onClick={onSwitch}>
          {t(texts.toggle)}
        </button>
      </p>
      {mode === 'recovery' && <p className="harbor-measure">{t('signIn.recovery.noCodes')}</p>}
      {startOver}
    </>
  );
}
