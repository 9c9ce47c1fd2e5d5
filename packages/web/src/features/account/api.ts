import type { Infer, OpenSession as OpenSessionSchema, PasswordChange as PasswordChangeSchema } from '@harbor/core';
import { api } from '../../api';

/** The account pages' calls; the shapes are core's sign-in contract (packages/core/src/sign-in/contract.ts). */

/** GET /api/v1/auth/sessions: one of my open sessions. */
export type OpenSession = Infer<typeof OpenSessionSchema>;

export const listMySessions = () => api.get<OpenSession[]>('/api/v1/auth/sessions');

export const endMySession = (id: string) => api.delete(`/api/v1/auth/sessions/${encodeURIComponent(id)}`);

export type PasswordChange = Infer<typeof PasswordChangeSchema>;

/** Changes my password; my other sessions end (the answer says how many). */
export const changeMyPassword = (body: PasswordChange) =>
  api.post<{ sessionsEnded: number }>('/api/v1/auth/password', body);
