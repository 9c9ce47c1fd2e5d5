import type { RecordHandle } from '../../records/gate.js';
import { agenciesKnowing, youthIdsByIndex, youthIndexesOf, youthRowsByIds } from './queries.js';
import { displayName, openSummary, wholeNames, type YouthData } from './youth-data.js';

/** At most this many matching youth are considered per search (a name common enough to pass it needs a date). */
export const MAX_MATCHES = 500;
/** An estimated age is rough: a birth year this many years either side of the estimate still matches. */
export const AGE_TOLERANCE_YEARS = 2;

export interface Duplicates {
  /** Possible duplicates the caller may open. */
  visible: { id: string; displayName: string }[];
  /** Agencies to contact about possible duplicates the caller may not see; never the record's id or content. */
  elsewhere: { agencyId: string; agencyName: string }[];
}

/** The index of every key for a value, or none when nothing is left to index once normalised. */
export function candidates(
  h: Pick<RecordHandle, 'blindIndexCandidates'>,
  value: string,
  kind: 'name' | 'date',
): string[] {
  try {
    return h.blindIndexCandidates(value, kind);
  } catch (error) {
    if (error instanceof RangeError) return [];
    throw error;
  }
}

/** The birth years an estimated age allows, with the tolerance. */
function birthYears(age: number, estimatedOn: string): [number, number] {
  const year = Number(estimatedOn.slice(0, 4));
  return [year - age - 1 - AGE_TOLERANCE_YEARS, year - age + AGE_TOLERANCE_YEARS];
}

/**
 * Possible duplicates of a new record: a youth with one of its names (legal or used, whole) and the same date of
 * birth, or a birth year compatible with an estimated age (either side), or no date or age recorded at all. Found
 * through the blind indexes; only the few rows a name matched are opened, on the server.
 */
export async function findDuplicates(h: RecordHandle, data: YouthData): Promise<Duplicates> {
  const nameHashes = wholeNames(data).flatMap((name) => candidates(h, name, 'name'));
  if (nameHashes.length === 0) return { visible: [], elsewhere: [] };
  const ids = await youthIdsByIndex(h.db, { kinds: ['name'], hashes: nameHashes }, MAX_MATCHES);
  if (ids.length === 0) return { visible: [], elsewhere: [] };

  const rows = await youthRowsByIds(h.db, ids);
  const dateHashes = new Set(data.dateOfBirth ? candidates(h, data.dateOfBirth, 'date') : []);
  const datesOf = new Map<string, string[]>();
  for (const r of await youthIndexesOf(h.db, ids)) {
    if (r.kind === 'date') datesOf.set(r.youth_id, [...(datesOf.get(r.youth_id) ?? []), r.hash]);
  }
  const ours = data.dateOfBirth
    ? ([Number(data.dateOfBirth.slice(0, 4)), Number(data.dateOfBirth.slice(0, 4))] as const)
    : data.estimatedAge !== null
      ? birthYears(data.estimatedAge, data.ageEstimatedOn ?? h.now.toISOString().slice(0, 10))
      : undefined;
  const matches = rows.filter((row) => {
    if (!ours) return true;
    if (row.birth_date !== null) {
      if (data.dateOfBirth) return (datesOf.get(row.id) ?? []).some((hash) => dateHashes.has(hash));
      const year = Number(h.open('youth', 'birth_date', row.id, row.birth_date).slice(0, 4));
      return year >= ours[0] && year <= ours[1];
    }
    if (row.estimated_age !== null && row.age_estimated_on !== null) {
      const theirs = birthYears(row.estimated_age, row.age_estimated_on);
      return theirs[0] <= ours[1] && ours[0] <= theirs[1];
    }
    return true;
  });

  const access = await h.accessTo(matches.map((m) => m.id));
  const visible = matches
    .filter((m) => access.has(m.id))
    .map((m) => ({ id: m.id, displayName: displayName(openSummary(h, m)) }));
  const hidden = matches.filter((m) => !access.has(m.id)).map((m) => m.id);
  const agencies = new Map<string, string>();
  for (const list of (await agenciesKnowing(h.db, hidden)).values()) {
    for (const agency of list) agencies.set(agency.id, agency.name);
  }
  const elsewhere = [...agencies]
    .map(([agencyId, agencyName]) => ({ agencyId, agencyName }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName));
  return { visible, elsewhere };
}
