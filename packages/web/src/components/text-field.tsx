import type { InputHTMLAttributes, ReactNode } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The problem with the value, shown above the field and tied to it with aria-describedby. */
  error?: string | undefined;
  /** Extra classes for the input (e.g. a width modifier). */
  inputClassName?: string;
  /** Shown after the input, inside the form group (e.g. a show-password toggle). */
  after?: ReactNode;
}

/** A USWDS text field: label, optional hint, error message, all tied to the input for assistive technology. */
export function TextField({ id, label, hint, error, inputClassName, after, ...input }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
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
      <input
        {...input}
        id={id}
        className={['usa-input', error ? 'usa-input--error' : '', inputClassName ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {after}
    </div>
  );
}
