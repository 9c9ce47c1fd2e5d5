import type { Locale } from '@harbor/core';

/**
 * The language the interface shows, set by i18n.ts when a catalog is shown and read by what speaks to the server in
 * it (api.ts sends it as Accept-Language). Apart from i18n.ts so that those modules (and their tests) need no catalog.
 */
let shown: Locale = 'en';

export function currentLocale(): Locale {
  return shown;
}

export function setCurrentLocale(locale: Locale): void {
  shown = locale;
}
