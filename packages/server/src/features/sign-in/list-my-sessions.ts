import type { User } from '../../identity/accounts.js';
import { listOpenSessions, type Session } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';

/** The caller's open sessions, the one this request came with marked current. */
export async function listMySessions(ctx: SignInContext, input: { session: Session; user: User }) {
  const { session, user } = input;
  return (await listOpenSessions(ctx.db, user.id)).map((s) => ({
    id: s.id,
    createdAt: s.created_at,
    lastSeenAt: s.last_seen_at,
    userAgent: s.user_agent,
    current: s.id === session.id,
  }));
}
