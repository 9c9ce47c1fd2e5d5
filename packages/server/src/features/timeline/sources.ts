import type { TimelineEntrySource } from '../../records/timeline.js';
import { mdtTimeline } from '../mdt/mdt-timeline.js';
import { referralTimeline } from '../referral/referral-timeline.js';
import { responseTimeline } from '../response/response-timeline.js';
import { screeningTimeline } from '../screening/screening-timeline.js';
import { youthTimeline } from '../youth/youth-timeline.js';

/**
 * Where a youth's timeline comes from: one source per feature that keeps records about the youth. A new kind of entry
 * (notes, referrals, meetings) is a source in its feature (`<feature>-timeline.ts`), its kind in core's
 * TIMELINE_KINDS, and one line here.
 */
export const TIMELINE_SOURCES: readonly TimelineEntrySource[] = [
  youthTimeline,
  screeningTimeline,
  responseTimeline,
  referralTimeline,
  mdtTimeline,
];
