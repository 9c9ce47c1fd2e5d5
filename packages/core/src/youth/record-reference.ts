/**
 * A short reference to a youth's record, for readers who may not see the youth's identity (an administrator reading
 * the audit log): the last 8 hex digits of the record's id (the random end of a UUIDv7, not its time), shown as
 * `9F3A-27C1`. It names no one; it lets a reader tell entries apart, say which record they mean and filter by it.
 * Two records may, rarely, share one (1 in 4 billion per pair): a filter by reference then shows both.
 */

const REFERENCE = /^#?([0-9a-f]{4})-?([0-9a-f]{4})$/i;

/** The reference of a record id: `0193d2a4-…-4c2e9f3a27c1` → `9F3A-27C1`. */
export function youthRecordReference(id: string): string {
  const hex = id
    .replace(/[^0-9a-f]/gi, '')
    .slice(-8)
    .toUpperCase();
  return hex.length === 8 ? `${hex.slice(0, 4)}-${hex.slice(4)}` : hex;
}

/** The id suffix a typed reference stands for (lower case, 8 hex digits), or null when it is not one. */
export function parseYouthRecordReference(text: string): string | null {
  const match = REFERENCE.exec(text.trim());
  return match ? `${match[1]}${match[2]}`.toLowerCase() : null;
}
