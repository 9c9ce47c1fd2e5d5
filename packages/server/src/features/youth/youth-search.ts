import type { Kysely } from 'kysely';
import { youthAccessMany } from '../../access/youth-access.js';
import { blindIndexCandidates, decryptField, fieldAad } from '../../crypto/field-encryption.js';
import type { Keyring } from '../../crypto/keys.js';
import type { Database } from '../../db/schema.js';
import type { User } from '../../identity/accounts.js';
import { displayName, openSummary, SUMMARY_COLUMNS, wholeNames, type YouthData } from './youth-data.js';

/**
 * Finding youth by their keyed blind indexes (youth_index): a search compares HMACs of normalised names and dates,
 * under every key of the keyring while a rotation is under way, and never decrypts the table. Only the few rows a
 * name matched are opened, on the server, to compare an estimated age with a date of birth.
 */

/** At most this many matching youth are considered per search (a name common enough to pass it needs a date). */
export const MAX_MATCHES = 500;
/** An estimated age is rough: a birth year this many years either side of the estimate still matches. */
export const AGE_TOLERANCE_YEARS = 2;

interface Searcher {
  db: Kysely<Database>;
  keyring: Keyring;
  user: Pick<User, 'id' | 'role' | 'agency_id'>;
}

/** The index of every key for a value, or none when nothing is left to index once normalised. */
function candidates(keyring: Keyring, value: string, kind: 'name' | 'date'): string[] {
  try {
    return blindIndexCandidates(keyring, value, kind);
  } catch (error) {
    if (error instanceof RangeError) return [];
    throw error;
  }
}

/** Youth whose legal name (whole, given or family) or a name used is `name`, and/or whose date of birth is `dob`. */
export async function matchingYouthIds(
  s: Searcher,
  criteria: { name?: string | undefined; dob?: string | undefined },
): Promise<string[]> {
  const names = criteria.name ? candidates(s.keyring, criteria.name, 'name') : [];
  const dates = criteria.dob ? candidates(s.keyring, criteria.dob, 'date') : [];
  if ((criteria.name && names.length === 0) || (criteria.dob && dates.length === 0)) return [];
  let query = s.db.selectFrom('youth_index as i').select('i.youth_id').distinct();
  if (criteria.name) {
    query = query.where('i.kind', 'in', ['name', 'name_part']).where('i.hash', 'in', names);
    if (criteria.dob) {
      query = query.where('i.youth_id', 'in', (eb) =>
        eb
          .selectFrom('youth_index as d')
          .select('d.youth_id')
          .where('d.kind', '=', 'date')
          .where('d.hash', 'in', dates),
      );
    }
  } else {
    query = query.where('i.kind', '=', 'date').where('i.hash', 'in', dates);
  }
  return (await query.limit(MAX_MATCHES).execute()).map((r) => r.youth_id);
}

/** The agencies a youth is known to: those on the active care team, else the agency that opened the record. */
export async function agenciesKnowing(
  db: Kysely<Database>,
  youthIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const known = new Map<string, { id: string; name: string }[]>();
  if (youthIds.length === 0) return known;
  const members = await db
    .selectFrom('care_team_member as m')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .select(['m.youth_id', 'a.id', 'a.name'])
    .where('m.youth_id', 'in', [...youthIds])
    .where('m.removed_at', 'is', null)
    .execute();
  const creators = await db
    .selectFrom('youth as y')
    .innerJoin('agency as a', 'a.id', 'y.created_by_agency_id')
    .select(['y.id as youth_id', 'a.id', 'a.name'])
    .where('y.id', 'in', [...youthIds])
    .execute();
  for (const row of members) {
    const list = known.get(row.youth_id) ?? [];
    if (!list.some((a) => a.id === row.id)) list.push({ id: row.id, name: row.name });
    known.set(row.youth_id, list);
  }
  // The agency that opened the record counts when no agency is on the team any more.
  for (const row of creators) {
    if (!known.has(row.youth_id)) known.set(row.youth_id, [{ id: row.id, name: row.name }]);
  }
  return known;
}

/** The birth years an estimated age allows, with the tolerance. */
function birthYears(age: number, estimatedOn: string): [number, number] {
  const year = Number(estimatedOn.slice(0, 4));
  return [year - age - 1 - AGE_TOLERANCE_YEARS, year - age + AGE_TOLERANCE_YEARS];
}

export interface Duplicates {
  /** Possible duplicates the caller may open. */
  visible: { id: string; displayName: string }[];
  /** Agencies to contact about possible duplicates the caller may not see; never the record's id or content. */
  elsewhere: { agencyId: string; agencyName: string }[];
}

/**
 * Possible duplicates of a new record: a youth with one of its names (legal or used, whole) and the same date of
 * birth, or a birth year compatible with an estimated age (either side), or no date or age recorded at all.
 */
export async function findDuplicates(s: Searcher, data: YouthData, now: Date): Promise<Duplicates> {
  const nameHashes = wholeNames(data).flatMap((name) => candidates(s.keyring, name, 'name'));
  if (nameHashes.length === 0) return { visible: [], elsewhere: [] };
  const ids = (
    await s.db
      .selectFrom('youth_index')
      .select('youth_id')
      .distinct()
      .where('kind', '=', 'name')
      .where('hash', 'in', nameHashes)
      .limit(MAX_MATCHES)
      .execute()
  ).map((r) => r.youth_id);
  if (ids.length === 0) return { visible: [], elsewhere: [] };

  const rows = await s.db.selectFrom('youth').select(SUMMARY_COLUMNS).where('id', 'in', ids).execute();
  const dateHashes = new Set(data.dateOfBirth ? candidates(s.keyring, data.dateOfBirth, 'date') : []);
  const datesOf = new Map<string, string[]>();
  for (const r of await s.db
    .selectFrom('youth_index')
    .select(['youth_id', 'hash'])
    .where('kind', '=', 'date')
    .where('youth_id', 'in', ids)
    .execute()) {
    datesOf.set(r.youth_id, [...(datesOf.get(r.youth_id) ?? []), r.hash]);
  }
  const ours = data.dateOfBirth
    ? ([Number(data.dateOfBirth.slice(0, 4)), Number(data.dateOfBirth.slice(0, 4))] as const)
    : data.estimatedAge !== null
      ? birthYears(data.estimatedAge, data.ageEstimatedOn ?? now.toISOString().slice(0, 10))
      : undefined;
  const matches = rows.filter((row) => {
    if (!ours) return true;
    if (row.birth_date !== null) {
      if (data.dateOfBirth) return (datesOf.get(row.id) ?? []).some((h) => dateHashes.has(h));
      const year = Number(decryptField(s.keyring, row.birth_date, fieldAad('youth', 'birth_date', row.id)).slice(0, 4));
      return year >= ours[0] && year <= ours[1];
    }
    if (row.estimated_age !== null && row.age_estimated_on !== null) {
      const theirs = birthYears(row.estimated_age, row.age_estimated_on);
      return theirs[0] <= ours[1] && ours[0] <= theirs[1];
    }
    return true;
  });

  const access = await youthAccessMany(
    s.db,
    s.user,
    matches.map((m) => m.id),
    now,
  );
  const visible = matches
    .filter((m) => access.has(m.id))
    .map((m) => ({ id: m.id, displayName: displayName(openSummary(s.keyring, m)) }));
  const hidden = matches.filter((m) => !access.has(m.id)).map((m) => m.id);
  const agencies = new Map<string, string>();
  for (const list of (await agenciesKnowing(s.db, hidden)).values()) {
    for (const agency of list) agencies.set(agency.id, agency.name);
  }
  const elsewhere = [...agencies]
    .map(([agencyId, agencyName]) => ({ agencyId, agencyName }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName));
  return { visible, elsewhere };
}
