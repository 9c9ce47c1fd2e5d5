import type { Role } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { updateVersioned } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { endUserSessions } from '../../identity/sessions.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { findUser, userSummary } from './users.js';

/** Changes a user's name, role or status; disabling ends their sessions at once. */
export async function changeUser(input: {
  actor: Actor;
  services: Services;
  userId: string;
  change: {
    version: number;
    displayName?: string | undefined;
    role?: Role | undefined;
    status?: 'active' | 'disabled' | undefined;
  };
}) {
  const { actor, services, userId: id, change } = input;
  const before = await findUser(services.database.db, id);
  if (before.id === actor.userId && (change.status === 'disabled' || (change.role && change.role !== before.role))) {
    throw new HarborError('forbidden', 'administrators cannot disable themselves or change their own role');
  }
  const now = services.gate.now();
  await services.database.db.transaction().execute(async (trx) => {
    const patch: Record<string, unknown> = {};
    if (change.displayName !== undefined) patch.display_name = change.displayName;
    if (change.role !== undefined) patch.role = change.role;
    if (change.status !== undefined) patch.status = change.status;
    await updateVersioned(trx, 'app_user', id, change.version, patch, now);
    const base = { ...actorFields(actor), recordType: 'user', recordId: id, outcome: 'success' as const };
    if (change.role !== undefined && change.role !== before.role) {
      await appendAudit(trx, services.auditKey, {
        event: 'admin.role.changed',
        ...base,
        details: { from: before.role, to: change.role },
      });
    }
    if (change.status !== undefined && change.status !== before.status) {
      await appendAudit(trx, services.auditKey, {
        event: change.status === 'disabled' ? 'admin.user.disabled' : 'admin.user.enabled',
        ...base,
      });
    }
    if (change.displayName !== undefined && change.displayName !== before.display_name) {
      await appendAudit(trx, services.auditKey, { event: 'admin.user.updated', ...base, fields: ['display_name'] });
    }
  });
  if (change.status === 'disabled') await endUserSessions(services.database.db, id, 'user_disabled', now);
  return userSummary(await findUser(services.database.db, id), now);
}
