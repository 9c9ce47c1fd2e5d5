import { type FormEvent, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';

/**
 * The ten recovery codes, shown this once. The user confirms they saved them before going on; copying and printing
 * are offered, downloading is not (a file left in a shared computer's downloads is easy to forget).
 */
export function RecoveryCodesStep({ codes, onContinue }: { codes: string[]; onContinue: () => Promise<void> }) {
  const { t } = useMessages();
  const [saved, setSaved] = useState(false);
  const [missing, setMissing] = useState(0);
  const [copied, setCopied] = useState(false);
  const [continuing, setContinuing] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && navigator.clipboard !== undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!saved) {
      setMissing((n) => n + 1);
      return;
    }
    setContinuing(true);
    await onContinue();
    setContinuing(false);
  };

  return (
    <>
      <h1>{t('signIn.codes.heading')}</h1>
      <p className="harbor-measure">{t('signIn.codes.intro')}</p>

      {missing > 0 && !saved && (
        <FocusAlert type="error" heading={t('signIn.codes.error.heading')} focusKey={missing} testId="sign-in-alert">
          <p className="usa-alert__text">{t('signIn.codes.confirmRequired')}</p>
        </FocusAlert>
      )}

      <div className="usa-alert usa-alert--warning usa-alert--slim harbor-alert harbor-no-print">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            <strong>{t('signIn.codes.once.heading')}.</strong> {t('signIn.codes.once.body')}
          </p>
        </div>
      </div>

      <section className="harbor-codes" aria-labelledby="recovery-codes-heading">
        <h2 id="recovery-codes-heading" className="harbor-codes__heading">
          {t('signIn.codes.listLabel')}
        </h2>
        <ol className="harbor-codes__list" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </section>

      <ButtonGroup className="harbor-no-print">
        {canCopy && (
          <button type="button" className="usa-button usa-button--outline" onClick={() => void copy()}>
            {t('signIn.codes.copy')}
          </button>
        )}
        <button type="button" className="usa-button usa-button--outline" onClick={() => window.print()}>
          {t('signIn.codes.print')}
        </button>
      </ButtonGroup>
      <p className="harbor-copied harbor-no-print" role="status">
        {copied ? t('signIn.codes.copied') : ''}
      </p>

      <form className="usa-form harbor-no-print" noValidate onSubmit={onSubmit}>
        <div className={missing > 0 && !saved ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
          {missing > 0 && !saved && (
            <span className="usa-error-message" id="codes-saved-error">
              {t('signIn.codes.confirmRequired')}
            </span>
          )}
          <div className="usa-checkbox">
            <input
              className="usa-checkbox__input"
              id="codes-saved"
              type="checkbox"
              checked={saved}
              onChange={(event) => setSaved(event.target.checked)}
              aria-invalid={missing > 0 && !saved ? true : undefined}
              aria-describedby={missing > 0 && !saved ? 'codes-saved-error' : undefined}
            />
            <label className="usa-checkbox__label" htmlFor="codes-saved">
              {t('signIn.codes.confirm')}
            </label>
          </div>
        </div>
        <button type="submit" className="usa-button" disabled={continuing}>
          {t('signIn.codes.continue')}
        </button>
      </form>
    </>
  );
}
