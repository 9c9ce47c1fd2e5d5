import { isLocale, type Locale, negotiateLocale } from '@harbor/core';
import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { useCallback, useSyncExternalStore } from 'react';
import { type Catalog, COMPILED, ENGLISH, loadCatalog, type Message, PRELOADED } from './catalogs';
import { currentLocale, setCurrentLocale } from './locale';
import type { AppMessageKey } from './messages';

/** Where the chosen language is remembered in the browser. */
export const LOCALE_STORAGE_KEY = 'harbor.locale';

// The app's messages (core's catalogs and the web copy), one catalog per language (catalogs.ts): English comes with
// the app, Spanish is fetched the first time it is shown, so a browser downloads only the language it uses (the
// service worker keeps both for offline use). A build also splits off each feature's own messages (build-plugins.ts):
// their English comes with the feature's code, which registers them here (registerMessages), and another language's
// are fetched with the page (messagesReady, in the router) or when that language is first shown.
const loaded = new Map<Locale, Record<string, Message>>(
  Object.entries(PRELOADED).map(([locale, catalog]) => [locale as Locale, { ...catalog }]),
);
const english: Record<string, Message> = loaded.get('en') ?? { ...ENGLISH };
loaded.set('en', english);

/** A feature's messages split off by the build: how to fetch them in each other language, and which are here. */
interface Part {
  load: Partial<Record<Locale, () => Promise<{ default: Catalog }>>>;
  here: Set<Locale>;
}
const parts = new Map<string, Part>();

// Each IntlMessageFormat looks its language up in Intl and makes its own number, date and plural formatters, which
// costs a phone several milliseconds per message; the app's messages share one lookup per language and one set of
// formatters.
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolved = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  const key = String(locales);
  if (!resolved.has(key)) resolved.set(key, resolveLocale(locales));
  return resolved.get(key);
};
function shared<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}
const FORMATTERS: Formatters = {
  getNumberFormat: shared(
    (locales?: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options),
  ),
  getDateTimeFormat: shared(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getPluralRules: shared((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
};
const formatters = new Map<string, IntlMessageFormat>();
const missing = new Set<string>();
const listeners = new Set<() => void>();

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

/**
 * Adds a feature's messages (called by the build's message module of each feature, as the feature's code loads):
 * English at once, `load` fetching each other language's.
 */
export function registerMessages(
  name: string,
  englishPart: Catalog,
  load: Partial<Record<Locale, () => Promise<{ default: Catalog }>>>,
): void {
  if (parts.has(name)) return;
  Object.assign(english, englishPart);
  parts.set(name, { load, here: new Set(['en']) });
}

/** Fetches what `locale` lacks of the registered features' messages; what cannot come shows in English. */
async function loadParts(locale: Locale): Promise<void> {
  const catalog = loaded.get(locale);
  if (!catalog) return;
  await Promise.all(
    [...parts.values()]
      .filter((part) => !part.here.has(locale))
      .map(async (part) => {
        const load = part.load[locale];
        if (!load) return;
        try {
          Object.assign(catalog, (await load()).default);
          part.here.add(locale);
        } catch {
          // offline on first use: English until the next time
        }
      }),
  );
}

/** Resolves once the shown language has the messages of every feature loaded so far (before a page is drawn). */
export function messagesReady(): Promise<void> {
  return loadParts(currentLocale());
}

/** Makes `locale` the shown language once its catalog is here; without it (offline, first use), nothing changes. */
async function show(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) {
    try {
      loaded.set(locale, { ...(await loadCatalog(locale)) });
    } catch {
      return;
    }
  }
  await loadParts(locale);
  setCurrentLocale(locale);
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

/** Loads the first language's messages (before the first render). */
export function initI18n(locale: Locale = initialLocale()): Promise<void> {
  return show(locale);
}

/** Switches every string at once, sets <html lang> and remembers the choice. */
export function setLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // not remembered, but still switched
  }
  return show(locale);
}

export type MessageValues = Record<string, string | number>;

/**
 * A message in a language (ICU MessageFormat, as core's translatorFor formats them for the server and the tests):
 * the English text when the language lacks it, the key itself when no catalog has it, and its plain text when a
 * value is missing, so a gap shows instead of breaking the page.
 */
function format(locale: Locale, key: string, values?: MessageValues): string {
  const own = loaded.get(locale)?.[key];
  const message: Message | undefined = own ?? english[key];
  if (message === undefined) {
    // A build's catalogs lack it: a key named in a way build-plugins.ts does not see (a browser test's console
    // check names it).
    if (COMPILED && !missing.has(key)) {
      missing.add(key);
      console.error(`Harbor: no message ${key}`);
    }
    return key;
  }
  if (COMPILED && typeof message === 'string') return message;
  // Text and plain {arguments} only (most messages): put together here, as IntlMessageFormat would.
  if (typeof message !== 'string' && message.every((part) => part.type === 0 || part.type === 1)) {
    const parts = message as readonly { type: number; value: string }[];
    if (parts.every((part) => part.type === 0 || (values !== undefined && part.value in values))) {
      const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
      return parts.map((part) => (part.type === 0 ? part.value : text(values?.[part.value]))).join('');
    }
  }
  const language = own === undefined ? 'en' : locale;
  const cacheKey = `${language}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, language, undefined, { formatters: FORMATTERS });
    formatters.set(cacheKey, formatter);
  }
  try {
    return String(formatter.format(values));
  } catch {
    if (typeof message === 'string') return message;
    return message.map((part) => ('value' in part && part.type === 0 ? part.value : '')).join('');
  }
}

/** Translates in the current language; `(key, values)` with the key checked at compile time. */
export type Translate = (key: AppMessageKey, values?: MessageValues) => string;

/** Translates in the current language outside React (a confirmation, a notice). */
export const translate: Translate = (key, values) => format(currentLocale(), key, values);

/**
 * Translates in `locale` when its messages are here, else in English: to recognise a server's message in the
 * language it came in.
 */
export function translateIn(locale: Locale, key: AppMessageKey, values?: MessageValues): string {
  return format(locale, key, values);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Translation with compile-time checked keys (core's and the web copy's): `t('home.heading')`. */
export function useMessages(): { t: Translate; locale: Locale } {
  const locale = useSyncExternalStore(subscribe, currentLocale);
  const t = useCallback<Translate>((key, values) => format(locale, key, values), [locale]);
  return { t, locale };
}
