import { type ReactNode, useEffect, useRef } from 'react';

export type AlertType = 'error' | 'warning' | 'success' | 'info';

/**
 * A USWDS alert that takes focus when it appears or when `focusKey` changes, so a screen reader reads it out and
 * keyboard users continue from there. The heading level keeps the page's outline (an h2 under the page's h1).
 */
export function FocusAlert({
  type,
  heading,
  children,
  focusKey,
  testId,
}: {
  type: AlertType;
  heading: string;
  children?: ReactNode;
  /** Any value that changes when the alert is about something new (the same text again still gets focus). */
  focusKey?: unknown;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the alert's subject changes
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} className={`usa-alert usa-alert--${type} harbor-alert`} data-testid={testId}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{heading}</h2>
        {children}
      </div>
    </div>
  );
}
