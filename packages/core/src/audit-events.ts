// The closed vocabulary of audit events, shared by the server (which writes them) and the web app
// (which filters by them).

/**
 * The closed vocabulary of audit events. An event not in this list cannot be written: the type system
 * refuses it at build time and `AuditEventInput` refuses it at run time. New events are appended to the
 * list; a name, once released, keeps its meaning for as long as the audit trail is kept (6 years or more).
 */
export const AUDIT_EVENTS = [
  // Signing in and out.
  'auth.sign_in.succeeded',
  'auth.sign_in.failed',
  'auth.mfa.enrolled',
  'auth.mfa.succeeded',
  'auth.mfa.failed',
  'auth.recovery_code.used',
  'auth.sign_out',
  /** A session ended other than by signing out: it expired, timed out or was ended by an administrator. */
  'auth.session.ended',
  'auth.account.locked',
  'auth.account.unlocked',
  /** A signed-in person changed their own password (details on failure: `reason`). */
  'auth.password.changed',
  /** "Forgot your password?" made a reset link for an existing, active account and e-mailed it. */
  'auth.password.reset_requested',
  /** A password was set with a reset link (details: `via`, `email` or `admin`); every session of the person ended. */
  'auth.password.reset',
  // A youth's data: every read and every write, naming the fields involved.
  'youth.read',
  'youth.created',
  'youth.updated',
  'care_team.member_added',
  'care_team.member_removed',
  /** A search of youth by name or date of birth, or a duplicate check (details: purpose and counts, never the terms). */
  'youth.searched',
  // Screenings (a youth's data when linked to a youth; until then, their author's alone).
  'screening.read',
  'screening.saved',
  'screening.completed',
  'screening.corrected',
  'screening.linked',
  // Responses: the protocol's steps, mandated reports, escalations.
  'response.opened',
  'response.read',
  'response.step_completed',
  'response.step_not_applicable',
  'response.step_taken',
  'response.telephone_report',
  'response.written_report_saved',
  'response.written_report_submitted',
  'response.crisis_plan_saved',
  'response.escalated',
  /** A law-enforcement action refused by SB 1322 (a minor is not charged under PC 647(b) or 653.22). */
  'response.charge_refused',
  'response.action_recorded',
  /**
   * An earlier arrest, citation or charge was recorded (details: `kind`, `unlawful`, `notified`); an unlawful one
   * (SB 1322, or PC 653.22 after its repeal) notifies the care team and their agencies' supervisors.
   */
  'response.earlier_arrest_recorded',
  'response.learned_at_recorded',
  'response.deadline_moved',
  /** A service the youth declined (the advocate's engagement): closed, neither done nor overdue. */
  'response.step_declined',
  'response.recovery_recorded',
  // Referrals of a youth to a service of the directory (details never hold the youth's data).
  'referral.created',
  /** A draft was changed before it was sent. */
  'referral.updated',
  'referral.read',
  /** A referral moved to another status (details: `action`, `from`, `to`, `closureReason`). */
  'referral.status_changed',
  /** A referral was refused when sent: the service's eligibility (details: the reasons' keys) or the basis for sharing. */
  'referral.send_refused',
  /** A supervisor sent a referral the service's eligibility refused (details: the reasons' keys; the reason is kept). */
  'referral.eligibility_overridden',
  /** A referral's acknowledgement or first contact became overdue (details: `clock`); its people were notified. */
  'referral.escalated',
  /** A referral nobody answered in time expired (failed, no response); the referrer was told. */
  'referral.expired',
  // Specialty courts (STAR, DREAM): enrollments, phases, hearings, the response log, progress reports.
  'court.enrolled',
  'court.read',
  'court.phase_advanced',
  'court.ended',
  'court.hearing_scheduled',
  'court.hearing_recorded',
  'court.response_logged',
  'court.report_saved',
  'court.report_signed',
  'court.report_sent',
  'court.report_refused',
  // MDT meetings (no youth data in a meeting's own events; a roster entry's events name its youth).
  'mdt.type_changed',
  'mdt.meeting_created',
  /** Attendees, attendance, cancellation (details: `action`). */
  'mdt.meeting_changed',
  'mdt.meeting_signed',
  'mdt.addendum_added',
  'mdt.entry_added',
  /** A reader saw a roster entry of a youth at a meeting (details: `access`, `meeting_id`). */
  'mdt.read',
  /** An agenda item, a note, a decision or an action item written about a youth (details: `kind`). */
  'mdt.written',
  'mdt.action_done',
  /** A youth's information disclosed at a meeting on a legal basis (details: `basis`, `classes`, `recipients`). */
  'mdt.disclosed',
  /** A disclosure refused for its basis (details: `basis`, `reason`): nothing was shared. */
  'mdt.disclosure_refused',
  /** An action item became overdue: its owner, their agency's supervisors and the chair were notified. */
  'mdt.action_escalated',
  /** The attendees were reminded of a meeting 24 hours before (details: `recipients`). */
  'mdt.reminded',
  /** The youth's own stated goals: one added, or read. */
  'mdt.goal_added',
  'mdt.goals_read',
  // Access decisions.
  'access.denied',
  /** A record opened outside the care team in an emergency (the written reason lives with the break-glass record). */
  'access.break_glass',
  'export.created',
  // Administration of users, roles and agencies.
  'admin.user.invited',
  'admin.user.created',
  'admin.user.updated',
  'admin.user.disabled',
  'admin.user.enabled',
  /** An invitation's link was made again (the earlier link stops working). */
  'admin.user.invitation_resent',
  /** An invitation was withdrawn before it was accepted. */
  'admin.user.invitation_revoked',
  /** An administrator made a password reset link for a person, to hand over another way. */
  'admin.user.password_reset_link',
  /** An administrator reset a person's two-step verification: the person enrols again at the next sign-in. */
  'admin.user.mfa_reset',
  /** A user's role changed (details: `from`, `to`). */
  'admin.role.changed',
  'admin.agency.created',
  'admin.agency.updated',
  /** `harbor keys rotate` re-encrypted values under the current secret key (details: counts). */
  'admin.keys.rotated',
  /** `harbor demo seed` filled an empty database with fictional demonstration data (details: counts). */
  'admin.demo.seeded',
  // The audit trail itself.
  'audit.searched',
  'audit.exported',
  /**
   * A supervisor recorded or changed their agency's disposition of a break-glass access (details: `disposition`,
   * `previous`; the note, which may describe the youth, stays with the review).
   */
  'access.break_glass_reviewed',
  /** The resource directory: an editor changed an entry (details: entity, id, fields), or `harbor directory import`. */
  'directory.changed',
  'directory.imported',
] as const;
export type AuditEventName = (typeof AUDIT_EVENTS)[number];
