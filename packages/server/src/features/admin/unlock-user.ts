import { auditOnce } from '../../audit/index.js';
import { clearFailures } from '../../identity/lockout.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { findUser } from './users.js';

/** Lifts a sign-in lockout. */
export async function unlockUser(input: { actor: Actor; services: Services; userId: string }): Promise<void> {
  const { actor, services, userId } = input;
  await findUser(services.database.db, userId);
  await clearFailures(services.database.db, userId);
  await auditOnce(services.database.db, services.auditKey, {
    event: 'auth.account.unlocked',
    ...actorFields(actor),
    recordType: 'user',
    recordId: userId,
    outcome: 'success',
  });
}
