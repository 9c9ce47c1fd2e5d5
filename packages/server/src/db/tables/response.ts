import type { CourtNotificationKind, OpenedBy, ReferralNotificationKind } from '@harbor/core';

/** The tables of responses, their steps, mandated reports, escalations and notifications (migration 1900Z-responses). */

export interface ProtocolTable {
  id: string;
  version: number;
  /** The definition as JSON text. */
  definition: string;
  origin: 'shipped' | 'imported';
  imported_at: string;
}

export type ResponseOpenedBy = OpenedBy;

export interface ResponseTable {
  id: string;
  youth_id: string | null;
  screening_id: string | null;
  protocol_id: string;
  protocol_version: number;
  opened_by: ResponseOpenedBy;
  opener_user_id: string;
  opener_agency_id: string;
  opened_at: string;
  recovered_at: string | null;
  /** When the reporter received the information (PC 11166(a)); null for responses opened before it was recorded. */
  learned_at: string | null;
  /** Who made the telephone report when it was not a call recorded in Harbor, and when (the step is then not applicable). */
  report_made_by: 'colleague' | 'online_system' | 'law_enforcement' | null;
  report_made_at: string | null;
  /** JSON: { on_probation: boolean, reporter_is_law_enforcement: boolean }. */
  facts: string;
  status: 'open' | 'closed';
  /** Encrypted JSON of the crisis plan (field encryption, AAD response.crisis_plan.<id>). */
  crisis_plan: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export type StepStatus = 'pending' | 'completed' | 'not_applicable' | 'declined';

export interface ResponseStepTable {
  id: string;
  response_id: string;
  /** The protocol's step id. */
  step_id: string;
  position: number;
  /** A role, or 'opener' (the person who opened the response). */
  owner_role: string;
  owner_agency_kind: string | null;
  owner_user_id: string | null;
  status: StepStatus;
  starts_at: string | null;
  due_at: string | null;
  completed_by: string | null;
  completed_at: string | null;
  /** Encrypted note: why not applicable, or a completion note. */
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TelephoneReportTable {
  id: string;
  response_id: string;
  called_at: string;
  hotline: string;
  /** Encrypted. */
  worker_name: string;
  /** Encrypted; 19 digits once decrypted. */
  referral_number: string;
  response_category: string;
  recorded_by: string;
  recorded_at: string;
}

export interface WrittenReportTable {
  id: string;
  response_id: string;
  /** Encrypted JSON of the report's fields (PC 11167(a)). */
  fields: string;
  submitted_at: string | null;
  submitted_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EscalationTable {
  id: string;
  response_step_id: string;
  /** The index of the escalation rule in the protocol step. */
  level: number;
  notify: 'owner' | 'owner_supervisor';
  due_at: string;
  status: 'pending' | 'sent' | 'cancelled';
  claimed_by: string | null;
  claimed_until: string | null;
  sent_at: string | null;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind:
    | 'step_overdue'
    | 'step_overdue_supervisor'
    | 'crisis'
    | 'unlawful_arrest'
    | 'deadline_earlier'
    | ReferralNotificationKind
    | CourtNotificationKind
    | 'mdt_action_overdue'
    | 'mdt_reminder'
    | 'mdt_changed';
  response_id: string | null;
  response_step_id: string | null;
  /** A referral's clock (migration 2026-12-02T1100Z-referrals); null for the others. */
  referral_id?: string | null;
  /** A progress report's clock (migration 2026-12-02T1230Z-court-report-clocks); null for the others. */
  court_hearing_id?: string | null;
  /** An MDT meeting's reminder or an action item's escalation (migration 2026-12-02T1300Z-mdt-meetings). */
  mdt_meeting_id?: string | null;
  mdt_action_id?: string | null;
  created_at: string;
  read_at: string | null;
  email_status: 'none' | 'pending' | 'sent' | 'failed';
  email_attempts: number;
  email_claimed_until: string | null;
}

export interface LawEnforcementActionTable {
  id: string;
  response_id: string;
  kind: string;
  code: string;
  /** The day of the conduct in the county (YYYY-MM-DD); null on actions recorded before it was asked. */
  conduct_on: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** An arrest, citation or charge that already happened (SB 1322, PC 236.14); code, agency, disposition encrypted. */
export interface EarlierArrestTable {
  id: string;
  youth_id: string;
  response_id: string | null;
  kind: string;
  code: string;
  occurred_on: string;
  agency: string;
  disposition: string | null;
  unlawful: 'sb1322_minor' | 'pc653_22_repealed' | null;
  recorded_by: string;
  recorded_at: string;
}
