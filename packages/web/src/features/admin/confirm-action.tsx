import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { useMessages } from '../../i18n';

/**
 * A button for an action that is hard to undo (disable an account, reset two-step verification): it first asks, in a
 * warning beside it that takes focus, and acts only on "Yes" (the outcome then takes focus). Cancel puts focus back on
 * the button.
 */
export function ConfirmAction(props: {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  disabled: boolean;
  onConfirm: () => Promise<void>;
  testId: string;
}) {
  const { t } = useMessages();
  const [asking, setAsking] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) box.current?.focus();
    else if (wasAsking.current) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        ref={button}
        className="usa-button usa-button--secondary"
        disabled={props.disabled}
        onClick={() => setAsking(true)}
        data-testid={props.testId}
      >
        {props.label}
      </button>
    );
  }
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="usa-alert usa-alert--warning usa-alert--slim harbor-alert harbor-confirm"
      data-testid={`${props.testId}-confirm`}
    >
      <div className="usa-alert__body">
        <p className="usa-alert__text">{props.question}</p>
        <ButtonGroup>
          <button
            type="button"
            className="usa-button usa-button--secondary"
            disabled={props.disabled}
            onClick={() => {
              void props.onConfirm().then(() => {
                // The action's outcome takes focus: do not pull it back to the button.
                wasAsking.current = false;
                setAsking(false);
              });
            }}
          >
            {props.confirmLabel}
          </button>
          <button type="button" className="usa-button usa-button--outline" onClick={() => setAsking(false)}>
            {t('admin.confirm.cancel')}
          </button>
        </ButtonGroup>
      </div>
    </div>
  );
}
