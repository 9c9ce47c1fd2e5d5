import type { ReactNode } from 'react';

/** A horizontally scrolling container for a wide table (USWDS), reachable by keyboard so it can be scrolled. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section className="usa-table-container--scrollable" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
