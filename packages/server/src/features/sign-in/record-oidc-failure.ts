import { auditOnce } from '../../audit/index.js';
import type { SignInContext } from './context.js';
import type { OidcFailureReason } from './oidc-provider.js';

/** Audits a refused single sign-on: the reason code, and the user when one was found. */
export async function recordOidcFailure(
  ctx: SignInContext,
  input: { reason: OidcFailureReason; user?: { id: string; agency_id: string } | undefined },
): Promise<void> {
  const { reason, user } = input;
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.sign_in.failed',
    actorUserId: user?.id,
    actorAgencyId: user?.agency_id,
    outcome: 'failure',
    details: { method: 'oidc', reason },
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
}
