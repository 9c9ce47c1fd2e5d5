import type { FastifyBaseLogger } from 'fastify';
import { appendAudit } from '../../audit/index.js';
import { updateVersioned } from '../../db/versioned.js';
import { findUserByEmail, type User } from '../../identity/accounts.js';
import { isLockedFor } from '../../identity/lockout.js';
import { createSession, type NewSession } from '../../identity/sessions.js';
import { sameToken } from '../../identity/tokens.js';
import type { SignInContext } from './context.js';
import type { OidcFlow } from './oidc-flow-cookie.js';
import { OidcFailure, type OidcProviderClient, type ProviderIdentity } from './oidc-provider.js';

function findLinkedUser(ctx: SignInContext, issuer: string, subject: string): Promise<User | undefined> {
  return ctx.db
    .selectFrom('app_user')
    .selectAll()
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
}

/**
 * The Harbor user an identity provider's user is, or undefined. Found by the link (issuer and subject) made at an
 * earlier sign-in; else, once, by an e-mail address the provider verified, when it belongs to a Harbor user not yet
 * linked to any provider identity (returned with `link: true`). Nobody is ever created from the provider's word:
 * people are invited into an agency by an administrator first.
 */
async function matchUser(ctx: SignInContext, identity: ProviderIdentity): Promise<{ user: User; link: boolean }> {
  const linked = await findLinkedUser(ctx, identity.issuer, identity.subject);
  if (linked) return { user: linked, link: false };
  const { email, verified } = await identity.email();
  const user = email ? await findUserByEmail(ctx.db, email) : undefined;
  if (!user) throw new OidcFailure('unknown_user');
  if (!verified) throw new OidcFailure('email_unverified', { user });
  if (user.oidc_issuer !== null || user.oidc_subject !== null) throw new OidcFailure('linked_elsewhere', { user });
  return { user, link: true };
}

/** Links a Harbor user to the provider identity (issuer and subject), recorded as an update of the user. */
async function linkUser(ctx: SignInContext, user: User, identity: ProviderIdentity, now: Date): Promise<void> {
  try {
    await ctx.db.transaction().execute(async (trx) => {
      // At the version just read, so a change made meanwhile (disabled, linked by a parallel sign-in) wins.
      await updateVersioned(
        trx,
        'app_user',
        user.id,
        user.version,
        { oidc_issuer: identity.issuer, oidc_subject: identity.subject },
        now,
      );
      await appendAudit(
        trx,
        ctx.auditKey,
        {
          event: 'admin.user.updated',
          actorUserId: user.id,
          actorAgencyId: user.agency_id,
          recordType: 'app_user',
          recordId: user.id,
          fields: ['oidc_issuer', 'oidc_subject'],
          outcome: 'success',
          details: { oidc: 'linked' },
          ip: ctx.ip,
          userAgent: ctx.userAgent,
        },
        now,
      );
    });
  } catch (cause) {
    // A version conflict, or the unique (issuer, subject) constraint: another user holds this identity.
    throw new OidcFailure('link_conflict', { cause, user });
  }
}

/**
 * First step of signing in through the identity provider, in place of the password, from the provider's answer at
 * the callback and the flow this browser started: the state must match, the provider must not have answered with an
 * error, the code is exchanged and the ID token validated (OidcProviderClient.finish). Then the Harbor user is found
 * (and at the first time linked), and the same half-way session as the password step opens. The second factor is
 * still due (or TOTP enrolment, at the first sign-in), so MFA stays required for everyone. Success is audited once
 * the second factor is proven, by the code that proves it. Throws OidcFailure when refused.
 */
export async function signInWithOidc(
  ctx: SignInContext,
  input: { provider: OidcProviderClient; flow: OidcFlow; query: URLSearchParams; log: FastifyBaseLogger },
): Promise<NewSession> {
  const { query, flow } = input;
  const state = query.get('state');
  if (state === null || !sameToken(flow.state, state)) throw new OidcFailure('state_mismatch');
  if (query.has('error')) {
    const code = query.get('error') ?? '';
    input.log.info(
      { event: 'auth.oidc.provider_error', error: /^[a-z_]{1,64}$/.test(code) ? code : '(other)' },
      'the identity provider answered with an error',
    );
    throw new OidcFailure('idp_error');
  }
  const identity = await input.provider.finish(query, flow);
  const now = ctx.now ?? new Date();
  const { user, link } = await matchUser(ctx, identity);
  if (user.status !== 'active') throw new OidcFailure('disabled', { user });
  if (isLockedFor(user, ctx.sourceOf?.(user.id) ?? 'elsewhere', now)) throw new OidcFailure('locked', { user });
  if (link) await linkUser(ctx, user, identity, now);
  const stage = user.totp_enrolled_at ? 'password' : 'enrolling';
  // On the wall clock, as every request resolves it (http/session.ts); the server's clock `now` is for locks and codes.
  return createSession(ctx.db, { userId: user.id, stage, ip: ctx.ip, userAgent: ctx.userAgent });
}
