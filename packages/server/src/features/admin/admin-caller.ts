import type { AuditScope } from '../../audit/search-audit.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { careTeamYouthIds } from '../youth/queries.js';

/** Whether the actor manages every account (admin) or only invites into their own agency (supervisor). */
export async function managesAll(services: Services, actor: Actor): Promise<boolean> {
  return services.permissions.has(actor.role, 'users.manage');
}

/** A supervisor searches what people of their own agency did; an administrator searches everything. */
export async function auditScope(services: Services, actor: Actor): Promise<AuditScope> {
  if (await managesAll(services, actor)) return {};
  const agencyId = actor.agencyId;
  return {
    actorAgencyId: agencyId,
    aboutTeamYouth: (eb) =>
      eb('youth_id', 'in', careTeamYouthIds(services.database.db, { agencyId, everMember: true })),
  };
}
