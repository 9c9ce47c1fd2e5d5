import { classed } from '../../records/classed.js';
import type { TimelineEntrySource } from '../../records/timeline.js';
import { youthScreeningSummaries } from './queries.js';
import { storedNotEnough } from './screening-rules.js';

/** The screenings completed for a youth (every version; a correction says so): the level of concern is protocol. */
export const screeningTimeline: TimelineEntrySource = async (h, youthId) =>
  (await youthScreeningSummaries(h.db, youthId, h.actor.userId))
    .filter((s) => s.status === 'completed' && s.completed_at)
    .map((s) => ({
      at: s.completed_at!,
      entry: {
        kind: 'screening',
        at: s.completed_at!,
        by: s.display_name ?? null,
        screeningId: s.id,
        instrumentId: s.instrument_id,
        level: classed('protocol', s.level),
        notEnoughInformation: classed('protocol', s.level === 'none' && storedNotEnough(s.result)),
        correction: s.corrects_id !== null,
      },
    }));
