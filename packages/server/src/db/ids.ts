import { v7 } from 'uuid';

/** A new record id: UUIDv7, so ids sort by creation time and index well on both engines. */
export function newId(): string {
  return v7();
}

/** A moment as Harbor stores it: ISO-8601 in UTC with milliseconds, e.g. 2026-11-28T13:00:00.000Z. */
export function toStoredTime(date: Date = new Date()): string {
  return date.toISOString();
}
