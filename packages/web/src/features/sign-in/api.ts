import type { EnrolmentDone as EnrolmentDoneSchema, Enrolment as EnrolmentSchema, Infer } from '@harbor/core';
import { api } from '../../api';
import type { SignInResult } from '../../session-types';

/**
 * The sign-in page's second steps; the shapes are core's sign-in contract (packages/core/src/sign-in/contract.ts). The first step, the session
 * and signing out are the session's own (src/session.tsx). A 401 here is the call's own answer (a refused code, no
 * half-way session), not a session that ended.
 */

/** POST /api/v1/auth/enrolment: a new authenticator secret, as a key and a QR code. */
export type Enrolment = Infer<typeof EnrolmentSchema>;

/** POST /api/v1/auth/enrolment/confirm: the session, and the recovery codes shown once. */
export type EnrolmentDone = Infer<typeof EnrolmentDoneSchema>;

export const sendSecondFactor = (code: string) =>
  api.post<SignInResult>('/api/v1/auth/second-factor', { code }, { expectUnauthorized: true });

export const sendRecoveryCode = (code: string) =>
  api.post<SignInResult>('/api/v1/auth/recovery-code', { code }, { expectUnauthorized: true });

export const startEnrolment = () => api.post<Enrolment>('/api/v1/auth/enrolment', {}, { expectUnauthorized: true });

export const confirmEnrolment = (code: string) =>
  api.post<EnrolmentDone>('/api/v1/auth/enrolment/confirm', { code }, { expectUnauthorized: true });
