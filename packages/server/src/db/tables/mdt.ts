import type { LegalBasis, MeetingRole, MeetingStatus } from '@harbor/core';

/** MDT meetings' tables (migration 2026-12-02T1300Z-mdt-meetings). */

export interface MdtMeetingTypeTable {
  id: string;
  name_en: string;
  name_es: string;
  active: number;
  position: number;
}

export interface MdtMeetingTable {
  id: string;
  type_id: string;
  starts_at: string;
  duration_minutes: number;
  place: string | null;
  link: string | null;
  chair_user_id: string;
  status: MeetingStatus;
  created_by: string;
  signed_at: string | null;
  signed_by: string | null;
  cancelled_at: string | null;
  reminded_at: string | null;
  created_at: string;
  /** The invitation's SEQUENCE: one more at each change of time or place (migration 2026-12-02T1400Z). */
  sequence: number;
}

export interface MdtAttendeeTable {
  meeting_id: string;
  user_id: string;
  meeting_role: MeetingRole;
  attendance: 'present' | 'absent' | 'excused' | null;
  added_at: string;
}

export interface MdtEntryTable {
  id: string;
  meeting_id: string;
  youth_id: string;
  added_by: string;
  added_at: string;
}

export interface MdtEntryTextTable {
  id: string;
  entry_id: string;
  kind: 'agenda' | 'note' | 'decision';
  field_class: string;
  /** Encrypted (AAD mdt_entry_text.text.<id>). */
  text: string;
  author_user_id: string;
  at: string;
}

export interface MdtActionTable {
  id: string;
  entry_id: string;
  meeting_id: string;
  /** Encrypted. */
  text: string;
  owner_user_id: string;
  due_at: string;
  done_at: string | null;
  done_by: string | null;
  escalated_at: string | null;
  created_by: string;
  created_at: string;
}

export interface MdtDisclosureTable {
  id: string;
  meeting_id: string;
  entry_id: string;
  youth_id: string;
  basis: LegalBasis;
  to_all: number;
  /** JSON array of field classes. */
  classes: string;
  reported_at: string | null;
  window_ends_at: string | null;
  /** Encrypted JSON of the basis's facts. */
  basis_detail: string | null;
  by_user_id: string;
  at: string;
}

export interface MdtDisclosureRecipientTable {
  disclosure_id: string;
  user_id: string;
}

export interface MdtAddendumTable {
  id: string;
  meeting_id: string;
  entry_id: string | null;
  /** Encrypted. */
  text: string;
  author_user_id: string;
  at: string;
}

export interface YouthGoalTable {
  id: string;
  youth_id: string;
  /** Encrypted. */
  text: string;
  said_on: string;
  author_user_id: string;
  at: string;
}

export interface MdtTables {
  mdt_meeting_type: MdtMeetingTypeTable;
  mdt_meeting: MdtMeetingTable;
  mdt_attendee: MdtAttendeeTable;
  mdt_entry: MdtEntryTable;
  mdt_entry_text: MdtEntryTextTable;
  mdt_action: MdtActionTable;
  mdt_disclosure: MdtDisclosureTable;
  mdt_disclosure_recipient: MdtDisclosureRecipientTable;
  mdt_addendum: MdtAddendumTable;
  youth_goal: YouthGoalTable;
}
