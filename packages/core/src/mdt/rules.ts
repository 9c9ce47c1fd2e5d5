import type { FieldClass } from '../access/fields.js';
import { checkSharingBasis, type LegalBasis, mdtWindowEnd, type SharingRefusal } from '../referral/sharing.js';
import type { MeetingRole, MeetingStatus } from './constants.js';

/**
 * The rules of MDT meetings (issue 16; FACTS.md, "Information sharing"). Pure: the server asks them with the rows.
 */

/** The record type of a youth's roster entry at a meeting: the one record an MDT disclosure opens. */
export const MDT_ENTRY_RECORD_TYPE = 'mdt_entry';

/**
 * The classes the disclosures naming a reader open on a record type: on the meeting's roster entry, what any of
 * them discloses; on anything else, nothing (the gate then answers 404).
 */
export function disclosedFieldClasses(
  disclosures: readonly { classes: readonly string[] }[],
  recordType: string,
): Set<FieldClass> {
  const classes = new Set<FieldClass>();
  if (recordType !== MDT_ENTRY_RECORD_TYPE) return classes;
  for (const d of disclosures) for (const c of d.classes) classes.add(c as FieldClass);
  return classes;
}

/** A disclosure's legal basis and its facts, as the request gives them. */
export interface DisclosureBasis {
  basis: LegalBasis;
  reportedAt?: Date | null;
  goodCauseUntil?: Date | null;
  goodCauseReason?: string | null;
  orderNumber?: string | null;
  orderDate?: string | null;
  consentBy?: string | null;
  purpose?: string | null;
  until?: Date | null;
}

export type DisclosureRefusal =
  | Exclude<SharingRefusal, 'referral.basis.mdtOutsideWindow' | 'referral.basis.overrideReasonRequired'>
  | 'mdt.disclosure.outsideWindow'
  | 'mdt.disclosure.overrideNotAllowed'
  | 'mdt.disclosure.courtOrderRequired'
  | 'mdt.disclosure.consentRequired'
  | 'mdt.disclosure.consentExpired';

/**
 * Whether a disclosure at a meeting rests on its basis at `now`: W&I 827(a)(1) (MDT members and treatment
 * providers); W&I 18961.7 within 30 days of the report, longer for good cause (referral/sharing.ts's check); a court
 * order (JV-570 under CRC 5.552) with its number and date; consent with whose, for what and until when, not after
 * it. No override: a meeting shares only on a legal basis.
 */
export function checkDisclosureBasis(basis: DisclosureBasis, now: Date): DisclosureRefusal | null {
  switch (basis.basis) {
    case 'override':
      return 'mdt.disclosure.overrideNotAllowed';
    case 'court_order':
      return basis.orderNumber?.trim() && basis.orderDate ? null : 'mdt.disclosure.courtOrderRequired';
    case 'youth_consent':
    case 'caregiver_consent':
      if (!basis.consentBy?.trim() || !basis.purpose?.trim() || !basis.until) return 'mdt.disclosure.consentRequired';
      return basis.until < now ? 'mdt.disclosure.consentExpired' : null;
    case 'mdt_18961_7': {
      const refusal = checkSharingBasis(
        {
          basis: 'mdt_18961_7',
          mdtReportedAt: basis.reportedAt ?? null,
          mdtExtendedUntil: basis.goodCauseUntil ?? null,
          mdtGoodCause: basis.goodCauseReason ?? null,
        },
        now,
      );
      if (refusal === 'referral.basis.mdtOutsideWindow') return 'mdt.disclosure.outsideWindow';
      return refusal as DisclosureRefusal | null;
    }
    default:
      return null;
  }
}

/** The end of the window a W&I 18961.7 disclosure was made in (recorded with it). */
export function disclosureWindowEnd(basis: DisclosureBasis): Date | null {
  return basis.basis === 'mdt_18961_7' && basis.reportedAt
    ? mdtWindowEnd(basis.reportedAt, basis.goodCauseUntil)
    : null;
}

export type MinutesRefusal = 'mdt.minutes.signed' | 'mdt.meeting.cancelled';

/** Attendance, notes, decisions, items and actions change only while the minutes are open (not signed, cancelled). */
export function minutesOpen(status: MeetingStatus): MinutesRefusal | null {
  if (status === 'signed') return 'mdt.minutes.signed';
  if (status === 'cancelled') return 'mdt.meeting.cancelled';
  return null;
}

/** Addenda are the one change of signed minutes. */
export function mayAddAddendum(status: MeetingStatus): boolean {
  return status === 'signed';
}

/** What a reader may do at a meeting, from their part in it and its status. */
export function meetingPowers(role: MeetingRole | null, status: MeetingStatus) {
  const open = minutesOpen(status) === null;
  const attending = role === 'chair' || role === 'member';
  return {
    edit: open && attending,
    sign: open && role === 'chair',
    addYouth: open && attending,
    disclose: open && attending,
  };
}

/** The part of a person at a meeting: its chair, or an attendee's role; null when they are not at it. */
export function meetingRoleOf(
  userId: string,
  chairUserId: string,
  attendees: readonly { userId: string; meetingRole: MeetingRole }[],
): MeetingRole | null {
  if (userId === chairUserId) return 'chair';
  return attendees.find((a) => a.userId === userId)?.meetingRole ?? null;
}

/** Reminders go this long before a meeting starts. */
export const REMINDER_BEFORE_MS = 24 * 3600_000;
