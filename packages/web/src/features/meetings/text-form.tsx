import { type FormEvent, type ReactNode, useState } from 'react';
import { TextAreaField } from '../../components/text-area-field';
import { useMessages } from '../../i18n';
import { SentAlert } from './sent-alert';
import type { Sent } from './use-send';

/**
 * A short form of the meeting's page around one text (an agenda item, a decision, an addendum, a goal), with any other
 * fields it needs: an empty text is refused beside the field (which takes focus), `check` names the other fields'
 * problems the same way, and the outcome is shown above the form. The text is emptied once saved.
 */
export function TextForm({
  id,
  label,
  submit,
  sent,
  busy,
  onSend,
  check = () => null,
  children,
  testId,
}: {
  id: string;
  label: string;
  submit: string;
  sent: Sent | null;
  busy: boolean;
  onSend: (text: string) => Promise<boolean>;
  /** The id of the first other field with a problem, else null (the fields show their own errors). */
  check?: () => string | null;
  children?: ReactNode;
  testId?: string;
}) {
  const { t } = useMessages();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const other = check();
    setEmpty(!text.trim());
    if (!text.trim() || other) {
      document.getElementById(text.trim() ? (other ?? id) : id)?.focus();
      return;
    }
    if (await onSend(text.trim())) setText('');
  };
  return (
    <form className="usa-form harbor-no-print" noValidate onSubmit={(e) => void send(e)} data-testid={testId}>
      <SentAlert sent={sent} />
      <TextAreaField
        id={id}
        label={label}
        maxLength={4000}
        rows={2}
        error={empty ? t('meetings.error.text') : undefined}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {children}
      <button type="submit" className="usa-button usa-button--outline margin-top-2" disabled={busy}>
        {submit}
      </button>
    </form>
  );
}
