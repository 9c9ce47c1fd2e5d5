import { appendAudit } from '../../audit/index.js';
import { harborErrorWithMessage } from '../../errors.js';
import { ADMIN_RESET_LIFETIME_MS, createPasswordResetLink } from '../../identity/one-time-links.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { findUser } from './users.js';

/**
 * An administrator makes a single-use password reset link for a person (24 hours), to give them by phone or in person
 * when e-mail cannot reach them. Earlier reset links of the person stop working. The link only sets a password: the
 * second factor is still asked at sign-in, and setting the password ends every session of the person.
 */
export async function makePasswordResetLink(input: {
  actor: Actor;
  services: Services;
  userId: string;
  publicUrl: URL;
}) {
  const { actor, services } = input;
  const user = await findUser(services.database.db, input.userId);
  if (user.id === actor.userId) throw harborErrorWithMessage('forbidden', 'account.notYourself', 'own account');
  const now = services.gate.now();
  const link = await services.database.db.transaction().execute(async (trx) => {
    const made = await createPasswordResetLink(
      trx,
      {
        userId: user.id,
        email: user.email,
        createdBy: actor.userId,
        via: 'admin',
        lifetimeMs: ADMIN_RESET_LIFETIME_MS,
      },
      now,
    );
    await appendAudit(trx, services.auditKey, {
      event: 'admin.user.password_reset_link',
      ...actorFields(actor),
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
    });
    return made;
  });
  return { link: new URL(`/reset-password#${link.token}`, input.publicUrl).toString(), expiresAt: link.expiresAt };
}
