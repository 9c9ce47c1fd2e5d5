import { auditOnce } from '../../audit/index.js';
import { HarborError } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import { endSession } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';

/** Ends one of the caller's own open sessions (another device, say); someone else's session is not found. */
export async function endMySession(ctx: SignInContext, input: { user: User; sessionId: string }): Promise<void> {
  const { user } = input;
  const mine = await ctx.db
    .selectFrom('user_session')
    .select('id')
    .where('id', '=', input.sessionId)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (!mine || !(await endSession(ctx.db, mine.id, 'ended_by_user'))) {
    throw new HarborError('not_found', 'no such open session of this user');
  }
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.session.ended',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    recordType: 'session',
    recordId: mine.id,
    outcome: 'success',
    ip: ctx.ip,
  });
}
