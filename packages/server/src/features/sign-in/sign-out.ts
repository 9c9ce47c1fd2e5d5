import { auditOnce } from '../../audit/index.js';
import type { User } from '../../identity/accounts.js';
import { endSession, type Session } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';

/** Ends the caller's own session. */
export async function signOut(ctx: SignInContext, input: { session: Session; user: User }): Promise<void> {
  const { session, user } = input;
  await endSession(ctx.db, session.id, 'signed_out');
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.sign_out',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'success',
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
}
