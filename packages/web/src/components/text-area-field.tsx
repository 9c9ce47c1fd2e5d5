import type { TextareaHTMLAttributes } from 'react';
import { FieldGroup, fieldDescribedBy } from './text-field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The problem with the text, shown above the field and tied to it with aria-describedby. */
  error?: string | undefined;
}

/** A USWDS text area: label, optional hint, error message, all tied to it for assistive technology (like TextField). */
export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        {...textarea}
        id={id}
        className={error ? 'usa-textarea usa-input--error' : 'usa-textarea'}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy({ id, hint, error })}
      />
    </FieldGroup>
  );
}
