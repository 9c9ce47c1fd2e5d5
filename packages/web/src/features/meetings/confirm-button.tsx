import { useEffect, useRef, useState } from 'react';

/**
 * A button whose action is asked again first: the question and its two answers take its place, the confirming answer
 * takes focus, and declining gives focus back to the button.
 */
export function ConfirmButton({
  label,
  question,
  confirm,
  keep,
  busy,
  primary = false,
  onConfirm,
  testId,
}: {
  label: string;
  question: string;
  confirm: string;
  keep: string;
  busy: boolean;
  primary?: boolean;
  onConfirm: () => void;
  testId: string;
}) {
  const [asking, setAsking] = useState(false);
  const [declined, setDeclined] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (declined > 0) button.current?.focus();
  }, [declined]);
  if (!asking)
    return (
      <button
        ref={button}
        type="button"
        className={primary ? 'usa-button' : 'usa-button usa-button--outline'}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <div className="usa-alert usa-alert--warning usa-alert--slim">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{question}</p>
        <button
          ref={yes}
          type="button"
          className="usa-button margin-top-1"
          disabled={busy}
          data-testid={testId}
          onClick={onConfirm}
        >
          {confirm}
        </button>
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-1"
          onClick={() => {
            setAsking(false);
            setDeclined((n) => n + 1);
          }}
        >
          {keep}
        </button>
      </div>
    </div>
  );
}
