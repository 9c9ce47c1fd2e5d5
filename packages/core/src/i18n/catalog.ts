import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageGroup } from './define.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';
import { accountMessages } from './messages/account.js';
import { authMessages } from './messages/auth.js';
import { courtMessages } from './messages/court.js';
import { directoryMessages } from './messages/directory.js';
import { errorMessages } from './messages/errors.js';
import { escalationMessages } from './messages/escalation.js';
import { mdtMessages } from './messages/mdt.js';
import { publicSiteMessages } from './messages/public-site.js';
import { referralMessages } from './messages/referral.js';
import { responseMessages } from './messages/response.js';
import { roleMessages } from './messages/roles.js';
import { screeningMessages } from './messages/screening.js';
import { youthMessages } from './messages/youth.js';

/**
 * The messages both sides use: errors and validation, sign-in and set-up refusals, roles, e-mail, the public site,
 * and whatever else the server translates. Messages only the web app shows are its page copy
 * (packages/web/src/features/<name>/copy.ts). A key may live in one group only (a test checks).
 */
export const MESSAGE_GROUPS: Record<string, MessageGroup> = {
  errors: errorMessages,
  account: accountMessages,
  auth: authMessages,
  roles: roleMessages,
  youth: youthMessages,
  screening: screeningMessages,
  response: responseMessages,
  escalation: escalationMessages,
  referral: referralMessages,
  court: courtMessages,
  mdt: mdtMessages,
  publicSite: publicSiteMessages,
  directory: directoryMessages,
};

export type MessageKey =
  | keyof typeof errorMessages
  | keyof typeof accountMessages
  | keyof typeof authMessages
  | keyof typeof roleMessages
  | keyof typeof youthMessages
  | keyof typeof screeningMessages
  | keyof typeof responseMessages
  | keyof typeof escalationMessages
  | keyof typeof referralMessages
  | keyof typeof courtMessages
  | keyof typeof mdtMessages
  | keyof typeof publicSiteMessages
  | keyof typeof directoryMessages;

export type Catalogs = Record<Locale, Record<string, string>>;

/** Flat catalogs per locale (key -> ICU message), the shape i18next and other tools load, from message groups. */
export function catalogsOf(groups: readonly MessageGroup[]): Catalogs {
  const all: MessageGroup = Object.assign({}, ...groups);
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, Object.fromEntries(Object.entries(all).map(([k, m]) => [k, m[locale]]))]),
  ) as Catalogs;
}

/** Core's catalogs. */
export const catalogs: Catalogs = catalogsOf(Object.values(MESSAGE_GROUPS));

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

export type Translate = (locale: Locale, key: string, values?: MessageValues) => string;

/**
 * A translate function over the given catalogs. An unknown key returns the key itself, so a gap is visible, never a
 * crash.
 */
export function translatorFor(source: Catalogs): Translate {
  const formatters = new Map<string, IntlMessageFormat>();
  return (locale, key, values) => {
    const text = source[locale][key] ?? source[DEFAULT_LOCALE][key];
    if (text === undefined) return key;
    const cacheKey = `${locale}\u0000${key}`;
    let formatter = formatters.get(cacheKey);
    if (!formatter) {
      formatter = new IntlMessageFormat(text, locale);
      formatters.set(cacheKey, formatter);
    }
    try {
      return String(formatter.format(values));
    } catch {
      // A missing value must not turn a message into a crash: show the text unformatted.
      return text;
    }
  };
}

/** Formats one of core's messages in a locale (see translatorFor). */
export const translate: Translate = translatorFor(catalogs);
