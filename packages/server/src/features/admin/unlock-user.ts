import { auditOnce } from '../../audit/index.js';
import { clearFailures } from '../../identity/lockout.js';
import { type AdminCaller, actorOf } from './admin-caller.js';
import { findUser } from './users.js';

/** Lifts a sign-in lockout. */
export async function unlockUser(input: { admin: AdminCaller; userId: string }): Promise<void> {
  const { admin, userId } = input;
  await findUser(admin.db, userId);
  await clearFailures(admin.db, userId);
  await auditOnce(admin.db, admin.auditKey, {
    event: 'auth.account.unlocked',
    ...actorOf(admin),
    recordType: 'user',
    recordId: userId,
    outcome: 'success',
  });
}
