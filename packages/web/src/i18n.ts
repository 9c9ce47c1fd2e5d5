import { catalogs, isLocale, LOCALES, type Locale, type MessageKey, negotiateLocale } from '@harbor/core';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';

/** Where the chosen language is remembered in the browser. */
export const LOCALE_STORAGE_KEY = 'harbor.locale';

function storedLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined; // storage may be disabled; then the browser's languages decide
  }
}

/** The remembered choice, else the best match for the browser's preferred languages (in their order). */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  const preferred = navigator.languages?.length ? navigator.languages.join(',') : navigator.language;
  return negotiateLocale(preferred);
}

function applyDocumentLanguage(locale: string): void {
  document.documentElement.lang = locale;
}

/** Initialises i18next synchronously with Harbor's catalogs (ICU MessageFormat, from @harbor/core). */
export function initI18n(locale: Locale = initialLocale()): typeof i18next {
  i18next.on('languageChanged', applyDocumentLanguage);
  void i18next
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: catalogs[l] }])),
      lng: locale,
      fallbackLng: 'en',
      supportedLngs: [...LOCALES],
      initAsync: false,
      // Keys are flat ('page.home.title'): no nesting, no namespaces in keys.
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false }, // React escapes
      react: { useSuspense: false },
    });
  applyDocumentLanguage(locale);
  return i18next;
}

/** Switches every string at once, sets <html lang> and remembers the choice. */
export function setLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // not remembered, but still switched
  }
  void i18next.changeLanguage(locale);
}

export type MessageValues = Record<string, string | number>;

/** Translation with compile-time checked keys: `t('home.heading')`. */
export function useMessages(): { t: (key: MessageKey, values?: MessageValues) => string; locale: Locale } {
  const { t, i18n } = useTranslation();
  const translate = useCallback((key: MessageKey, values?: MessageValues) => t(key, values) as string, [t]);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return { t: translate, locale: isLocale(language) ? language : 'en' };
}
