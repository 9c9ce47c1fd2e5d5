import { api } from '../../api';
import type { SignInResult } from '../../session-types';

/**
 * The sign-in page's second steps (see packages/server/src/features/auth/schemas.ts). The first step, the session
 * and signing out are the session's own (src/session.tsx). A 401 here is the call's own answer (a refused code, no
 * half-way session), not a session that ended.
 */

/** POST /api/v1/auth/enrolment: a new authenticator secret, as a key and a QR code. */
export interface Enrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

/** POST /api/v1/auth/enrolment/confirm: the session, and the recovery codes shown once. */
export interface EnrolmentDone extends SignInResult {
  recoveryCodes: string[];
}

export const sendSecondFactor = (code: string) =>
  api.post<SignInResult>('/api/v1/auth/second-factor', { code }, { expectUnauthorized: true });

export const sendRecoveryCode = (code: string) =>
  api.post<SignInResult>('/api/v1/auth/recovery-code', { code }, { expectUnauthorized: true });

export const startEnrolment = () => api.post<Enrolment>('/api/v1/auth/enrolment', {}, { expectUnauthorized: true });

export const confirmEnrolment = (code: string) =>
  api.post<EnrolmentDone>('/api/v1/auth/enrolment/confirm', { code }, { expectUnauthorized: true });
