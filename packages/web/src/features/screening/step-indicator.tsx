import type { RefObject } from 'react';
import { useMessages } from '../../i18n';

/** The USWDS step indicator: a segment per step, and "Step 2 of 6" with the step's title as a heading. */
export function StepIndicator({
  steps,
  current,
  headingRef,
}: {
  steps: string[];
  current: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useMessages();
  return (
    <div className="usa-step-indicator harbor-steps">
      <ol className="usa-step-indicator__segments">
        {steps.map((title, index) => {
          const state = index < current ? 'complete' : index === current ? 'current' : 'upcoming';
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are positions
              key={index}
              className={
                state === 'complete'
                  ? 'usa-step-indicator__segment usa-step-indicator__segment--complete'
                  : state === 'current'
                    ? 'usa-step-indicator__segment usa-step-indicator__segment--current'
                    : 'usa-step-indicator__segment'
              }
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="usa-step-indicator__segment-label">
                {title}{' '}
                <span className="usa-sr-only">
                  {state === 'complete'
                    ? t('screeningForm.step.done')
                    : state === 'current'
                      ? t('screeningForm.step.current')
                      : t('screeningForm.step.notDone')}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="usa-step-indicator__header">
        <h2 className="usa-step-indicator__heading" ref={headingRef} tabIndex={-1} data-testid="step-heading">
          <span className="usa-step-indicator__heading-counter" data-testid="step-counter">
            {t('screeningForm.step.counter', { current: current + 1, total: steps.length })}
          </span>{' '}
          <span className="usa-step-indicator__heading-text">{steps[current]}</span>
        </h2>
      </div>
    </div>
  );
}
