import type { Role } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { updateVersioned } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { endUserSessions } from '../../identity/sessions.js';
import { type AdminCaller, actorOf } from './admin-caller.js';
import { findUser, userSummary } from './users.js';

/** Changes a user's name, role or status; disabling ends their sessions at once. */
export async function changeUser(input: {
  admin: AdminCaller;
  userId: string;
  change: {
    version: number;
    displayName?: string | undefined;
    role?: Role | undefined;
    status?: 'active' | 'disabled' | undefined;
  };
}) {
  const { admin, userId: id, change } = input;
  const before = await findUser(admin.db, id);
  if (before.id === admin.user.id && (change.status === 'disabled' || (change.role && change.role !== before.role))) {
    throw new HarborError('forbidden', 'administrators cannot disable themselves or change their own role');
  }
  const now = admin.now ?? new Date();
  await admin.db.transaction().execute(async (trx) => {
    const patch: Record<string, unknown> = {};
    if (change.displayName !== undefined) patch.display_name = change.displayName;
    if (change.role !== undefined) patch.role = change.role;
    if (change.status !== undefined) patch.status = change.status;
    await updateVersioned(trx, 'app_user', id, change.version, patch, now);
    const base = { ...actorOf(admin), recordType: 'user', recordId: id, outcome: 'success' as const };
    if (change.role !== undefined && change.role !== before.role) {
      await appendAudit(trx, admin.auditKey, {
        event: 'admin.role.changed',
        ...base,
        details: { from: before.role, to: change.role },
      });
    }
    if (change.status !== undefined && change.status !== before.status) {
      await appendAudit(trx, admin.auditKey, {
        event: change.status === 'disabled' ? 'admin.user.disabled' : 'admin.user.enabled',
        ...base,
      });
    }
    if (change.displayName !== undefined && change.displayName !== before.display_name) {
      await appendAudit(trx, admin.auditKey, { event: 'admin.user.updated', ...base, fields: ['display_name'] });
    }
  });
  if (change.status === 'disabled') await endUserSessions(admin.db, id, 'user_disabled', now);
  return userSummary(await findUser(admin.db, id), now);
}
