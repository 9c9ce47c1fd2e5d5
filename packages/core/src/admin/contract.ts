import { z } from 'zod';
import { AGENCY_KINDS } from '../access/agencies.js';
import { PERMISSIONS, ROLES } from '../access/roles.js';
import { LOCALES } from '../i18n/locales.js';

/** The administration API's requests and answers (zod): the server validates and documents with them, the web app takes its types from them. */

export const IdParams = z.strictObject({ id: z.string().min(1).max(64) });

export const Agency = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  version: z.number().int(),
});
export const NewAgency = z.strictObject({ name: z.string().trim().min(2).max(200), kind: z.enum(AGENCY_KINDS) });
export const AgencyChange = z.strictObject({
  version: z.number().int().min(1),
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
  version: z.number().int().min(1),
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
  password: z.string().min(1).max(1024),
  locale: z.enum(LOCALES).optional(),
});

export const RolePermissionsTable = z.record(z.enum(ROLES), z.array(z.enum(PERMISSIONS)));
