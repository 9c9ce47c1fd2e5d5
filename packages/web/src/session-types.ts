import type { Locale, Role } from '@harbor/core';

/**
 * What a session is, as the app holds it: the session's provider (session.tsx), the offline part that keeps a
 * snapshot of it (offline/device-session.ts) and the pages all read these types from here.
 */

/** The answers of the sign-in endpoints (see packages/server/src/features/auth/schemas.ts). */
export type SessionStage = 'password' | 'enrolling' | 'active';

export interface SignInResult {
  stage: SessionStage;
  csrfToken: string;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  agencyId: string;
  agencyName: string;
  locale: Locale;
}

export interface SessionInfo {
  stage: SessionStage;
  csrfToken: string;
  idleTimeoutSeconds: number;
  /** The county's time zone (HARBOR_TIME_ZONE): every time is shown in it. */
  timeZone?: string;
  expiresAt: string;
  user: SessionUser;
  /** The server cannot be reached: this is the device's snapshot of the session (screenings work offline). */
  offline?: boolean;
}

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
