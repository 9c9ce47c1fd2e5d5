import { type Locale, type MessageKey, type MessageValues, translate } from '@harbor/core';

/** A message from Harbor's catalogs (the same text the app shows), with a key checked at compile time. */
export function msg(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return translate(locale, key, values);
}
