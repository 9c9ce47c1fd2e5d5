import type { DeadlineSource } from '../../records/deadlines.js';
import { mdtDeadlines } from '../mdt/mdt-deadlines.js';
import { referralDeadlines } from '../referral/referral-deadlines.js';
import { responseDeadlines } from '../response/response-deadlines.js';

/**
 * Where the deadlines view's lines come from: one source per feature that keeps clocks (`<feature>-deadlines.ts`),
 * its line's `kind` in core's Deadline, and one line here.
 */
export const DEADLINE_SOURCES: readonly DeadlineSource[] = [responseDeadlines, referralDeadlines, mdtDeadlines];
