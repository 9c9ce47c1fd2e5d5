import type { FieldClass } from '../access/fields.js';

/** The meeting types a county ships with (county data: admins rename or retire them, `mdt.types`). */
export const SHIPPED_MEETING_TYPES = [
  'case_review',
  'protocol_30_day',
  'emergency_staffing',
  'pre_court_staffing',
] as const;

/** A meeting is scheduled, then its minutes are signed off by the chair (fixed, addenda only), or it is cancelled. */
export const MEETING_STATUSES = ['scheduled', 'signed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** An attendee's part at the meeting. */
export const MEETING_ROLES = ['chair', 'member', 'guest'] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

export const ATTENDANCE_VALUES = ['present', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCE_VALUES)[number];

/** The field classes a note on a youth at a meeting may be written in. */
export const NOTE_CLASSES = ['protocol', 'clinical', 'safety'] as const satisfies readonly FieldClass[];
export type NoteClass = (typeof NOTE_CLASSES)[number];

/** The classes a disclosure at a meeting may open (never a mandated report's content: PC 11167(d)). */
export const DISCLOSABLE_CLASSES = [
  'identity',
  'protocol',
  'contact',
  'safety',
  'clinical',
] as const satisfies readonly FieldClass[];
export type DisclosableClass = (typeof DISCLOSABLE_CLASSES)[number];

/** What a youth's agenda at a meeting is built from (read time), and what members add (`member`). */
export const AGENDA_KINDS = ['protocol_step', 'referral', 'court_date', 'safety', 'youth_goal', 'member'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** How a reader sees an open roster entry: by their own access to the youth, or by a disclosure at this meeting. */
export const ENTRY_VIA = ['access', 'disclosure'] as const;
export type EntryVia = (typeof ENTRY_VIA)[number];

/**
 * The notifications of MDT meetings (never holding a youth's data: they name the meeting): an action item overdue (to
 * its owner, the owner's agency supervisors and the chair), a meeting in 24 hours (to each attendee), a meeting moved
 * to another time or place (to each attendee but the chair who moved it).
 */
export const MDT_NOTIFICATION_KINDS = ['mdt_action_overdue', 'mdt_reminder', 'mdt_changed'] as const;
export type MdtNotificationKind = (typeof MDT_NOTIFICATION_KINDS)[number];

/** The messages of each kind's e-mail (`mdt.email.<key>.subject` and `.body`). */
export const MDT_EMAIL_KEYS: Readonly<Record<MdtNotificationKind, string>> = {
  mdt_action_overdue: 'actionOverdue',
  mdt_reminder: 'reminder',
  mdt_changed: 'changed',
};

export function isMdtNotification(kind: string): kind is MdtNotificationKind {
  return Object.hasOwn(MDT_EMAIL_KEYS, kind);
}
