import { isLocale, LOCALES, type Locale, negotiateLocale } from '@harbor/core';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { type AppMessageKey, appCatalogs } from './messages';

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

/** Initialises i18next synchronously with Harbor's catalogs: core's and the web app's copy (ICU MessageFormat). */
export function initI18n(locale: Locale = initialLocale()): typeof i18next {
  i18next.on('languageChanged', applyDocumentLanguage);
  void i18next
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: appCatalogs[l] }])),
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

/** Translates in the current language; `(key, values)` with the key checked at compile time. */
export type Translate = (key: AppMessageKey, values?: MessageValues) => string;

/** Translation with compile-time checked keys (core's and the web copy's): `t('home.heading')`. */
export function useMessages(): { t: Translate; locale: Locale } {
  const { t, i18n } = useTranslation();
  const translate = useCallback((key: AppMessageKey, values?: MessageValues) => t(key, values) as string, [t]);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return { t: translate, locale: isLocale(language) ? language : 'en' };
}
