import { z } from 'zod';
import { AGENCY_KINDS } from '../access/agencies.js';
import { PERMISSIONS, ROLES } from '../access/roles.js';
import { AUDIT_EVENTS } from '../audit-events.js';
import { LOCALES } from '../i18n/locales.js';
import { MAX_ROW_VERSION, recordId } from '../record-id.js';
import { NewPassword } from '../sign-in/contract.js';

/** The administration API's requests and answers (zod): the server validates and documents with them, the web app takes its types from them. */

export const IdParams = z.strictObject({ id: recordId });

export const Agency = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  version: z.number().int(),
});
export const NewAgency = z.strictObject({ name: z.string().trim().min(2).max(200), kind: z.enum(AGENCY_KINDS) });
export const AgencyChange = z.strictObject({
  version: z.number().int().min(1).max(MAX_ROW_VERSION),
  name: z.string().trim().min(2).max(200).optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
});

export const UserSummary = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  agencyId: z.string(),
  status: z.enum(['active', 'disabled']),
  locked: z.boolean(),
  mfaEnrolled: z.boolean(),
  version: z.number().int(),
});
export const UserChange = z.strictObject({
  version: z.number().int().min(1).max(MAX_ROW_VERSION),
  displayName: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export const NewInvitation = z.strictObject({
  email: z.string().trim().min(3).max(254).email(),
  role: z.enum(ROLES),
  agencyId: z.string().min(1).max(64),
});
export const Invitation = z.object({
  id: z.string(),
  link: z.string().describe('Single-use link to send to the person; valid 72 hours'),
  expiresAt: z.string(),
  emailed: z.boolean().describe('Harbor e-mailed the link to the person (only when HARBOR_SMTP_URL is set)'),
});
export const PendingInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  agencyId: z.string(),
  invitedBy: z.string().nullable().describe('Display name of who made the invitation'),
  createdAt: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
});
export const PasswordResetLink = z.object({
  link: z.string().describe('Single-use link to set a new password; give it to the person another way'),
  expiresAt: z.string(),
});
export const InvitationToken = z.strictObject({ token: z.string().min(10).max(100) });
export const InvitationPreview = z.object({
  email: z.string().describe('The address the account will sign in with'),
  role: z.enum(ROLES),
  agencyName: z.string(),
  expiresAt: z.string(),
});
export const AcceptInvitation = z.strictObject({
  token: z.string().min(10).max(100),
  displayName: z.string().trim().min(1).max(200),
  password: NewPassword,
  locale: z.enum(LOCALES).optional(),
});

/** Which role holds which permission: every role, each with its list. */
export const RolePermissionsTable = z.object(
  Object.fromEntries(ROLES.map((role) => [role, z.array(z.enum(PERMISSIONS))])) as Record<
    (typeof ROLES)[number],
    z.ZodArray<z.ZodEnum<{ [P in (typeof PERMISSIONS)[number]]: P }>>
  >,
);

// ---- The audit log ---------------------------------------------------------------------------------------------

const auditMoment = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .describe('A moment (ISO 8601 with offset) or a date (its midnight UTC)');

/**
 * A search of the audit trail (GET /api/v1/audit and /api/v1/audit.csv); every filter is optional and they combine.
 * `from` is inclusive, `to` exclusive; results come newest first, `before` is the `nextBefore` of the previous page.
 */
export const AuditQuery = z.strictObject({
  actorUserId: z.uuid().optional().describe('Entries of what this person did'),
  youthId: z.uuid().optional().describe('Entries about this youth’s records'),
  youthRef: z
    .string()
    .trim()
    .regex(/^#?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}$/)
    .optional()
    .describe('Entries about the record of this short reference (9F3A-27C1), for readers who may not see names'),
  event: z.enum(AUDIT_EVENTS).optional(),
  from: auditMoment.optional(),
  to: auditMoment.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

/** One audit entry as the audit log shows it: the entry itself, with the names of the people it names. */
export const AuditEntry = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  event: z.string().describe('One of AUDIT_EVENTS'),
  outcome: z.string().describe('success, failure or denied'),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable().describe('The display name of who acted'),
  actorAgencyId: z.string().nullable(),
  subjectUserId: z.string().nullable().describe('The person the entry is about (an account changed, a member added)'),
  subjectName: z.string().nullable(),
  youthId: z.string().nullable(),
  youthRef: z.string().nullable().describe('The short reference of the youth’s record (9F3A-27C1)'),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  fields: z.array(z.string()).describe('The names of the fields read or written (never their values)'),
  details: z.record(z.string(), z.unknown()).describe('Small plain facts; keys from AUDIT_DETAIL_KEYS'),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

/** The youth of a page of the audit log whom the reader may name (a read of that youth's identity, audited). */
export const AuditYouth = z.object({ id: z.string(), displayName: z.string().optional() });

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  youth: z
    .array(AuditYouth)
    .describe(
      'The youth of these entries whose identity the caller may see (their agency is on the care team), by name; each is audited as a read. Others are shown by youthRef only',
    ),
  agencies: z
    .record(z.string(), z.string())
    .describe('The names of the agencies these entries name (of the people who acted, and in the details)'),
  nextBefore: z.number().int().nullable().describe('Pass as `before` for the next (older) page; null on the last'),
});
