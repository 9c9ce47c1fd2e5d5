import type {
  Agency as AgencySchema,
  AuditEntry as AuditEntrySchema,
  AuditPage as AuditPageSchema,
  BreakGlassDisposition,
  BreakGlassGrant as BreakGlassGrantSchema,
  BreakGlassReview as BreakGlassReviewSchema,
  Infer,
  Invitation as InvitationSchema,
  PasswordResetLink as PasswordResetLinkSchema,
  PendingInvitation as PendingInvitationSchema,
  Permission,
  Role,
  UserSummary as UserSummarySchema,
  YouthSearchResult as YouthSearchResultSchema,
} from '@harbor/core';
import { api } from '../../api';

/** Every call the administration pages make to the API; the shapes are core's contract (packages/core/src/admin). */

export type Agency = Infer<typeof AgencySchema>;
export type UserSummary = Infer<typeof UserSummarySchema>;
/** A new or resent invitation: its single-use link, until when it works, and whether Harbor e-mailed it. */
export type InvitationMade = Infer<typeof InvitationSchema>;
export type PendingInvitation = Infer<typeof PendingInvitationSchema>;
export type PasswordResetLink = Infer<typeof PasswordResetLinkSchema>;

/** One audit entry as GET /api/v1/audit returns it, with the names of the people it names. */
export type AuditEntry = Infer<typeof AuditEntrySchema>;
/** A page of the audit log: entries, the youth the reader may see named, agency names. */
export type AuditPage = Infer<typeof AuditPageSchema>;

/** A search of the audit log: each filter is used when it is not empty. */
export interface Filters {
  actorUserId: string;
  youthId: string;
  /** A short record reference (9F3A-27C1), for readers who may not see names. */
  youthRef: string;
  event: string;
  from: string;
  to: string;
}

/** One break-glass access as GET /api/v1/break-glass returns it, with the reviewer's agency's review. */
export type BreakGlassGrant = Infer<typeof BreakGlassGrantSchema>;
export type BreakGlassReview = Infer<typeof BreakGlassReviewSchema>;

/** Youth found by name (GET /api/v1/youth): only those the reader may see. */
export type YouthSearchResult = Infer<typeof YouthSearchResultSchema>;

/** The query of an audit search (`?event=…&before=…`), empty without filters. */
export function auditQuery(filters: Filters, before?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value.trim());
  if (before) params.set('before', String(before));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const listUsers = () => api.get<UserSummary[]>('/api/v1/users');

export const readUser = (id: string) => api.get<UserSummary>(`/api/v1/users/${encodeURIComponent(id)}`);

export const changeUser = (user: UserSummary, body: { role?: Role; status?: 'active' | 'disabled' }) =>
  api.patch<UserSummary>(`/api/v1/users/${encodeURIComponent(user.id)}`, { version: user.version, ...body });

export const unlockUser = (user: UserSummary) => api.post(`/api/v1/users/${encodeURIComponent(user.id)}/unlock`);

export const endUserSessions = (user: UserSummary) =>
  api.delete<{ ended: number }>(`/api/v1/users/${encodeURIComponent(user.id)}/sessions`);

/** A single-use invitation link for a new person, valid until `expiresAt` (e-mailed too when Harbor sends e-mail). */
export const invite = (body: { email: string; role: Role; agencyId: string }) =>
  api.post<InvitationMade>('/api/v1/invitations', body);

export const listInvitations = () => api.get<PendingInvitation[]>('/api/v1/invitations');

/** A new link for an open invitation; the earlier link stops working. */
export const resendInvitation = (invitation: PendingInvitation) =>
  api.post<InvitationMade>(`/api/v1/invitations/${encodeURIComponent(invitation.id)}/resend`);

export const revokeInvitation = (invitation: PendingInvitation) =>
  api.delete(`/api/v1/invitations/${encodeURIComponent(invitation.id)}`);

/** A single-use link for the person to choose a new password (24 hours), to give them another way. */
export const makePasswordResetLink = (user: UserSummary) =>
  api.post<PasswordResetLink>(`/api/v1/users/${encodeURIComponent(user.id)}/password-reset`);

/** Forgets the person's authenticator and recovery codes and ends their sessions; they set it up again. */
export const resetSecondFactor = (user: UserSummary) =>
  api.delete<UserSummary>(`/api/v1/users/${encodeURIComponent(user.id)}/second-factor`);

export const listAgencies = () => api.get<Agency[]>('/api/v1/agencies');

export const addAgency = (name: string, kind: string) => api.post<Agency>('/api/v1/agencies', { name, kind });

export const renameAgency = (agency: Agency, name: string) =>
  api.patch<Agency>(`/api/v1/agencies/${encodeURIComponent(agency.id)}`, { version: agency.version, name });

export const listRolePermissions = () => api.get<Record<Role, Permission[]>>('/api/v1/roles');

export const searchAudit = (filters: Filters, before?: number) =>
  api.get<AuditPage>(`/api/v1/audit${auditQuery(filters, before)}`);

/** The same search as a CSV file (a download link). */
export const auditExportPath = (filters: Filters) => `/api/v1/audit.csv${auditQuery(filters)}`;

export const listBreakGlassGrants = () => api.get<BreakGlassGrant[]>('/api/v1/break-glass');

/** Records or changes my agency's review of an access, at the version read (0: none yet); 409 when it moved on. */
export const recordBreakGlassReview = (
  grant: BreakGlassGrant,
  review: { disposition: BreakGlassDisposition; note: string },
) =>
  api.put<BreakGlassReview>(`/api/v1/break-glass/${encodeURIComponent(grant.id)}/review`, {
    version: grant.review?.version ?? 0,
    ...review,
  });

/** Youth by name through the blind-index search (audited), to pick one for the audit log's filter. */
export const findYouthByName = (name: string) =>
  api.get<YouthSearchResult>(`/api/v1/youth?${new URLSearchParams({ name: name.trim() })}`);
