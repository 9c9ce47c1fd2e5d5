import { type AgeOnDay, ageOn, ageOnDay, initialsOf } from '@harbor/core';
import type { RecordHandle } from '../../records/gate.js';
import { loadYouthRow, summariesOf } from './queries.js';
import { displayName, openSummary, openYouth, type YouthData } from './youth-data.js';

/**
 * What other features may ask of a youth's record, inside an operation the records gate has already let through
 * (need-to-know decided). What they show of it they classify themselves.
 */

/**
 * The youth's age on a calendar day in the county (the day of a conduct, SB 1322) from the record: the date of birth,
 * else the estimate and the day it was made, else unknown.
 */
export async function youthAgeOnDay(
  h: Pick<RecordHandle, 'db' | 'open'>,
  youthId: string,
  day: string,
): Promise<AgeOnDay> {
  const row = await loadYouthRow(h.db, youthId);
  if (!row) return { basis: 'unknown' };
  return ageOnDay(
    {
      dateOfBirth: row.birth_date ? h.open('youth', 'birth_date', row.id, row.birth_date) : null,
      estimatedAge: row.estimated_age,
      ageEstimatedOn: row.age_estimated_on,
    },
    day,
  );
}

/** The whole record, for a mandated report's pre-fill (PC 11167(a) asks for the child's address and parents). */
export async function youthForReport(h: Pick<RecordHandle, 'db' | 'open'>, youthId: string): Promise<YouthData | null> {
  const row = await loadYouthRow(h.db, youthId);
  return row ? openYouth(h, row) : null;
}

export { activeMembersWithRole, careTeamAndSupervisors } from './queries.js';
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
