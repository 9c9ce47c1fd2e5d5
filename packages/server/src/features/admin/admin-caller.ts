import type { AuditScope } from '../../audit/search-audit.js';
import { harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { agencyOnTeamAtEntry } from '../youth/queries.js';

/** Whether the actor manages every account (admin) or only invites into their own agency (supervisor). */
export async function managesAll(services: Services, actor: Actor): Promise<boolean> {
  return services.permissions.has(actor.role, 'users.manage');
}

/**
 * Refuses an invitation the actor may not manage: a supervisor manages their own agency's invitations, never one
 * made for an administrator; an administrator manages every invitation.
 */
export async function assertInvitationInScope(
  services: Services,
  actor: Actor,
  invitation: { agency_id: string | null; role: string | null },
): Promise<void> {
  if (await managesAll(services, actor)) return;
  if (invitation.agency_id !== actor.agencyId || invitation.role === 'admin') {
    throw harborErrorWithMessage('forbidden', 'invitation.scope', 'invitation outside the supervisor’s agency');
  }
}

/**
 * A supervisor searches what people of their own agency did, and what was done to a youth's record while their agency
 * was on the youth's care team; an administrator searches everything.
 */
export async function auditScope(services: Services, actor: Actor): Promise<AuditScope> {
  if (await managesAll(services, actor)) return {};
  const agencyId = actor.agencyId;
  return {
    actorAgencyId: agencyId,
    aboutTeamYouth: (eb) => agencyOnTeamAtEntry(eb, agencyId),
  };
}
