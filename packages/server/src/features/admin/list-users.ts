import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { managesAll } from './admin-caller.js';
import { userSummary } from './users.js';

/** The users an administrator manages (everyone), or a supervisor's own agency. */
export async function listUsers(input: { actor: Actor; services: Services }) {
  const { actor, services } = input;
  let query = services.database.db.selectFrom('app_user').selectAll().orderBy('display_name');
  if (!(await managesAll(services, actor))) query = query.where('agency_id', '=', actor.agencyId);
  return (await query.execute()).map((u) => userSummary(u, services.gate.now()));
}
