import type { Migration } from 'kysely';
import * as foundation from './2026-11-28T1300Z-foundation.js';

/**
 * Every migration, named by the UTC time it was written. Names sort in the order they run;
 * a released migration is never edited or removed, only followed by a new one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T1300Z-foundation': foundation,
};
