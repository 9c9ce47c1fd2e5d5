import { HOTLINES, type Hotline } from '@harbor/core';

/** The lines every help page shows: the DCFS Child Protection Hotline (all three numbers) and the two crisis lines. */
export const DEFAULT_LINES = [
  'dcfs_child_protection_hotline',
  'dcfs_out_of_state',
  'dcfs_tdd',
  '988',
  'lacdmh_access',
] as const;

/** The lines of core's HOTLINES with these ids, in the order given (the numbers are never typed twice). */
export function linesOf(ids: readonly string[]): Hotline[] {
  return ids.flatMap((id) => HOTLINES.filter((line) => line.id === id));
}
