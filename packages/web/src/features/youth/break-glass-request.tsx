import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { breakGlass } from './api';

/** 404: not found, or not on the caller's care teams. Break-glass opens it for 60 minutes with a written reason. */
export function BreakGlassRequest({ id, onOpened }: { id: string; onOpened: () => void }) {
  const { t, locale } = useMessages();
  const info = useSignedIn();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 20) {
      setError(t('youthPage.breakGlass.tooShort'));
      return;
    }
    setError(undefined);
    const result = await breakGlass(id, reason.trim());
    if (result.ok) onOpened();
    else setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  };
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('youthPage.missing.title')}</h1>
      <p className="harbor-measure">{t('youthPage.missing.body')}</p>
      {roleMay(info.user.role, 'break_glass.use') && (
        <section aria-labelledby="break-glass-heading">
          <h2 id="break-glass-heading">{t('youthPage.breakGlass.heading')}</h2>
          <p className="harbor-measure">{t('youthPage.breakGlass.explain')}</p>
          {problem && (
            <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
              <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
            </FocusAlert>
          )}
          <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)} noValidate>
            <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
              <label className={error ? 'usa-label usa-label--error' : 'usa-label'} htmlFor="break-glass-reason">
                {t('youthPage.breakGlass.reason')}
              </label>
              {error && (
                <span className="usa-error-message" id="break-glass-reason-error">
                  {error}
                </span>
              )}
              <textarea
                className={error ? 'usa-textarea usa-input--error' : 'usa-textarea'}
                id="break-glass-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'break-glass-reason-error' : undefined}
              />
            </div>
            <button type="submit" className="usa-button usa-button--secondary">
              {t('youthPage.breakGlass.submit')}
            </button>
          </form>
        </section>
      )}
      <p>
        <Link className="usa-link" to="/app/youth">
          {t('youthPage.backToList')}
        </Link>
      </p>
    </div>
  );
}
