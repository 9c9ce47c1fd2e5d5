import { type AnswerValue, type InstrumentItem, type Locale, offeredValues } from '@harbor/core';
import { type ReactNode, useEffect, useState } from 'react';
import { answerInWords, inLocale, itemElementId, type Translate } from './text';

interface ItemFieldProps {
  item: InstrumentItem;
  value: AnswerValue | undefined;
  /** undefined clears the answer. */
  onChange: (value: AnswerValue | undefined) => void;
  error?: string | undefined;
  t: Translate;
  locale: Locale;
  /** Shown right after the item (the crisis step beside a safety item). */
  after?: ReactNode;
}

function closedOptions(item: InstrumentItem, t: Translate, locale: Locale): { value: string; label: string }[] {
  const spec = item.answer;
  switch (spec.type) {
    case 'yes_no_unknown':
    case 'concern':
      return (offeredValues(spec) ?? []).map((v) => ({ value: v, label: answerInWords(item, v, t, locale) }));
    case 'choice':
      return spec.options.map((option) => ({ value: option.id, label: inLocale(option.label, locale) }));
    default:
      return [];
  }
}

/**
 * One question of an instrument, as USWDS form controls: a fieldset with its legend for answers to choose (radio
 * buttons, or checkboxes for a multiple choice), a label for a number or a text. Help and the error are tied to the
 * control with aria-describedby; the error is shown above the control (USWDS error pattern).
 */
export function ItemField({ item, value, onChange, error, t, locale, after }: ItemFieldProps) {
  const id = itemElementId(item.id);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [item.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const optional = item.required === false;
  const question = (
    <>
      {inLocale(item.text, locale)}
      {optional && <span className="harbor-optional"> {t('screeningForm.item.optional')}</span>}
    </>
  );
  const help = item.help && (
    <div className="usa-hint" id={helpId}>
      {inLocale(item.help, locale)}
    </div>
  );
  const errorMessage = error && (
    <span className="usa-error-message" id={errorId}>
      {error}
    </span>
  );
  const groupClass = error ? 'usa-form-group usa-form-group--error harbor-item' : 'usa-form-group harbor-item';
  const spec = item.answer;

  if (spec.type === 'number' || spec.type === 'text') {
    const inputClass = error ? 'usa-input usa-input--error' : 'usa-input';
    return (
      <div className={groupClass} data-testid="screening-item" data-item={item.id}>
        <label className={error ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={id}>
          {question}
        </label>
        {help}
        {errorMessage}
        {spec.type === 'number' ? (
          <NumberInput
            id={id}
            className={`${inputClass} usa-input--small`}
            integer={spec.integer === true}
            value={value}
            invalid={Boolean(error)}
            describedBy={describedBy}
            onChange={onChange}
          />
        ) : (
          <>
            <textarea
              id={id}
              className={error ? 'usa-textarea usa-input--error' : 'usa-textarea'}
              maxLength={spec.maxLength}
              value={typeof value === 'string' ? value : ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={[describedBy, `${id}-count`].filter(Boolean).join(' ')}
              onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
            />
            <div className="usa-hint" id={`${id}-count`}>
              {t('screeningForm.item.characters', {
                count: typeof value === 'string' ? value.length : 0,
                max: spec.maxLength,
              })}
            </div>
          </>
        )}
        {after}
      </div>
    );
  }

  const multiple = spec.type === 'choice' && spec.multiple === true;
  const selected = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
  return (
    <div className={groupClass} data-testid="screening-item" data-item={item.id}>
      <fieldset className="usa-fieldset" id={id} aria-describedby={describedBy}>
        <legend className={error ? 'usa-legend usa-label--error' : 'usa-legend'}>{question}</legend>
        {help}
        {errorMessage}
        <div className="harbor-choices">
          {closedOptions(item, t, locale).map((option) => {
            const optionId = `${id}-${option.value}`;
            return (
              <div key={option.value} className={multiple ? 'usa-checkbox' : 'usa-radio'}>
                <input
                  className={multiple ? 'usa-checkbox__input' : 'usa-radio__input'}
                  id={optionId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={id}
                  value={option.value}
                  checked={selected.includes(option.value)}
                  onChange={(event) => {
                    if (!multiple) onChange(option.value);
                    else {
                      const next = event.target.checked
                        ? [...selected, option.value]
                        : selected.filter((v) => v !== option.value);
                      onChange(next.length > 0 ? next : undefined);
                    }
                  }}
                />
                <label className={multiple ? 'usa-checkbox__label' : 'usa-radio__label'} htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      {after}
    </div>
  );
}

/** A number typed as text (so "1." or "-" can be on the way to a number); the answer is the number once it is one. */
function NumberInput(props: {
  id: string;
  className: string;
  integer: boolean;
  value: AnswerValue | undefined;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}) {
  const { value, onChange } = props;
  const [raw, setRaw] = useState(value === undefined ? '' : String(value));
  // A value set from elsewhere (the server's answers chosen in a conflict) replaces what is typed.
  useEffect(() => {
    setRaw((was) =>
      parseNumber(was) === value || (value === undefined && was.trim() === '') ? was : String(value ?? ''),
    );
  }, [value]);
  return (
    <input
      id={props.id}
      className={props.className}
      type="text"
      inputMode={props.integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={raw}
      aria-invalid={props.invalid ? true : undefined}
      aria-describedby={props.describedBy}
      onChange={(event) => {
        setRaw(event.target.value);
        const text = event.target.value.trim();
        // Kept as typed when it is not a number, so the check on Next can say so.
        onChange(text === '' ? undefined : (parseNumber(text) ?? event.target.value));
      }}
    />
  );
}

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}
