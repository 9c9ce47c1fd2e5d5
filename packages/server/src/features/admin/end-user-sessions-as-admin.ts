import { auditOnce } from '../../audit/index.js';
import { endUserSessions } from '../../identity/sessions.js';
import { type AdminCaller, actorOf } from './admin-caller.js';
import { findUser } from './users.js';

/** Ends every open session of a user (a lost laptop, a person who left); returns how many ended. */
export async function endUserSessionsAsAdmin(input: { admin: AdminCaller; userId: string }): Promise<number> {
  const { admin, userId } = input;
  await findUser(admin.db, userId);
  const ended = await endUserSessions(admin.db, userId, 'ended_by_admin', admin.now);
  await auditOnce(admin.db, admin.auditKey, {
    event: 'auth.session.ended',
    ...actorOf(admin),
    recordType: 'user',
    recordId: userId,
    outcome: 'success',
    details: { sessions: ended },
  });
  return ended;
}
