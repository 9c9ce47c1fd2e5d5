import { ageOn, initialsOf } from '@harbor/core';
import type { RecordHandle } from '../../records/gate.js';
import { loadYouthRow, summariesOf } from './queries.js';
import { displayName, openSummary, openYouth, type YouthData } from './youth-data.js';

/**
 * What other features may ask of a youth's record, inside an operation the records gate has already let through
 * (need-to-know decided). What they show of it they classify themselves.
 */

/** The youth's age in whole years from the record (date of birth, or an estimate), or null when unknown. */
export async function youthAge(h: Pick<RecordHandle, 'db' | 'open' | 'now'>, youthId: string): Promise<number | null> {
  const row = await loadYouthRow(h.db, youthId);
  if (!row) return null;
  const now = h.now;
  if (row.birth_date) {
    const born = new Date(h.open('youth', 'birth_date', row.id, row.birth_date));
    let years = now.getUTCFullYear() - born.getUTCFullYear();
    const before =
      now.getUTCMonth() < born.getUTCMonth() ||
      (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate());
    if (before) years -= 1;
    return years;
  }
  if (row.estimated_age !== null) {
    const since = row.age_estimated_on ? new Date(row.age_estimated_on) : now;
    return row.estimated_age + Math.floor((now.getTime() - since.getTime()) / (365.25 * 24 * 3600_000));
  }
  return null;
}

/** The whole record, for a mandated report's pre-fill (PC 11167(a) asks for the child's address and parents). */
export async function youthForReport(h: Pick<RecordHandle, 'db' | 'open'>, youthId: string): Promise<YouthData | null> {
  const row = await loadYouthRow(h.db, youthId);
  return row ? openYouth(h, row) : null;
}

export { activeMembersWithRole } from './queries.js';
export { displayName } from './youth-data.js';

/**
 * How each of these youth is named (as in a list), for a reader the records gate has let through: the caller marks
 * the names it shows with the identity class. Youth without a name on record are left out.
 */
export async function youthNames(h: Pick<RecordHandle, 'db' | 'open'>, youthIds: readonly string[]) {
  const ids = [...new Set(youthIds)];
  const names = new Map<string, string>();
  for (const row of await summariesOf(h.db, ids, ids.length)) {
    const name = displayName(openSummary(h, row));
    if (name) names.set(row.id, name);
  }
  return names;
}

export { usersOfGrants, usersOfMemberships, youthIdsWithReference } from './audit-queries.js';
/** How other features name a youth: the whole name (a page about the youth), the initials (a line), the age. */
export interface YouthLabel {
  name: string;
  initials: string;
  age: number | null;
}

/**
 * The names and ages of these youth, for a view that names them (a deadline, a notification, a response, a
 * screening). Only inside an operation the gate let through: the caller classes what it shows as identity, so the
 * gate shows it to those who may see the youth's identity and audits it.
 */
export async function youthLabels(
  h: Pick<RecordHandle, 'db' | 'open' | 'now'>,
  youthIds: readonly (string | null)[],
): Promise<Map<string, YouthLabel>> {
  const ids = [...new Set(youthIds.filter((id): id is string => id !== null))];
  const labels = new Map<string, YouthLabel>();
  if (ids.length === 0) return labels;
  for (const row of await summariesOf(h.db, ids, ids.length)) {
    const data = openSummary(h, row);
    labels.set(row.id, { name: displayName(data), initials: initialsOf(data), age: ageOn(data, h.now) });
  }
  return labels;
}
