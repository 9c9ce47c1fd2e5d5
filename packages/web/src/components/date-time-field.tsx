import { chooseReading, chosenReading, readWallTime } from '@harbor/core';
import { useEffect, useRef, useState } from 'react';
import { useCountyZone, zoneLongName } from '../county-time';
import { useMessages } from '../i18n';
import { FieldGroup, fieldDescribedBy } from './text-field';

/** "1:30 AM" and "PDT": a time of the county's clock and the zone's short name then. */
function timeAndZone(instant: Date, zone: string, locale: 'en' | 'es') {
  const parts = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatToParts(instant);
  const zoneName = parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const time = parts
    .filter((p) => p.type !== 'timeZoneName')
    .map((p) => p.value)
    .join('')
    .trim();
  return { time, zone: zoneName };
}

/**
 * A date and a time on the county's clock (issue 12, item 4), whatever the device's zone: the zone is named under the
 * label; a time the clocks show twice when daylight saving time ends (1:30 on 1 November 2026 in Los Angeles) asks
 * which one, with nothing chosen for the person; a time they skip when it begins says it does not exist. The value is
 * the wall time ("2026-11-01T01:30"), with the chosen reading's offset after it when there are two
 * ("2026-11-01T01:30-08:00"); core's resolveWallTime and fromZonedInput read it. A form that validates natively is
 * stopped until the time is one instant (the field says why); one with an error summary checks resolveWallTime.
 */
export function DateTimeField(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** The form's own problem with the time (required, in the future). */
  error?: string | undefined;
  /** The form was sent: say that a repeated time needs a choice. */
  checked?: boolean;
  disabled?: boolean;
}) {
  const { t, locale } = useMessages();
  const zone = useCountyZone();
  const { id, value } = props;
  const local = value.slice(0, 16);
  const reading = readWallTime(local, zone);
  const chosen = chosenReading(value, zone);
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const own = reading.kind === 'skipped' ? t('dateTime.skipped') : undefined;
  const error = props.error ?? own;
  const hint = [props.hint, t('dateTime.zone', { zone: zoneLongName(zone, locale) })].filter(Boolean).join(' ');
  const repeated = reading.kind === 'repeated' ? reading : null;
  const shown = repeated && timeAndZone(repeated.first, zone, locale).time;
  const chooseError = repeated && !chosen && (props.checked || tried) ? t('dateTime.repeated.required') : undefined;
  // Forms that validate natively are stopped, and the field says why, until the time is one instant.
  useEffect(() => {
    input.current?.setCustomValidity(own ?? (value && reading.kind === 'invalid' ? t('dateTime.invalid') : ''));
    first.current?.setCustomValidity(repeated && !chosen ? t('dateTime.repeated.required') : '');
  });
  return (
    <FieldGroup id={id} label={props.label} hint={hint} error={error}>
      <input
        ref={input}
        id={id}
        type="datetime-local"
        className={['usa-input', error ? 'usa-input--error' : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy({ id, hint, error })}
        value={local}
        disabled={props.disabled}
        onInvalid={() => setTried(true)}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {repeated && (
        <fieldset
          className={`usa-fieldset margin-top-2${chooseError ? ' usa-form-group--error' : ''}`}
          data-testid={`${id}-repeated`}
          aria-describedby={[`${id}-repeated-hint`, chooseError ? `${id}-repeated-error` : ''].join(' ').trim()}
        >
          <legend className="usa-legend">{t('dateTime.repeated.legend', { time: shown! })}</legend>
          <div className="usa-hint" id={`${id}-repeated-hint`}>
            {t('dateTime.repeated.hint')}
          </div>
          {chooseError && (
            <span className="usa-error-message" id={`${id}-repeated-error`}>
              {chooseError}
            </span>
          )}
          {(['first', 'second'] as const).map((which) => {
            const instant = repeated[which];
            return (
              <div className="usa-radio" key={which}>
                <input
                  ref={which === 'first' ? first : undefined}
                  className="usa-radio__input"
                  type="radio"
                  id={`${id}-${which}`}
                  name={`${id}-reading`}
                  checked={chosen === which}
                  disabled={props.disabled}
                  onInvalid={() => setTried(true)}
                  onChange={() => props.onChange(chooseReading(local, instant, zone))}
                />
                <label className="usa-radio__label" htmlFor={`${id}-${which}`}>
                  {t(`dateTime.repeated.${which}`, timeAndZone(instant, zone, locale))}
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </FieldGroup>
  );
}
