import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSession } from '../../session';
import type { SignInNavigationState } from '../../session-types';
import { usePageTitle } from '../../use-page-title';
import { CodeStep } from './code-step';
import { EnrolmentStep } from './enrolment-step';
import { PasswordStep } from './password-step';
import { RecoveryCodesStep } from './recovery-codes-step';
import type { Step } from './step';

const TITLES: Record<Step['kind'], AppMessageKey> = {
  password: 'page.signIn.title',
  enrol: 'page.signIn.enrol.title',
  codes: 'page.signIn.codes.title',
  code: 'page.signIn.code.title',
  recovery: 'page.signIn.recovery.title',
};

/** Only a path inside Harbor may be where sign-in leads back to (never another site). */
function safeReturnPath(from: unknown): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in')
    ? from
    : '/app';
}

/**
 * Signing in, one step at a time on one address: e-mail and password; then, on the first sign-in, setting up the
 * authenticator app and saving the recovery codes; on later ones, the 6-digit code or a recovery code.
 */
export function SignInPage() {
  const session = useSession();
  const { t } = useMessages();
  const location = useLocation();
  const arrival = (location.state ?? {}) as SignInNavigationState;
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [restarted, setRestarted] = useState(0);
  /** Once the user has done something here, the session loaded at start no longer decides the step. */
  const acted = useRef(false);
  const frame = useRef<HTMLDivElement>(null);
  const shownStep = useRef(step.kind);
  usePageTitle(TITLES[step.kind]);

  // A half-way sign-in (the page was reloaded, or the user came back) continues where it stopped.
  useEffect(() => {
    if (acted.current || session.state.status !== 'pending') return;
    setStep(session.state.stage === 'enrolling' ? { kind: 'enrol' } : { kind: 'code' });
  }, [session.state]);

  // Each new step is announced through its heading, as a new page would be.
  useEffect(() => {
    if (shownStep.current === step.kind) return;
    shownStep.current = step.kind;
    const heading = frame.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [step.kind]);

  const go = (next: Step) => {
    acted.current = true;
    setStep(next);
  };

  // The half-way session ended (10-minute limit, or locked after too many wrong codes): back to the first step.
  const restart = () => {
    acted.current = true;
    setRestarted((n) => n + 1);
    setStep({ kind: 'password' });
  };

  const startOver = async () => {
    acted.current = true;
    await session.abandonSignIn();
    setRestarted(0);
    setStep({ kind: 'password' });
  };

  if (session.state.status === 'signedIn' && (step.kind !== 'codes' || step.done)) {
    return <Navigate to={safeReturnPath(arrival.from)} replace />;
  }

  const startOverButton = (
    <p className="harbor-start-over">
      <button type="button" className="usa-button usa-button--unstyled" onClick={() => void startOver()}>
        {t('signIn.startOver')}
      </button>
    </p>
  );

  return (
    <div className="grid-container usa-section harbor-page" ref={frame}>
      <div className="grid-row">
        <div className={step.kind === 'enrol' ? 'desktop:grid-col-8' : 'tablet:grid-col-8 desktop:grid-col-6'}>
          {step.kind === 'password' && (
            <PasswordStep
              notice={restarted > 0 ? { notice: 'restart' } : arrival}
              restartKey={restarted}
              onDone={(stage) => go(stage === 'enrolling' ? { kind: 'enrol' } : { kind: 'code' })}
            />
          )}
          {step.kind === 'enrol' && (
            <EnrolmentStep
              onDone={(codes, csrfToken) => go({ kind: 'codes', codes, csrfToken })}
              onRestart={restart}
              startOver={startOverButton}
            />
          )}
          {step.kind === 'codes' && (
            <RecoveryCodesStep
              codes={step.codes}
              onContinue={async () => {
                const next = await session.completeSignIn(step.csrfToken);
                if (next.status === 'signedIn') setStep({ ...step, done: true });
                else restart();
              }}
            />
          )}
          {(step.kind === 'code' || step.kind === 'recovery') && (
            <CodeStep
              key={step.kind}
              mode={step.kind === 'code' ? 'totp' : 'recovery'}
              onSwitch={() => go({ kind: step.kind === 'code' ? 'recovery' : 'code' })}
              onRestart={restart}
              startOver={startOverButton}
            />
          )}
          <p className="margin-top-4">
            <Link className="usa-link" to="/help#account">
              {t('help.fromSignIn')}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
