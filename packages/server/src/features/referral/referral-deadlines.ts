import { toStoredTime } from '../../db/ids.js';
import { classed } from '../../records/classed.js';
import type { DeadlineSource } from '../../records/deadlines.js';
import { readableReferrals } from './list-referral-queue.js';
import { clockRuns, dueReferralClocks } from './queries.js';

const CLOCKS = [
  ['acknowledge', 'acknowledge_due_at'],
  ['first_contact', 'first_contact_due_at'],
] as const;

/**
 * The referrals' clocks of the deadlines view, the same escalations' clocks (run-referral-clocks.ts): acknowledgement
 * and first contact (72 hours, CSEC-specialised services) due by `until` or overdue, one line per clock, for the
 * receiving agency (must act) and the referrer (is waiting). Each line is audited as a read of the referral; a
 * referral whose youth the caller may not read as a referral's reader is left out.
 */
export const referralDeadlines: DeadlineSource = {
  event: 'referral.read',
  async find(h, { scope, until, limit }) {
    const { actor, now } = h;
    const rows = await dueReferralClocks(
      h.db,
      scope === 'mine'
        ? { mine: { userId: actor.userId, agencyId: actor.agencyId, supervisor: actor.role === 'supervisor' } }
        : { agency: { agencyId: actor.agencyId } },
      until,
      limit,
    );
    const { visible, labels } = await readableReferrals(h, rows);
    return visible.flatMap((r) => {
      const label = labels.get(r.youth_id);
      return CLOCKS.flatMap(([clock, column]) => {
        const dueAt = r[column];
        if (!dueAt || dueAt > until || !clockRuns(clock, r.status)) return [];
        return [
          {
            youthId: r.youth_id,
            recordType: 'referral',
            recordId: r.id,
            view: {
              kind: 'referral' as const,
              referralId: r.id,
              youthId: r.youth_id,
              ...(label ? { youth: classed('identity', { initials: label.initials, age: label.age }) } : {}),
              clock,
              side: r.receiving_agency_id === actor.agencyId ? ('act' as const) : ('wait' as const),
              serviceName: r.service_name,
              receivingAgencyName: r.receiving_agency_name,
              referrerName: r.referrer_name ?? null,
              dueAt,
              overdue: dueAt <= toStoredTime(now),
            },
          },
        ];
      });
    });
  },
};
