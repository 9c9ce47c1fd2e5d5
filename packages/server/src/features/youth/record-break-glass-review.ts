import type { BreakGlassDisposition } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { grantForReview, grantYouth, insertReview, reviewOf, updateReview } from './break-glass-queries.js';
import { reviewView } from './break-glass-view.js';

/**
 * Records (or changes) the reviewer's agency's disposition of one break-glass access: justified, or follow-up needed
 * with a note saying what. Reviewers are supervisors of an agency on the youth's current care team (the review
 * list's scope), never the person who used the access; one current disposition per agency, changed at the version
 * read (409 when someone changed it since), each change an audit entry (the history).
 */
export async function recordBreakGlassReview(input: {
  gate: RecordsGate;
  actor: Actor;
  grantId: string;
  review: { version: number; disposition: BreakGlassDisposition; note: string };
}) {
  const { gate, actor, grantId, review } = input;
  const note = review.note.trim();
  if (review.disposition === 'follow_up' && note === '') {
    throw new HarborError('validation_failed', 'a follow-up needs a note', [
      { path: 'body.note', message: 'validation.required' },
    ]);
  }
  const target = {
    recordType: 'break_glass_grant',
    recordId: grantId,
    locate: async (db: RecordsGate['db']) => {
      const grant = await grantYouth(db, grantId);
      return grant ? { youthId: grant.youth_id } : undefined;
    },
  };
  return gate.write(actor, target, {
    action: 'review_break_glass',
    readEvent: 'youth.read',
    recordType: 'break_glass_review',
    run: async (h) => {
      const grant = await grantForReview(h.db, grantId, actor.agencyId);
      const refusal = {
        event: 'access.denied' as const,
        ...(h.youthId ? { youthId: h.youthId } : {}),
        recordType: 'break_glass_grant',
        recordId: grantId,
        outcome: 'denied' as const,
        details: { action: 'review_break_glass' },
      };
      if (!grant) {
        // Need-to-know, but not as a reviewer: the agency is not on the youth's care team. As if there were no access.
        h.refuse(refusal);
        throw new HarborError('not_found', 'the agency does not review this access');
      }
      if (grant.user_id === actor.userId) {
        h.refuse(refusal);
        throw new HarborError('forbidden', 'no one reviews their own emergency access');
      }
      const current = await reviewOf(h.db, grantId, actor.agencyId);
      if ((current?.version ?? 0) !== review.version) {
        throw new HarborError('conflict', `review of ${grantId} is at version ${current?.version ?? 0}`);
      }
      const reviewedAt = toStoredTime(h.now);
      const changes = {
        disposition: review.disposition,
        note: null as string | null,
        reviewed_by: actor.userId,
        reviewed_at: reviewedAt,
      };
      let id: string;
      let version: number;
      if (current) {
        id = current.id;
        if (note) changes.note = h.seal('break_glass_review', 'note', id, note);
        version = await updateReview(h.db, id, current.version, changes, h.now);
      } else {
        id = newId();
        if (note) changes.note = h.seal('break_glass_review', 'note', id, note);
        const inserted = await insertReview(h.db, {
          id,
          grant_id: grantId,
          agency_id: actor.agencyId,
          ...changes,
          ...versionedInsertColumns(h.now),
        });
        if (!inserted) throw new HarborError('conflict', `review of ${grantId} was recorded meanwhile`);
        version = 1;
      }
      h.record({
        event: 'access.break_glass_reviewed',
        youthId: grant.youth_id,
        recordType: 'break_glass_grant',
        recordId: grantId,
        fields: note ? ['disposition', 'note'] : ['disposition'],
        outcome: 'success',
        details: { disposition: review.disposition, previous: current?.disposition ?? 'none', version },
      });
      h.shows({ youthId: grant.youth_id, recordId: id });
      return reviewView(h, {
        id,
        grant_id: grantId,
        disposition: review.disposition,
        note: changes.note,
        reviewed_by: actor.userId,
        reviewed_at: reviewedAt,
        version,
        reviewer_name: actor.displayName,
      });
    },
  });
}
