/** A USWDS checkbox with its label (the label is what a person clicks: USWDS draws the box itself). */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  className = 'margin-top-2',
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  return (
    <div className={className ? `usa-checkbox ${className}` : 'usa-checkbox'}>
      <input
        className="usa-checkbox__input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="usa-checkbox__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
