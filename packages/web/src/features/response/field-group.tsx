import type { ReactNode } from 'react';

/** What a control in a FieldGroup is given: its error state, for its class and its ARIA attributes. */
export interface FieldControl {
  id: string;
  className: (base: string) => string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A USWDS form group around a select or text area (TextField is the one for inputs): the label, the error message
 * above the control and tied to it, the error styles. `children` renders the control with what it is given.
 */
export function FieldGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: string | undefined;
  error: string | undefined;
  children: (control: FieldControl) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <label className={error ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children({
        id,
        className: (base) => (error ? `${base} usa-input--error` : base),
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}
