import type { InputHTMLAttributes, ReactNode } from 'react';

interface FieldGroupProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The problem with the value, shown above the field and tied to it with aria-describedby. */
  error?: string | undefined;
}

/** What a field's aria-describedby names: its hint and its error, when it has them. */
export function fieldDescribedBy({ id, hint, error }: Omit<FieldGroupProps, 'label'>): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}

/** A USWDS form group around one control: its label, optional hint and error message (ids from the control's id). */
export function FieldGroup({ id, label, hint, error, children }: FieldGroupProps & { children: ReactNode }) {
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
      {children}
    </div>
  );
}

interface TextFieldProps extends FieldGroupProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  /** Extra classes for the input (e.g. a width modifier). */
  inputClassName?: string;
  /** Shown after the input, inside the form group (e.g. a show-password toggle). */
  after?: ReactNode;
}

/** A USWDS text field: label, optional hint, error message, all tied to the input for assistive technology. */
export function TextField({ id, label, hint, error, inputClassName, after, ...input }: TextFieldProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        className={['usa-input', error ? 'usa-input--error' : '', inputClassName ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy({ id, hint, error })}
      />
      {after}
    </FieldGroup>
  );
}
