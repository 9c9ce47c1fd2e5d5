import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { openScreeningSummaries } from './queries.js';
import { summaryView } from './screening-view.js';

/**
 * The caller's own drafts, and the screenings they completed that are not linked to a youth yet. A draft for a youth
 * the caller may see names the youth (identity, audited as a read of that youth); otherwise it is the author's alone.
 */
export async function listMyOpenScreenings(input: { gate: RecordsGate; actor: Actor }) {
  const { gate, actor } = input;
  return gate.readMany(actor, { event: 'screening.read', details: { via: 'my_open_screenings' } }, async (h) => {
    const rows = await openScreeningSummaries(h.db, actor.userId);
    const access = await h.accessTo(rows.flatMap((r) => (r.youth_id ? [r.youth_id] : [])));
    const labels = await youthLabels(
      h,
      rows.map((r) => (r.youth_id && access.has(r.youth_id) ? r.youth_id : null)),
    );
    return rows.map((row) => {
      const label = row.youth_id ? labels.get(row.youth_id) : undefined;
      return {
        // A draft is its author's until completed; it is audited against the youth when it names them.
        youthId: label ? row.youth_id : null,
        ...(label ? {} : { access: 'creator' as const }),
        recordType: 'screening',
        recordId: row.id,
        view: summaryView(row, label && { name: label.name, age: label.age }),
      };
    });
  });
}
