import { isLocale, type Role } from '@harbor/core';
import type { User } from '../../identity/accounts.js';
import { csrfTokenFor, IDLE_TIMEOUT_MS, idleEndOf, type Session, touchSession } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';

/**
 * The caller's session and who they are. Asking for it is the web app's "stay signed in": the idle clock restarts.
 */
export async function readSession(
  ctx: SignInContext,
  input: { session: Session; user: User; token: string; secretKey: Buffer; timeZone: string },
) {
  const { user } = input;
  const session = await touchSession(ctx.db, input.session);
  const agency = await ctx.db
    .selectFrom('agency')
    .select('name')
    .where('id', '=', user.agency_id)
    .executeTakeFirstOrThrow();
  return {
    stage: session.stage,
    csrfToken: csrfTokenFor(input.secretKey, input.token),
    idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000,
    timeZone: input.timeZone,
    idleExpiresAt: idleEndOf(session),
    expiresAt: session.expires_at,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      role: user.role as Role,
      agencyId: user.agency_id,
      agencyName: agency.name,
      locale: isLocale(user.locale) ? user.locale : 'en',
    },
  };
}
