import type { Role } from '@harbor/core';
import { listOpenInvitations } from '../../identity/one-time-links.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { managesAll } from './admin-caller.js';

/**
 * Invitations not yet accepted nor withdrawn, newest first: every one for an administrator, a supervisor's own
 * agency's (without those for administrators). Expired ones are listed too, marked, so that they can be sent again.
 */
export async function listInvitations(input: { actor: Actor; services: Services }) {
  const { actor, services } = input;
  const all = await managesAll(services, actor);
  const rows = await listOpenInvitations(services.database.db, all ? {} : { agencyId: actor.agencyId });
  const now = services.gate.now().getTime();
  return rows
    .filter((row) => all || row.role !== 'admin')
    .map((row) => ({
      id: row.id,
      email: row.email ?? '',
      role: row.role as Role,
      agencyId: row.agency_id ?? '',
      invitedBy: row.invited_by,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      expired: Date.parse(row.expires_at) <= now,
    }));
}
