import type { AgencyKind, Locale } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Database } from '../../db/schema.js';
import { harborErrorWithMessage } from '../../errors.js';
import { createAgency, createUser, findUserByEmail, type User } from '../../identity/accounts.js';
import { assertPasswordAcceptable, hashPassword } from '../../identity/passwords.js';

export interface NewAdministrator {
  email: string;
  displayName: string;
  password: string;
  agencyName: string;
  agencyKind: AgencyKind;
}

/**
 * Creates an administrator (and their agency, found by name or created) in one transaction with its
 * audit entries. Used by the first-time set-up link and by `harbor admin create`.
 */
export async function createAdministrator(
  db: Kysely<Database>,
  auditKey: Buffer,
  input: NewAdministrator,
  options: { locale: Locale; via: 'setup_link' | 'cli'; ip?: string | undefined; now?: Date },
): Promise<User> {
  assertPasswordAcceptable(input.password, options.locale);
  if (await findUserByEmail(db, input.email)) {
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  }
  const passwordHash = await hashPassword(input.password);
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    let agency = await trx
      .selectFrom('agency')
      .selectAll()
      .where('name', '=', input.agencyName.trim())
      .executeTakeFirst();
    if (!agency) {
      agency = await createAgency(trx, { name: input.agencyName, kind: input.agencyKind }, now);
      await appendAudit(trx, auditKey, {
        event: 'admin.agency.created',
        actorAgencyId: agency.id,
        recordType: 'agency',
        recordId: agency.id,
        outcome: 'success',
        details: { via: options.via },
        ip: options.ip,
      });
    }
    const user = await createUser(
      trx,
      {
        agencyId: agency.id,
        email: input.email,
        displayName: input.displayName,
        role: 'admin',
        passwordHash,
        locale: options.locale,
      },
      now,
    );
    await appendAudit(trx, auditKey, {
      event: 'admin.user.created',
      actorAgencyId: agency.id,
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
      details: { role: 'admin', via: options.via },
      ip: options.ip,
    });
    return user;
  });
}
