import { youthRecordReference } from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { grantsForReview, reviewsOf } from './break-glass-queries.js';
import { breakGlassAccessView, mayReview } from './break-glass-view.js';
import { youthNames } from './youth-facts.js';

/**
 * Break-glass accesses to youth whose current care team includes the reviewer's agency, newest first, each with the
 * agency's disposition (null: waiting for review). The reasons and notes may describe the youth, and the youth are
 * named: each line is a read of that youth's data, audited as such by the records gate.
 */
export async function reviewBreakGlass(input: { gate: RecordsGate; actor: Actor; limit?: number }) {
  const { gate, actor } = input;
  return gate.readMany(actor, { event: 'youth.read', details: { via: 'break_glass_review' } }, async (h) => {
    const candidates = await grantsForReview(h.db, actor.agencyId, input.limit ?? 100);
    const access = await h.accessTo(candidates.map((g) => g.youth_id));
    const rows = candidates.filter((g) => mayReview(access.get(g.youth_id)));
    const reviews = new Map(
      (
        await reviewsOf(
          h.db,
          rows.map((g) => g.id),
          actor.agencyId,
        )
      ).map((r) => [r.grant_id, r]),
    );
    const names = await youthNames(
      h,
      rows.map((g) => g.youth_id),
    );
    // Looking at the review is recorded like a search of the audit trail, even when it lists nothing.
    h.record({ event: 'audit.searched', outcome: 'success', details: { view: 'break_glass', count: rows.length } });
    const now = toStoredTime(h.now);
    return rows.map((grant) => ({
      youthId: grant.youth_id,
      recordType: 'break_glass_grant',
      recordId: grant.id,
      view: breakGlassAccessView(h, grant, {
        now,
        youthRef: youthRecordReference(grant.youth_id),
        youthName: names.get(grant.youth_id),
        review: reviews.get(grant.id),
      }),
    }));
  });
}
