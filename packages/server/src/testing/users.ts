import type { Role } from '@harbor/core';
import { createUser, type User } from '../identity/accounts.js';
import { hashPassword } from '../identity/passwords.js';
import { createSession, csrfTokenFor } from '../identity/sessions.js';
import type { TestApp } from './app.js';

export interface SignedInUser {
  user: User;
  /** Cookie and CSRF header of a fully signed-in session (MFA done), for app.inject. */
  headers: Record<string, string>;
}

/** A user of the given role with an active session, for tests about what a role may do. */
export async function signedInUser(h: TestApp, agencyId: string, role: Role, name: string): Promise<SignedInUser> {
  const user = await createUser(h.t.database.db, {
    agencyId,
    email: `${name}@county.example`,
    displayName: name,
    role,
    passwordHash: null,
  });
  const { token } = await createSession(h.t.database.db, { userId: user.id, stage: 'active' });
  return { user, headers: { cookie: `harbor=${token}`, 'x-csrf-token': csrfTokenFor(h.config.secretKey, token) } };
}

/** A signed-in user who also has a password (hashed as at sign-up), for tests of changing or resetting it. */
export async function signedInUserWithPassword(
  h: TestApp,
  agencyId: string,
  role: Role,
  name: string,
  password: string,
  locale: 'en' | 'es' = 'en',
): Promise<SignedInUser> {
  const user = await createUser(h.t.database.db, {
    agencyId,
    email: `${name}@county.example`,
    displayName: name,
    role,
    passwordHash: await hashPassword(password),
    locale,
  });
  return { user, headers: await sessionHeaders(h, user.id) };
}

/** Cookie and CSRF header of a new, fully signed-in session of a user (another device of theirs, say). */
export async function sessionHeaders(h: TestApp, userId: string): Promise<Record<string, string>> {
  const { token } = await createSession(h.t.database.db, { userId, stage: 'active' });
  return { cookie: `harbor=${token}`, 'x-csrf-token': csrfTokenFor(h.config.secretKey, token) };
}
