import type { RecordHandle } from './gate.js';

/**
 * A kind of entry of a youth's timeline, as the feature that owns its records gives it (youth, screening, response;
 * later notes, referrals, meetings). It runs inside the timeline's gate read (need-to-know decided), finds the youth's
 * records in its own query module, and marks each value of a youth's data with `classed(…)`, or the whole entry, so
 * the gate leaves out what the reader may not see (an entry wholly of a hidden class is left out).
 * features/timeline/sources.ts lists the sources.
 */
export type TimelineEntrySource = (h: RecordHandle, youthId: string) => Promise<{ at: string; entry: unknown }[]>;
