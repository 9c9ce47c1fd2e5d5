import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import type { Sent } from './use-send';

/** The outcome of a form of the meeting's page, where the form is; it takes focus when it appears. */
export function SentAlert({ sent, testId }: { sent: Sent | null; testId?: string }) {
  const { t, locale } = useMessages();
  if (!sent) return null;
  return (
    <FocusAlert
      type={sent.ok ? 'success' : 'error'}
      heading={t(sent.ok ? 'meetings.saved' : 'meetings.notSaved')}
      focusKey={sent.key}
      {...(testId ? { testId } : {})}
    >
      <p className="usa-alert__text">{problemText(sent.problem, t, locale)}</p>
    </FocusAlert>
  );
}
