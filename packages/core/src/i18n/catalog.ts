import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageGroup } from './define.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';
import { accountMessages } from './messages/account.js';
import { adminMessages } from './messages/admin.js';
import { authMessages } from './messages/auth.js';
import { errorMessages } from './messages/errors.js';
import { escalationMessages } from './messages/escalation.js';
import { oidcMessages } from './messages/oidc.js';
import { publicSiteMessages } from './messages/public-site.js';
import { responseMessages } from './messages/response.js';
import { responseWebMessages } from './messages/response-web.js';
import { screeningMessages } from './messages/screening.js';
import { screeningFormMessages } from './messages/screening-form.js';
import { webMessages } from './messages/web.js';
import { youthMessages } from './messages/youth.js';

/** Every message group, merged. A key may live in one group only (a test checks). */
export const MESSAGE_GROUPS: Record<string, MessageGroup> = {
  errors: errorMessages,
  account: accountMessages,
  auth: authMessages,
  oidc: oidcMessages,
  web: webMessages,
  admin: adminMessages,
  youth: youthMessages,
  screening: screeningMessages,
  screeningForm: screeningFormMessages,
  response: responseMessages,
  escalation: escalationMessages,
  responseWeb: responseWebMessages,
  publicSite: publicSiteMessages,
};

const allMessages: MessageGroup = Object.assign({}, ...Object.values(MESSAGE_GROUPS));

export type MessageKey =
  | keyof typeof errorMessages
  | keyof typeof accountMessages
  | keyof typeof authMessages
  | keyof typeof oidcMessages
  | keyof typeof webMessages
  | keyof typeof adminMessages
  | keyof typeof youthMessages
  | keyof typeof screeningMessages
  | keyof typeof screeningFormMessages
  | keyof typeof responseMessages
  | keyof typeof escalationMessages
  | keyof typeof responseWebMessages
  | keyof typeof publicSiteMessages;

/** Flat catalogs per locale (key -> ICU message), the shape i18next and other tools load. */
export const catalogs: Record<Locale, Record<string, string>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.fromEntries(Object.entries(allMessages).map(([k, m]) => [k, m[locale]]))]),
) as Record<Locale, Record<string, string>>;

const formatters = new Map<string, IntlMessageFormat>();

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** Formats a message in a locale. An unknown key returns the key itself, so a gap is visible, never a crash. */
export function translate(locale: Locale, key: string, values?: MessageValues): string {
  const source = catalogs[locale][key] ?? catalogs[DEFAULT_LOCALE][key];
  if (source === undefined) return key;
  const cacheKey = `${locale}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(source, locale);
    formatters.set(cacheKey, formatter);
  }
  try {
    return String(formatter.format(values));
  } catch {
    // A missing value must not turn a message into a crash: show the text unformatted.
    return source;
  }
}
