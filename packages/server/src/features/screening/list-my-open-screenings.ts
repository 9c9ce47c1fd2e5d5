import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { openScreeningSummaries } from './queries.js';
import { summaryView } from './screening-view.js';

/** The caller's own drafts, and the screenings they completed that are not linked to a youth yet. */
export async function listMyOpenScreenings(input: { gate: RecordsGate; actor: Actor }) {
  const { gate, actor } = input;
  return gate.readMany(actor, { event: 'screening.read', details: { via: 'my_open_screenings' } }, async (h) =>
    (await openScreeningSummaries(h.db, actor.userId)).map((row) => ({
      // Drafts of an identified youth are still the author's alone until completed.
      youthId: row.status === 'completed' ? row.youth_id : null,
      access: 'creator' as const,
      recordType: 'screening',
      recordId: row.id,
      view: summaryView(row),
    })),
  );
}
