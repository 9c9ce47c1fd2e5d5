import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { setCsrfToken } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { groupsOf } from '../../format';
import { useMessages } from '../../i18n';
import { isSessionGone, message, type Problem, problemOf, problemText } from '../../problems';
import { confirmEnrolment, type Enrolment, startEnrolment } from './api';
import { totpDigits } from './step';

/**
 * The server's SVG as an image address. The policy allows data: images but no inline SVG markup, and an <img> never
 * runs anything inside the SVG.
 */
function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/**
 * First sign-in: a new authenticator secret as a QR code and as a key to type, then one code from the app to prove
 * it works. The server answers with the ten recovery codes.
 */
export function EnrolmentStep({
  onDone,
  onRestart,
  startOver,
}: {
  onDone: (codes: string[], csrfToken: string) => void;
  onRestart: () => void;
  startOver: ReactNode;
}) {
  const { t, locale } = useMessages();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [fieldProblem, setFieldProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const started = useRef(false);
  const restart = useRef(onRestart);
  restart.current = onRestart;
  const fail = (problem: Problem) => setOutcome((was) => ({ problem, attempt: (was?.attempt ?? 0) + 1 }));

  // One new secret per visit to this step (the server replaces any earlier, unconfirmed one).
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const result = await startEnrolment();
      if (result.ok) setEnrolment(result.data);
      else if (result.kind === 'api' && result.status === 401) restart.current();
      else setOutcome({ problem: problemOf(result), attempt: 1 });
    })();
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const digits = totpDigits(code);
    const problem = !code.trim() ? message('signIn.code.required') : digits ? null : message('signIn.code.invalid');
    setFieldProblem(problem);
    if (problem || !digits) {
      fail(message('signIn.error.fields', { count: 1 }));
      return;
    }
    setSubmitting(true);
    const result = await confirmEnrolment(digits);
    setSubmitting(false);
    if (result.ok) {
      setCsrfToken(result.data.csrfToken);
      onDone(result.data.recoveryCodes, result.data.csrfToken);
      return;
    }
    setCode('');
    if (isSessionGone(result)) {
      onRestart();
      return;
    }
    fail(result.kind === 'api' && result.status === 401 ? message('signIn.codeFailed') : problemOf(result));
  };

  return (
    <>
      <h1>{t('signIn.enrol.heading')}</h1>
      <p className="usa-intro harbor-measure">{t('signIn.enrol.intro')}</p>

      {outcome && (
        <FocusAlert type="error" heading={t('signIn.error.heading')} focusKey={outcome.attempt} testId="sign-in-alert">
          <p className="usa-alert__text">{problemText(outcome.problem, t, locale)}</p>
        </FocusAlert>
      )}

      <ol className="usa-process-list harbor-enrol">
        <li className="usa-process-list__item">
          <h2 className="usa-process-list__heading">{t('signIn.enrol.app.heading')}</h2>
          <p>{t('signIn.enrol.app.body')}</p>
        </li>
        <li className="usa-process-list__item">
          <h2 className="usa-process-list__heading">{t('signIn.enrol.scan.heading')}</h2>
          <p>{t('signIn.enrol.scan.body')}</p>
          {enrolment ? (
            <>
              <img
                className="harbor-qr"
                src={svgDataUrl(enrolment.qrSvg)}
                alt={t('signIn.enrol.qrAlt')}
                width={200}
                height={200}
                data-testid="totp-qr"
              />
              <p>{t('signIn.enrol.manual')}</p>
              <p className="harbor-key">
                <span className="usa-sr-only">{t('signIn.enrol.keyLabel')}: </span>
                {/* Groups of four for reading; copied, the key comes out without spaces. */}
                <code className="harbor-key__value" data-testid="totp-secret">
                  {groupsOf(enrolment.secret).map((group, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: groups of one key never move
                    <span key={index} className="harbor-key__group">
                      {group}
                    </span>
                  ))}
                </code>
              </p>
              <p>
                <a className="usa-link" href={enrolment.uri}>
                  {t('signIn.enrol.openApp')}
                </a>
              </p>
            </>
          ) : (
            <p className="harbor-loading" role="status">
              {t('signIn.enrol.loading')}
            </p>
          )}
        </li>
        <li className="usa-process-list__item">
          <h2 className="usa-process-list__heading">{t('signIn.enrol.confirm.heading')}</h2>
          <p>{t('signIn.enrol.confirm.body')}</p>
          <form className="usa-form" noValidate onSubmit={onSubmit}>
            <TextField
              id="code"
              name="code"
              type="text"
              label={t('signIn.code.label')}
              hint={t('signIn.code.hint')}
              error={fieldProblem ? problemText(fieldProblem, t, locale) : undefined}
              inputClassName="usa-input--small harbor-code-input"
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              maxLength={40}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <button type="submit" className="usa-button" disabled={submitting || !enrolment}>
              {submitting ? t('signIn.code.submitting') : t('signIn.enrol.submit')}
            </button>
          </form>
        </li>
      </ol>
      {startOver}
    </>
  );
}
