import type { ReactNode } from 'react';

/**
 * A USWDS fieldset of radio buttons with its legend, an optional hint and error tied to it; nothing is chosen until
 * the person chooses (value ''). Each option's id is `${name}-${value}`, the first one the error summary's target.
 */
export function RadioGroup<V extends string>({
  name,
  legend,
  hint,
  error,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'usa-fieldset usa-form-group usa-form-group--error' : 'usa-fieldset usa-form-group'}
      aria-describedby={described}
    >
      <legend className={error ? 'usa-legend usa-label--error' : 'usa-legend'}>{legend}</legend>
      {hint && (
        <div className="usa-hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${name}-error`}>
          {error}
        </span>
      )}
      {options.map((option) => (
        <div className="usa-radio" key={option.value}>
          <input
            className="usa-radio__input"
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label className="usa-radio__label" htmlFor={`${name}-${option.value}`}>
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
