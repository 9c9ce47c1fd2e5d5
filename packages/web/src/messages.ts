import {
  catalogsOf,
  type Locale,
  MESSAGE_GROUPS,
  type MessageKey,
  type MessageValues,
  translatorFor,
} from '@harbor/core';
// Relative imports name their .js file here, so that this module (pure data, no React) also type-checks where the
// browser tests read it (e2e/support/messages.ts, NodeNext resolution).
import { sharedCopy } from './components/copy.js';
import { aboutCopy } from './features/about/copy.js';
import { accountCopy } from './features/account/copy.js';
import { adminCopy } from './features/admin/copy.js';
import { courtsCopy } from './features/courts/copy.js';
import { directoryCopy } from './features/directory/copy.js';
import { helpCopy } from './features/help/copy.js';
import { homeCopy } from './features/home/copy.js';
import { invitationCopy } from './features/invitation/copy.js';
import { meetingsCopy } from './features/meetings/copy.js';
import { notFoundCopy } from './features/not-found/copy.js';
import { passwordResetCopy } from './features/password-reset/copy.js';
import { referralCopy } from './features/referral/copy.js';
import { responseCopy } from './features/response/copy.js';
import { screeningCopy } from './features/screening/copy.js';
import { setupCopy } from './features/setup/copy.js';
import { signInCopy } from './features/sign-in/copy.js';
import { workCopy } from './features/work/copy.js';
import { youthCopy } from './features/youth/copy.js';
import { demoBannerCopy } from './shell/copy.js';

/**
 * The web app's own copy: the shared UI's and every feature's (features/<name>/copy.ts), by name. Core's catalogs
 * hold the messages both sides use; the app loads both (a test checks that no key is in both, and that every copy
 * module is listed here).
 */
export const WEB_COPY = {
  shared: sharedCopy,
  demoBanner: demoBannerCopy,
  home: homeCopy,
  work: workCopy,
  account: accountCopy,
  about: aboutCopy,
  help: helpCopy,
  signIn: signInCopy,
  setup: setupCopy,
  invitation: invitationCopy,
  passwordReset: passwordResetCopy,
  youth: youthCopy,
  screening: screeningCopy,
  response: responseCopy,
  directory: directoryCopy,
  referral: referralCopy,
  meetings: meetingsCopy,
  admin: adminCopy,
  courts: courtsCopy,
  notFound: notFoundCopy,
} as const;

type WebCopy = typeof WEB_COPY;

/** A key of the web app's own copy. */
export type WebMessageKey = { [Name in keyof WebCopy]: Extract<keyof WebCopy[Name], string> }[keyof WebCopy];

/** Every key the web app can show: core's messages and its own copy. */
export type AppMessageKey = MessageKey | WebMessageKey;

/** The app's messages: core's catalogs and the web copy, flat per locale (the build makes one catalog of each). */
export const appCatalogs: Record<Locale, Record<string, string>> = catalogsOf([
  ...Object.values(MESSAGE_GROUPS),
  ...Object.values(WEB_COPY),
]);

const translateAny = translatorFor(appCatalogs);

/**
 * Formats any of the app's messages in any language (tests, the browser tests): the same texts the app shows
 * (i18n.ts formats them the same way).
 */
export function translate(locale: Locale, key: AppMessageKey, values?: MessageValues): string {
  return translateAny(locale, key, values);
}
