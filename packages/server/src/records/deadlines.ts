import type { AuditEventName } from '@harbor/core';
import type { ListHandle, ListItem } from './gate.js';

/** Whose deadlines: the caller's own, or (supervisors) their agency's. */
export type DeadlineScope = 'mine' | 'agency';

/**
 * A kind of line of the deadlines view (GET /api/v1/deadlines), as the feature that owns its clocks gives it (protocol
 * steps, referrals). It runs inside a gate read audited as `event`, finds what is due by `until` (and everything
 * overdue) in its own query module, leaves out what the caller has no need-to-know for, and marks a youth's data with
 * `classed(…)`. Each line's view carries its `dueAt` (the view sorts by it). features/deadlines/sources.ts lists the
 * sources.
 */
export interface DeadlineSource {
  event: AuditEventName;
  find(
    h: ListHandle,
    /** `timeZone`: the county's, for clocks that run on calendar days (a progress report's due day). */
    query: { scope: DeadlineScope; until: string; limit: number; timeZone: string },
  ): Promise<ListItem<{ dueAt: string }>[]>;
}
