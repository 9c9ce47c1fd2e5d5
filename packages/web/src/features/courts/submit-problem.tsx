import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import type { useSubmit } from './use-submit';

/** The problem of a form's last submission, as an alert that takes the focus, with each field's message. */
export function SubmitProblem({ submit }: { submit: ReturnType<typeof useSubmit> }) {
  const { t, locale } = useMessages();
  if (!submit.problem) return null;
  return (
    <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={submit.problem.attempt}>
      <p className="usa-alert__text">{problemText(submit.problem.value, t, locale)}</p>
      {Object.keys(submit.fields).length > 0 && (
        <ul className="usa-list">
          {Object.entries(submit.fields).map(([name, text]) => (
            <li key={name}>{text}</li>
          ))}
        </ul>
      )}
    </FocusAlert>
  );
}
