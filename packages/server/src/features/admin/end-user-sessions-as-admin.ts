import { auditOnce } from '../../audit/index.js';
import { endUserSessions } from '../../identity/sessions.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { findUser } from './users.js';

/** Ends every open session of a user (a lost laptop, a person who left); returns how many ended. */
export async function endUserSessionsAsAdmin(input: {
  actor: Actor;
  services: Services;
  userId: string;
}): Promise<number> {
  const { actor, services, userId } = input;
  await findUser(services.database.db, userId);
  const ended = await endUserSessions(services.database.db, userId, 'ended_by_admin', services.gate.now());
  await auditOnce(services.database.db, services.auditKey, {
    event: 'auth.session.ended',
    ...actorFields(actor),
    recordType: 'user',
    recordId: userId,
    outcome: 'success',
    details: { sessions: ended },
  });
  return ended;
}
