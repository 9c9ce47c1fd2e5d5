import { fromZonedInput } from '../protocol/clock.js';
import { addDays } from './hearings.js';

/**
 * A progress report's clock: each agency's report is due a program's number of days before the hearing (core's
 * progressReportDueOn), at the end of that day in the county. One not sent by then is a line of the deadlines view,
 * and notifies its agency's supervisors once (the author's agency; for a hearing no one has started a report for, the
 * probation officer's). The notification names no youth: the reports' page does, for those who may see them.
 */
export const COURT_NOTIFICATION_KINDS = ['court_report_overdue'] as const;
export type CourtNotificationKind = (typeof COURT_NOTIFICATION_KINDS)[number];

export function isCourtNotification(kind: string): kind is CourtNotificationKind {
  return (COURT_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** The instant a report due on `dueOn` becomes late: the start of the next day in the county. */
export const reportLateAt = (dueOn: string, timeZone: string): Date =>
  fromZonedInput(`${addDays(dueOn, 1)}T00:00`, timeZone);

/** Where the courts' reports due are listed (a notification's and its e-mail's link). */
export const COURT_REPORTS_PATH = '/app/courts/reports';
