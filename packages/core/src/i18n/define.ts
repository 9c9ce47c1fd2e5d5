import type { Locale } from './locales.js';

/** One message in every language, side by side so a translator sees both. Text is ICU MessageFormat. */
export type Message = Record<Locale, string>;
export type MessageGroup = Record<string, Message>;

export function defineMessages<const T extends MessageGroup>(messages: T): T {
  return messages;
}
