import type { CareTeamBasis } from '@harbor/core';
import type { Generated } from 'kysely';
import type { AuditCheckpointTable, AuditEventTable } from './tables/audit.js';
import type { BreakGlassReviewTable } from './tables/break-glass-review.js';
import type { CourtTables } from './tables/court.js';
import type { DirectoryTables } from './tables/directory.js';
import type { MdtTables } from './tables/mdt.js';
import type { ReferralEventTable, ReferralTable } from './tables/referral.js';
import type {
  EarlierArrestTable,
  EscalationTable,
  LawEnforcementActionTable,
  NotificationTable,
  ProtocolTable,
  ResponseStepTable,
  ResponseTable,
  TelephoneReportTable,
  WrittenReportTable,
} from './tables/response.js';
import type { InstrumentTable, ScreeningTable } from './tables/screening.js';

/**
 * The tables Harbor's code reads and writes, as Kysely types.
 * Conventions (docs/data-model.md): ids are UUIDv7 text; times are ISO-8601 UTC text
 * ('2026-11-28T13:00:00.000Z') so both engines sort and compare them alike; every mutable
 * table has a `version` integer for optimistic concurrency (see versioned.ts).
 */
export interface SecurityReportTable {
  id: string;
  received_at: string;
  kind: string;
  document_uri: string;
  blocked_uri: string;
  directive: string;
  disposition: string;
}

export interface AgencyTable extends VersionedColumns {
  id: string;
  name: string;
  kind: string;
}

export interface AppUserTable extends VersionedColumns {
  id: string;
  agency_id: string;
  email: string;
  display_name: string;
  role: string;
  status: 'active' | 'disabled';
  locale: Generated<string>;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enrolled_at: string | null;
  totp_last_step: number | null;
  failed_sign_ins: Generated<number>;
  first_failed_at: string | null;
  locked_until: string | null;
  /** Failed second factors since the last one that succeeded, and their lock (migration 1500Z-sign-in-lockout). */
  failed_second_factors: Generated<number>;
  second_factor_locked_until: string | null;
  /** Failed passwords on devices where the person signed in before, counted and locked apart from the others. */
  known_device_failures: Generated<number>;
  known_device_first_failed_at: string | null;
  known_device_locked_until: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  /** A work phone shown to the care teams the person is on (migration 1200Z-work-phone). */
  work_phone: string | null;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export type SessionStage = 'password' | 'enrolling' | 'active';

export interface UserSessionTable {
  id: string;
  user_id: string;
  token_hash: string;
  stage: SessionStage;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  ended_reason: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface OneTimeLinkTable {
  id: string;
  kind: 'setup' | 'invitation' | 'password_reset';
  token_hash: string;
  email: string | null;
  agency_id: string | null;
  role: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** Whose password a `password_reset` link sets. */
  user_id: string | null;
  /** How a `password_reset` link reaches its person: `email`, `admin` (handed over) or `cli` (harbor admin recover). */
  via: 'email' | 'admin' | 'cli' | null;
  /** Withdrawn before use: a revoked invitation, or a reset link retired by a newer one. */
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface RolePermissionTable {
  role: string;
  permission: string;
}

export interface YouthTable extends VersionedColumns {
  id: string;
  created_by: string;
  created_by_agency_id: string;
  // Identifying columns are encrypted (crypto/field-encryption.ts); lists are encrypted JSON. Null on rows opened
  // before the youth-records migration.
  given_name: string | null;
  family_name: string | null;
  names_used: string | null;
  birth_date: string | null;
  estimated_age: number | null;
  age_estimated_on: string | null;
  gender_identity: string | null;
  pronouns: string | null;
  preferred_language: string | null;
  identifiers: string | null;
  placement_kind: string | null;
  placement_detail: string | null;
  contacts: string | null;
  updated_by: string | null;
}

/** Keyed blind indexes of a youth's names and date of birth (search without decrypting). */
export interface YouthIndexTable {
  youth_id: string;
  kind: 'name' | 'name_part' | 'date';
  hash: string;
}

export { CARE_TEAM_BASES, type CareTeamBasis } from '@harbor/core';

export interface CareTeamMemberTable {
  id: string;
  youth_id: string;
  user_id: string;
  agency_id: string;
  basis: CareTeamBasis;
  added_by: string;
  added_at: string;
  removed_by: string | null;
  removed_at: string | null;
}

export interface BreakGlassGrantTable {
  id: string;
  user_id: string;
  youth_id: string;
  reason: string;
  granted_at: string;
  expires_at: string;
}

/** The mark of a demonstration database (`harbor demo seed`): one row, id 'demo'. */
export interface DemoMarkerTable {
  id: string;
  seed_version: number;
  started_at: string;
  completed_at: string | null;
}

export interface Database extends DirectoryTables, CourtTables, MdtTables {
  security_report: SecurityReportTable;
  agency: AgencyTable;
  app_user: AppUserTable;
  recovery_code: RecoveryCodeTable;
  user_session: UserSessionTable;
  one_time_link: OneTimeLinkTable;
  role_permission: RolePermissionTable;
  youth: YouthTable;
  youth_index: YouthIndexTable;
  care_team_member: CareTeamMemberTable;
  break_glass_grant: BreakGlassGrantTable;
  break_glass_review: BreakGlassReviewTable;
  audit_event: AuditEventTable;
  audit_checkpoint: AuditCheckpointTable;
  instrument: InstrumentTable;
  screening: ScreeningTable;
  protocol: ProtocolTable;
  response: ResponseTable;
  response_step: ResponseStepTable;
  telephone_report: TelephoneReportTable;
  written_report: WrittenReportTable;
  escalation: EscalationTable;
  notification: NotificationTable;
  law_enforcement_action: LawEnforcementActionTable;
  earlier_arrest: EarlierArrestTable;
  demo_marker: DemoMarkerTable;
  referral: ReferralTable;
  referral_event: ReferralEventTable;
}

/** Columns every mutable table carries. */
export interface VersionedColumns {
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
