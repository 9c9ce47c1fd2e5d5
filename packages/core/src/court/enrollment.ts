/**
 * Enrollment in a specialty court program is voluntary (the youth agrees; FACTS.md, "Specialty courts"); STAR is
 * offered at disposition. A youth in the program moves through its phases (the history is kept) and leaves it by
 * graduating from the last phase or by an exit with its reason.
 */
export const ENROLLMENT_STATUSES = ['active', 'graduated', 'exited'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** Why a youth left the program without graduating. */
export const EXIT_REASONS = [
  /** The youth chose to leave (enrollment is voluntary). */
  'youth_withdrew',
  /** The court ended the youth's participation. */
  'terminated_by_court',
  /** The case was dismissed or closed. */
  'case_closed',
  /** The youth moved to another county or court. */
  'transferred',
  'other',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export type EnrollmentRefusal =
  | 'court.enroll.notVoluntary'
  | 'court.enroll.notAtDisposition'
  | 'court.enroll.alreadyEnrolled'
  | 'court.advance.notActive'
  | 'court.advance.lastPhase'
  | 'court.advance.rulesUnmet'
  | 'court.exit.notActive'
  | 'court.graduate.notLastPhase'
  | 'court.exit.reasonNoteRequired';

export interface EnrollmentRequest {
  youthAgreed: boolean;
  offeredAtDisposition: boolean;
}

/** Whether an enrollment may be made: the youth agreed, offered at disposition when the program says so, not twice. */
export function checkEnrollment(
  program: { offeredAt: 'disposition' | null },
  request: EnrollmentRequest,
  activeInProgram: boolean,
): EnrollmentRefusal | null {
  if (!request.youthAgreed) return 'court.enroll.notVoluntary';
  if (program.offeredAt === 'disposition' && !request.offeredAtDisposition) return 'court.enroll.notAtDisposition';
  if (activeInProgram) return 'court.enroll.alreadyEnrolled';
  return null;
}

/** How an enrollment ends: graduation (from the last phase only) or an exit with its reason ("other" with a note). */
export function checkEnd(
  status: EnrollmentStatus,
  atLastPhase: boolean,
  end: { graduated: true } | { graduated: false; reason: ExitReason; note?: string | null | undefined },
): EnrollmentRefusal | null {
  if (status !== 'active') return 'court.exit.notActive';
  if (end.graduated) return atLastPhase ? null : 'court.graduate.notLastPhase';
  if (end.reason === 'other' && !end.note?.trim()) return 'court.exit.reasonNoteRequired';
  return null;
}
