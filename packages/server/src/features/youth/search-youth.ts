import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { candidates, MAX_MATCHES } from './find-duplicates.js';
import { agenciesKnowing, summariesOf, youthIdsByIndex } from './queries.js';
import { summaryView } from './youth-view.js';

/** At most this many youth the caller may see are listed for one search (the closest, most recently updated). */
export const MAX_SEARCH_RESULTS = 50;

/**
 * Youth by name and/or date of birth, through the blind indexes (a search never decrypts the table): those the caller
 * has need-to-know for, and for the others only how many match per agency that knows them (no id, no content), so
 * the caller knows whom to call.
 */
export async function searchYouth(input: {
  gate: RecordsGate;
  actor: Actor;
  criteria: { name?: string | undefined; dob?: string | undefined };
}) {
  const { gate, actor, criteria } = input;
  if (!criteria.name && !criteria.dob) {
    throw new HarborError('validation_failed', 'no search criteria', [
      { path: 'query.name', message: 'youth.search.criteria' },
    ]);
  }
  let elsewhere: { agencyName: string; count: number }[] = [];
  const results = await gate.readMany(actor, { event: 'youth.read', details: { via: 'search' } }, async (h) => {
    const names = criteria.name ? candidates(h, criteria.name, 'name') : [];
    const dates = criteria.dob ? candidates(h, criteria.dob, 'date') : [];
    const unsearchable = (criteria.name && names.length === 0) || (criteria.dob && dates.length === 0);
    const ids = unsearchable
      ? []
      : criteria.name
        ? await youthIdsByIndex(
            h.db,
            { kinds: ['name', 'name_part'], hashes: names, ...(criteria.dob ? { dates } : {}) },
            MAX_MATCHES,
          )
        : await youthIdsByIndex(h.db, { kinds: ['date'], hashes: dates }, MAX_MATCHES);
    const access = await h.accessTo(ids);
    const hiddenIds = ids.filter((id) => !access.has(id));
    const rows = await summariesOf(
      h.db,
      ids.filter((id) => access.has(id)),
      MAX_SEARCH_RESULTS,
    );
    const perAgency = new Map<string, number>();
    for (const agencies of (await agenciesKnowing(h.db, hiddenIds)).values()) {
      for (const agency of agencies) perAgency.set(agency.name, (perAgency.get(agency.name) ?? 0) + 1);
    }
    elsewhere = [...perAgency]
      .map(([agencyName, count]) => ({ agencyName, count }))
      .sort((a, b) => a.agencyName.localeCompare(b.agencyName));
    h.record({
      event: 'youth.searched',
      outcome: 'success',
      details: {
        purpose: 'search',
        criteria: criteria.name && criteria.dob ? 'name_dob' : criteria.name ? 'name' : 'dob',
        visible: rows.length,
        elsewhere: hiddenIds.length,
      },
    });
    return rows.map((row) => ({
      youthId: row.id,
      recordType: 'youth',
      recordId: row.id,
      view: summaryView(h, row, access.get(row.id)!),
    }));
  });
  return { results, elsewhere };
}
