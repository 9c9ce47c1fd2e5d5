import type { Locale, MessageValues } from '@harbor/core';
import { type AppMessageKey, translate } from '../../packages/web/src/messages.js';

/** A message from Harbor's catalogs (the same text the app shows), with a key checked at compile time. */
export function msg(locale: Locale, key: AppMessageKey, values?: MessageValues): string {
  return translate(locale, key, values);
}
