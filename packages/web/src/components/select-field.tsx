import type { SelectHTMLAttributes } from 'react';
import { FieldGroup, fieldDescribedBy } from './text-field';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'> {
  id: string;
  label: string;
  hint?: string;
  /** The problem with the choice, shown above the field and tied to it with aria-describedby. */
  error?: string | undefined;
  /** The first option, chosen while nothing is ("- Select -"). */
  choose: string;
  options: readonly { value: string; label: string }[];
}

/**
 * A USWDS select: label, optional hint, error message, all tied to the select for assistive technology. It starts at
 * "- Select -" (the value ''): nothing is chosen in advance, so that every choice is the person's own.
 */
export function SelectField({ id, label, hint, error, choose, options, ...select }: SelectFieldProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <select
        {...select}
        id={id}
        className={error ? 'usa-select usa-input--error' : 'usa-select'}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy({ id, hint, error })}
      >
        <option value="">{choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}
