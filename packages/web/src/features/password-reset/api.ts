import type {
  Infer,
  PasswordResetDone as PasswordResetDoneSchema,
  PasswordResetInfo as PasswordResetInfoSchema,
  PasswordReset as PasswordResetSchema,
} from '@harbor/core';
import { api } from '../../api';

/** The forgotten-password pages' calls; the shapes are core's sign-in contract. */

export type PasswordResetInfo = Infer<typeof PasswordResetInfoSchema>;
export type PasswordReset = Infer<typeof PasswordResetSchema>;
export type PasswordResetDone = Infer<typeof PasswordResetDoneSchema>;

/** Whether Harbor can e-mail a reset link here (else people ask an administrator). */
export const readPasswordResetInfo = () => api.get<PasswordResetInfo>('/api/v1/auth/password-reset');

/** Asks for a link by e-mail; the same answer whether or not the address has an account. */
export const requestPasswordReset = (email: string) =>
  api.post<{ accepted: true }>('/api/v1/auth/password-reset/request', { email });

/** Sets a new password with the link's token. */
export const resetPassword = (body: PasswordReset) => api.post<PasswordResetDone>('/api/v1/auth/password-reset', body);
