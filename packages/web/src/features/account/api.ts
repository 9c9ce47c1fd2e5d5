import { api } from '../../api';

/** The account pages' calls (see packages/server/src/features/auth/schemas.ts). */

/** GET /api/v1/auth/sessions: one of my open sessions. */
export interface OpenSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

export const listMySessions = () => api.get<OpenSession[]>('/api/v1/auth/sessions');

export const endMySession = (id: string) => api.delete(`/api/v1/auth/sessions/${encodeURIComponent(id)}`);
