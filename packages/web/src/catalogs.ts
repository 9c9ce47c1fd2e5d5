import type { Locale } from '@harbor/core';
import type { IntlMessageFormat } from 'intl-messageformat';
import { appCatalogs } from './messages';

/** A message: ICU MessageFormat text, or (in a build) plain text or the syntax tree of its ICU text. */
export type Message = ConstructorParameters<typeof IntlMessageFormat>[0];

/** One language's messages by key. */
export type Catalog = Readonly<Record<string, Message>>;

// Core's catalogs and the web copy (src/messages.ts) in each language. As written here, for the dev server and the
// tests, every language comes from messages.ts as ICU text; a build replaces this module (build-plugins.ts,
// harbor-catalogs) with the same catalogs compiled, as data: English inside it, each other language in a chunk of its
// own, fetched when first shown.

/** Whether a text message is plain text already (a build's) rather than ICU text to parse (as written here). */
export const COMPILED: boolean = false;

/** The messages in English, the language every other one falls back to. */
export const ENGLISH: Catalog = appCatalogs.en;

/** The languages whose messages are here from the start: as written, every one; in a build, English alone. */
export const PRELOADED: Readonly<Partial<Record<Locale, Catalog>>> = appCatalogs;

/** The messages in `locale`. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  return appCatalogs[locale];
}
