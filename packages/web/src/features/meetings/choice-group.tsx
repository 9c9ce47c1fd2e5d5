/**
 * A USWDS fieldset of radio buttons (one choice) or checkboxes (several), with its legend and its error tied to it.
 * Nothing is chosen until the person chooses. Each option's id is `${name}-${value}`; the first is where an error
 * summary or a refused send sends focus.
 */
export function ChoiceGroup({
  name,
  legend,
  error,
  multiple = false,
  chosen,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  error?: string | undefined;
  multiple?: boolean;
  chosen: readonly string[];
  options: readonly { value: string; label: string }[];
  onChange: (chosen: string[]) => void;
}) {
  const kind = multiple ? 'checkbox' : 'radio';
  return (
    <fieldset
      className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend className={error ? 'usa-legend usa-label--error' : 'usa-legend'}>{legend}</legend>
      {error && (
        <span className="usa-error-message" id={`${name}-error`}>
          {error}
        </span>
      )}
      {options.map((o) => {
        const on = chosen.includes(o.value);
        return (
          <div className={`usa-${kind}`} key={o.value}>
            <input
              className={`usa-${kind}__input`}
              type={kind}
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={on}
              onChange={() =>
                onChange(multiple ? (on ? chosen.filter((c) => c !== o.value) : [...chosen, o.value]) : [o.value])
              }
            />
            <label className={`usa-${kind}__label`} htmlFor={`${name}-${o.value}`}>
              {o.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
