import { useEffect, useRef } from 'react';

export interface SummaryEntry {
  /** The element to focus (an item's id, or a field's); none for a problem that is not about one field. */
  target?: string;
  text: string;
}

/**
 * The USWDS error pattern's summary: a list of every problem, each a link that takes the user to the field. It takes
 * focus when it appears or when `focusKey` changes, so a screen reader reads it and keyboard users start from it.
 */
export function ErrorSummary({
  heading,
  entries,
  focusKey,
  onFollow,
}: {
  heading: string;
  entries: SummaryEntry[];
  focusKey: unknown;
  /** Goes to the field (switching step when needed). */
  onFollow: (target: string) => void;
}) {
  const ref = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when there is a new round of problems
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="usa-alert usa-alert--error harbor-alert"
      aria-labelledby="error-summary-heading"
      data-testid="error-summary"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {heading}
        </h2>
        <ul className="usa-list">
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity beyond their place
            <li key={index}>
              {entry.target ? (
                <a
                  className="usa-link"
                  href={`#${entry.target}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onFollow(entry.target!);
                  }}
                >
                  {entry.text}
                </a>
              ) : (
                entry.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
