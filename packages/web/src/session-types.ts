import type {
  Infer,
  SessionInfo as SessionInfoSchema,
  SessionStage as SessionStageSchema,
  SignInResult as SignInResultSchema,
} from '@harbor/core';

/**
 * What a session is, as the app holds it: the session's provider (session.tsx), the offline part that keeps a
 * snapshot of it (offline/device-session.ts) and the pages all read these types from here.
 */

/** The answers of the sign-in endpoints: core's sign-in contract (packages/core/src/sign-in/contract.ts). */
export type SessionStage = Infer<typeof SessionStageSchema>;
export type SignInResult = Infer<typeof SignInResultSchema>;
export type SessionUser = Infer<typeof SessionInfoSchema>['user'];

/** The session as the server answers it, or as the device kept it when the server cannot be reached. */
export type SessionInfo = Omit<Infer<typeof SessionInfoSchema>, 'timeZone' | 'idleExpiresAt'> & {
  /** The county's time zone (HARBOR_TIME_ZONE): every time is shown in it (a device's older snapshot may lack it). */
  timeZone?: string;
  idleExpiresAt?: string;
  /** The server cannot be reached: this is the device's snapshot of the session (screenings work offline). */
  offline?: boolean;
};

/** Why the app left a signed-in state; the sign-in page says so. */
export type EndReason = 'signedOut' | 'timedOut' | 'ended';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; reason?: EndReason; idleTimeoutSeconds?: number }
  | { status: 'pending'; stage: 'password' | 'enrolling' }
  | { status: 'signedIn'; info: SessionInfo };

/** What the sign-in page gets in the router's location state. */
export interface SignInNavigationState {
  notice?: EndReason | 'required';
  /** Minutes of the idle timeout, for the 'timedOut' notice. */
  minutes?: number;
  /** Where to go once signed in. */
  from?: string;
}
