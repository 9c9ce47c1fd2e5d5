import { LOCALES } from '@harbor/core';
import { setLocale, useMessages } from '../i18n';
import { ButtonGroup } from './button-group';

/** English / Español: two real buttons; the current language is pressed. Each label is marked in its own language. */
export function LanguageSwitch() {
  const { t, locale } = useMessages();
  return (
    <fieldset className="harbor-language">
      <legend className="usa-sr-only">{t('shell.language.label')}</legend>
      <ButtonGroup className="usa-button-group--segmented harbor-language__group">
        {LOCALES.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            className={option === locale ? 'usa-button' : 'usa-button usa-button--outline'}
            aria-pressed={option === locale}
            onClick={() => void setLocale(option)}
          >
            {t(`shell.language.${option}`)}
          </button>
        ))}
      </ButtonGroup>
    </fieldset>
  );
}
