import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { findUser, userSummary } from './users.js';

/** One user, as the administrator's page about them shows them. */
export async function readUser(input: { actor: Actor; services: Services; userId: string }) {
  const { services } = input;
  return userSummary(await findUser(services.database.db, input.userId), services.gate.now());
}
