import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createAgency, createUser } from '../identity/accounts.js';
import { createSession } from '../identity/sessions.js';

/**
 * A clinician of a new mental-health agency with an active session made in the database (no sign-in), for tests and
 * benchmarks that load a real server; resolves with the user's id and the session's Cookie header.
 */
export async function clinicianWithSession(
  db: Kysely<Database>,
  email: string,
): Promise<{ userId: string; headers: { cookie: string } }> {
  const agency = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
  const user = await createUser(db, {
    agencyId: agency.id,
    email,
    displayName: email.split('@')[0] ?? email,
    role: 'clinician',
    passwordHash: null,
  });
  const { token } = await createSession(db, { userId: user.id, stage: 'active' });
  return { userId: user.id, headers: { cookie: `harbor=${token}` } };
}
