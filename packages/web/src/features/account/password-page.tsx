import { type FormEvent, useState } from 'react';
import { FocusAlert } from '../../components/focus-alert';
import { PasswordField } from '../../components/password-field';
import { useMessages } from '../../i18n';
import { message, type Problem, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { changeMyPassword } from './api';
import { checkPasswordChange, type Field, type FieldProblems, passwordChangeRefusal } from './password-checks';

type Outcome = { kind: 'changed'; sessionsEnded: number } | { kind: 'problem'; problem: Problem };

/** Changing my password: the current one, then the new one; my other sessions end. */
export function PasswordPage() {
  const { t, locale } = useMessages();
  usePageTitle('page.password.title');
  const { user } = useSignedIn();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '' });
  const [problems, setProblems] = useState<FieldProblems>({});
  const [outcome, setOutcome] = useState<{ value: Outcome; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const tell = (value: Outcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 }));
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((was) => ({ ...was, [field]: event.target.value }));
  const fieldError = (field: Field) => {
    const problem = problems[field];
    return problem ? problemText(problem, t, locale) : undefined;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found = checkPasswordChange(values);
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      tell({ kind: 'problem', problem: message('signIn.error.fields', { count }) });
      return;
    }
    setSubmitting(true);
    const result = await changeMyPassword(values);
    setSubmitting(false);
    setValues({ currentPassword: '', newPassword: '' });
    if (result.ok) {
      tell({ kind: 'changed', sessionsEnded: result.data.sessionsEnded });
      return;
    }
    // A lock after too many wrong passwords ends this session too: the app then goes to the sign-in page.
    if (result.kind === 'api' && result.status === 401) return;
    const refusal = passwordChangeRefusal(result);
    setProblems(refusal.fields);
    tell({ kind: 'problem', problem: refusal.summary });
  };

  return (
    <div className="grid-container usa-section harbor-page">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t('passwordPage.heading')}</h1>
          <p className="harbor-measure">{t('passwordPage.intro')}</p>
          {outcome?.value.kind === 'changed' && (
            <FocusAlert
              type="success"
              heading={t('passwordPage.done.heading')}
              focusKey={outcome.attempt}
              testId="password-alert"
            >
              <p className="usa-alert__text">{t('passwordPage.done.body', { count: outcome.value.sessionsEnded })}</p>
            </FocusAlert>
          )}
          {outcome?.value.kind === 'problem' && (
            <FocusAlert
              type="error"
              heading={t('passwordPage.error.heading')}
              focusKey={outcome.attempt}
              testId="password-alert"
            >
              <p className="usa-alert__text">{problemText(outcome.value.problem, t, locale)}</p>
            </FocusAlert>
          )}
          <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
            <input type="hidden" name="username" autoComplete="username" value={user.email} readOnly />
            <PasswordField
              id="currentPassword"
              kind="current"
              label={t('passwordPage.current.label')}
              error={fieldError('currentPassword')}
              value={values.currentPassword}
              onChange={set('currentPassword')}
            />
            <PasswordField
              id="newPassword"
              kind="new"
              label={t('password.new.label')}
              hint={t('password.new.hint')}
              error={fieldError('newPassword')}
              value={values.newPassword}
              onChange={set('newPassword')}
            />
            <button type="submit" className="usa-button" disabled={submitting}>
              {submitting ? t('passwordPage.submitting') : t('passwordPage.submit')}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
