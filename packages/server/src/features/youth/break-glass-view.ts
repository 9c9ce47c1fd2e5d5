import type { YouthAccess } from '@harbor/core';
import { classed } from '../../records/classed.js';
import type { RecordHandle } from '../../records/gate.js';
import type { grantsForReview, reviewOf } from './break-glass-queries.js';

/** How a break-glass access and its review are shown to a reviewer (the gate shows or leaves out each classed value). */

type GrantRow = Awaited<ReturnType<typeof grantsForReview>>[number];
type ReviewRow = NonNullable<Awaited<ReturnType<typeof reviewOf>>>;

/** Who reviews an access: a reader with need-to-know as a care-team member or an agency supervisor, never a visitor. */
export const mayReview = (access: YouthAccess | undefined): boolean =>
  access === 'care_team' || access === 'agency_supervisor';

/** An agency's review: the disposition, and the note (which may describe the youth). */
export function reviewView(h: Pick<RecordHandle, 'open'>, review: ReviewRow) {
  return {
    disposition: review.disposition,
    note: classed('protocol', review.note === null ? '' : h.open('break_glass_review', 'note', review.id, review.note)),
    reviewedBy: review.reviewed_by,
    reviewerName: review.reviewer_name,
    reviewedAt: review.reviewed_at,
    version: review.version,
  };
}

/** One access as the review lists it: who, when, why, the youth (named by their identity), the agency's review. */
export function breakGlassAccessView(
  h: Pick<RecordHandle, 'open'>,
  grant: GrantRow,
  extra: { now: string; youthRef: string; youthName: string | undefined; review: ReviewRow | undefined },
) {
  return {
    id: grant.id,
    youthId: grant.youth_id,
    youthRef: extra.youthRef,
    ...(extra.youthName === undefined ? {} : { youthName: classed('identity', extra.youthName) }),
    userId: grant.user_id,
    userName: grant.display_name,
    userAgencyId: grant.agency_id,
    userAgencyName: grant.agency_name,
    active: grant.expires_at > extra.now,
    reason: classed('protocol', h.open('break_glass_grant', 'reason', grant.id, grant.reason)),
    grantedAt: grant.granted_at,
    expiresAt: grant.expires_at,
    review: extra.review ? reviewView(h, extra.review) : null,
  };
}
