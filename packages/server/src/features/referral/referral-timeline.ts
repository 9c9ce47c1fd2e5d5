import type { TimelineEntrySource } from '../../records/timeline.js';
import { referralEventsOfYouth } from './queries.js';

/** A youth's referrals over time: each change of status (drafted, sent, accepted... closed, with the reason). */
export const referralTimeline: TimelineEntrySource = async (h, youthId) =>
  (await referralEventsOfYouth(h.db, youthId)).map((e) => ({
    at: e.at,
    entry: {
      kind: 'referral',
      at: e.at,
      by: e.display_name ?? null,
      referralId: e.referral_id,
      referralStatus: e.to_status,
      serviceName: e.service_name,
      closureReason: e.closure_reason,
    },
  }));
