/** Specialty courts' tables (migration 2026-12-02T1200Z-specialty-courts). */
interface Versioned {
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CourtProgramTable {
  id: string;
  version: number;
  definition: string;
  origin: 'shipped' | 'imported';
  imported_at: string;
}

export interface CourtEnrollmentTable extends Versioned {
  id: string;
  youth_id: string;
  program_id: string;
  program_version: number;
  status: 'active' | 'graduated' | 'exited';
  phase_id: string;
  enrolled_on: string;
  offered_at_disposition: number;
  probation_officer_id: string | null;
  ended_on: string | null;
  exit_reason: string | null;
  exit_note: string | null;
  enrolled_by: string;
}

export interface CourtPhaseEntryTable {
  id: string;
  enrollment_id: string;
  phase_id: string;
  entered_at: string;
  team_decision: string | null;
  court_ordered: number;
  recorded_by: string;
}

export interface CourtHearingTable extends Versioned {
  id: string;
  enrollment_id: string;
  youth_id: string;
  hearing_on: string;
  department: string;
  type: string;
  appeared: string | null;
  outcome: string | null;
  next_on: string | null;
  recorded_by: string | null;
}

export interface CourtResponseTable {
  id: string;
  enrollment_id: string;
  youth_id: string;
  kind: string;
  occurred_on: string;
  behaviour: string;
  response: string;
  team_decision: string;
  field_class: 'protocol' | 'clinical';
  recorded_by: string;
  recorded_at: string;
}

export interface CourtProgressReportTable extends Versioned {
  id: string;
  hearing_id: string;
  youth_id: string;
  agency_id: string;
  author_id: string;
  locale: 'en' | 'es';
  basis: string;
  sections: string;
  status: 'draft' | 'signed' | 'sent';
  due_on: string;
  signed_at: string | null;
  sent_at: string | null;
}

/** A (hearing, agency) whose overdue report was escalated (migration 2026-12-02T1230Z-court-report-clocks). */
export interface CourtReportEscalationTable {
  hearing_id: string;
  agency_id: string;
  escalated_at: string;
}

/** The courts' part of the Database interface. */
export interface CourtTables {
  court_program: CourtProgramTable;
  court_enrollment: CourtEnrollmentTable;
  court_phase_entry: CourtPhaseEntryTable;
  court_hearing: CourtHearingTable;
  court_response: CourtResponseTable;
  court_progress_report: CourtProgressReportTable;
  court_report_escalation: CourtReportEscalationTable;
}
