import type { Agency as AgencySchema, Infer, Permission, Role, UserSummary as UserSummarySchema } from '@harbor/core';
import { api } from '../../api';

/** Every call the administration pages make to the API; the shapes are core's contract (packages/core/src/admin). */

export type Agency = Infer<typeof AgencySchema>;
export type UserSummary = Infer<typeof UserSummarySchema>;

/** One audit entry as GET /api/v1/audit returns it (the fields this page shows). */
export interface AuditEntry {
  seq: number;
  at: string;
  event: string;
  actorUserId: string | null;
  youthId: string | null;
  outcome: string;
  fields: string[];
  details: Record<string, unknown>;
}

/** A search of the audit log: each filter is used when it is not empty. */
export interface Filters {
  actorUserId: string;
  youthId: string;
  event: string;
  from: string;
  to: string;
}

/** One break-glass grant as GET /api/v1/break-glass returns it. */
export interface BreakGlassGrant {
  id: string;
  youthId: string;
  userId: string;
  userName: string;
  userAgencyId: string;
  userAgencyName: string;
  /** Still within its 60 minutes by the server's clock when the list was read. */
  active: boolean;
  reason: string;
  grantedAt: string;
  expiresAt: string;
}

/** The query of an audit search (`?event=…&before=…`), empty without filters. */
export function auditQuery(filters: Filters, before?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value.trim());
  if (before) params.set('before', String(before));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const listUsers = () => api.get<UserSummary[]>('/api/v1/users');

export const changeUser = (user: UserSummary, body: { role?: Role; status?: 'active' | 'disabled' }) =>
  api.patch<UserSummary>(`/api/v1/users/${encodeURIComponent(user.id)}`, { version: user.version, ...body });

export const unlockUser = (user: UserSummary) => api.post(`/api/v1/users/${encodeURIComponent(user.id)}/unlock`);

export const endUserSessions = (user: UserSummary) =>
  api.delete<{ ended: number }>(`/api/v1/users/${encodeURIComponent(user.id)}/sessions`);

/** A single-use invitation link for a new person, valid until `expiresAt`. */
export const invite = (body: { email: string; role: Role; agencyId: string }) =>
  api.post<{ id: string; link: string; expiresAt: string }>('/api/v1/invitations', body);

export const listAgencies = () => api.get<Agency[]>('/api/v1/agencies');

export const addAgency = (name: string, kind: string) => api.post<Agency>('/api/v1/agencies', { name, kind });

export const renameAgency = (agency: Agency, name: string) =>
  api.patch<Agency>(`/api/v1/agencies/${encodeURIComponent(agency.id)}`, { version: agency.version, name });

export const listRolePermissions = () => api.get<Record<Role, Permission[]>>('/api/v1/roles');

export const searchAudit = (filters: Filters, before?: number) =>
  api.get<{ entries: AuditEntry[]; nextBefore: number | null }>(`/api/v1/audit${auditQuery(filters, before)}`);

/** The same search as a CSV file (a download link). */
export const auditExportPath = (filters: Filters) => `/api/v1/audit.csv${auditQuery(filters)}`;

export const listBreakGlassGrants = () => api.get<BreakGlassGrant[]>('/api/v1/break-glass');
