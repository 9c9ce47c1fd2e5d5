import { classed } from '../../records/classed.js';
import type { TimelineEntrySource } from '../../records/timeline.js';
import { meetingsOfYouth } from './queries.js';

/** The MDT meetings a youth was on the roster of, at their start (the protocol class: no content of the meeting). */
export const mdtTimeline: TimelineEntrySource = async (h, youthId) =>
  (await meetingsOfYouth(h.db, youthId)).map((m) => ({
    at: m.starts_at,
    entry: classed('protocol', {
      kind: 'mdt_meeting' as const,
      at: m.starts_at,
      by: null,
      meetingId: m.meeting_id,
      meetingTypeId: m.type_id,
      meetingStatus: m.status,
    }),
  }));
