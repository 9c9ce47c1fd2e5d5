/**
 * The hearing calendar of a specialty court (STAR sits weekly: FACTS.md, "Specialty courts"). Days are calendar days
 * in the county ('YYYY-MM-DD').
 */
export const HEARING_TYPES = ['review', 'phase_review', 'graduation', 'compliance', 'other'] as const;
export type HearingType = (typeof HEARING_TYPES)[number];

export const HEARING_OUTCOMES = [
  'continued',
  'phase_advanced',
  'incentive',
  'sanction',
  'service_change',
  'graduated',
  'exited',
  'not_held',
] as const;
export type HearingOutcome = (typeof HEARING_OUTCOMES)[number];

/** Who may appear: the MDT the facts name for STAR, the youth and those who care for them, and DMH's clinician. */
export const APPEARANCE_ROLES = [
  'youth',
  'caregiver',
  'youth_attorney',
  'district_attorney',
  'county_counsel',
  'probation_officer',
  'social_worker',
  'education_advocate',
  'community_advocate',
  'clinician',
] as const;
export type AppearanceRole = (typeof APPEARANCE_ROLES)[number];

const DAY_MS = 24 * 3600_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day moved by a number of days (negative: earlier). */
export function addDays(day: string, days: number): string {
  if (!DAY.test(day)) throw new RangeError(`not a day: ${day}`);
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The next hearing of a program on a fixed cadence (STAR: a week after the last one); null without a cadence. */
export function nextCadenceHearing(
  program: { hearingCadenceDays: number | null },
  lastHearingOn: string,
): string | null {
  return program.hearingCadenceDays === null ? null : addDays(lastHearingOn, program.hearingCadenceDays);
}

/** The day each agency's progress report is due: the program's number of days before the hearing. */
export function progressReportDueOn(program: { reportDueDaysBefore: number }, hearingOn: string): string {
  return addDays(hearingOn, -program.reportDueDaysBefore);
}

/** Whether a report due on `dueOn` is overdue on the county day `today` (due at the end of its day). */
export const isReportOverdue = (dueOn: string, today: string): boolean => today > dueOn;
