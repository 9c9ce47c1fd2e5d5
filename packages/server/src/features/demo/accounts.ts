import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Keyring } from '../../crypto/keys.js';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { createAgency, createUser, type User } from '../../identity/accounts.js';
import { checkPasswordPolicy, hashPassword } from '../../identity/passwords.js';
import { generateRecoveryCodes, hashRecoveryCode } from '../../identity/recovery-codes.js';
import { encryptTotpSecret, generateTotpSecret, totpUri } from '../../identity/totp.js';
import { AGENCIES, type AgencyKey, type DemoPerson, emailOf, PEOPLE, type PersonKey } from './cast.js';

/**
 * The fictional staff's accounts, made with Harbor's account primitives (identity/) as an administrator's invitation
 * and a first sign-in would make them: an argon2id password hash, an authenticator (TOTP) secret encrypted to the
 * user's row and already enrolled, and one recovery code kept as an HMAC. The plain password, secret and code exist
 * only in what the seed prints, once.
 */

/** What the seed prints for a person, once. */
export interface DemoCredentials {
  key: PersonKey;
  person: DemoPerson;
  agencyName: string;
  email: string;
  password: string;
  totpSecret: string;
  totpUri: string;
  recoveryCode: string;
}

export interface DemoAccounts {
  users: Record<PersonKey, User>;
  agencies: Record<AgencyKey, string>;
  credentials: DemoCredentials[];
}

// Lower-case letters and digits without the ones that are easily confused (0 o 1 l i).
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new password of three groups of five (about 74 bits), easy to type from a printout: `k7m2q-x9p4r-b3n8w`. */
export function demoPassword(): string {
  const group = () => Array.from({ length: 5 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  for (;;) {
    const password = `${group()}-${group()}-${group()}`;
    if (checkPasswordPolicy(password).length === 0) return password;
  }
}

/** The passwords' argon2id hashes (slow on purpose: done before the transaction that creates the accounts). */
export async function prepareCredentials(): Promise<Map<PersonKey, { password: string; hash: string }>> {
  const prepared = new Map<PersonKey, { password: string; hash: string }>();
  for (const key of Object.keys(PEOPLE) as PersonKey[]) {
    const password = demoPassword();
    prepared.set(key, { password, hash: await hashPassword(password) });
  }
  return prepared;
}

/**
 * Creates the agencies and the people in the caller's transaction, each audited as an administrator's work would be
 * (`via: demo_seed`), the authenticator enrolled at the same moment.
 */
export async function createDemoAccounts(
  trx: Kysely<Database>,
  options: {
    auditKey: Buffer;
    keyring: Keyring;
    passwords: Map<PersonKey, { password: string; hash: string }>;
    at: Date;
  },
): Promise<DemoAccounts> {
  const { auditKey, keyring, at } = options;
  const audit = (input: Parameters<typeof appendAudit>[2]) => appendAudit(trx, auditKey, input, at);
  const agencies = {} as Record<AgencyKey, string>;
  for (const [key, agency] of Object.entries(AGENCIES) as [AgencyKey, (typeof AGENCIES)[AgencyKey]][]) {
    const row = await createAgency(trx, { name: agency.name, kind: agency.kind }, at);
    agencies[key] = row.id;
    await audit({
      event: 'admin.agency.created',
      actorAgencyId: row.id,
      recordType: 'agency',
      recordId: row.id,
      outcome: 'success',
      details: { via: 'demo_seed' },
    });
  }
  const users = {} as Record<PersonKey, User>;
  const credentials: DemoCredentials[] = [];
  for (const [key, person] of Object.entries(PEOPLE) as [PersonKey, DemoPerson][]) {
    const prepared = options.passwords.get(key);
    if (!prepared) throw new Error(`no password was prepared for ${key}`);
    const email = emailOf(person);
    const created = await createUser(
      trx,
      {
        agencyId: agencies[person.agency],
        email,
        displayName: person.displayName,
        role: person.role,
        passwordHash: prepared.hash,
        locale: person.locale,
      },
      at,
    );
    const totpSecret = generateTotpSecret();
    const [recoveryCode] = generateRecoveryCodes(1) as [string];
    await trx
      .updateTable('app_user')
      .set({ totp_secret: encryptTotpSecret(keyring, totpSecret, created.id), totp_enrolled_at: toStoredTime(at) })
      .where('id', '=', created.id)
      .execute();
    await trx
      .insertInto('recovery_code')
      .values({
        id: newId(),
        user_id: created.id,
        code_hash: hashRecoveryCode(keyring, created.id, recoveryCode),
        created_at: toStoredTime(at),
        used_at: null,
      })
      .execute();
    await audit({
      event: 'admin.user.created',
      actorAgencyId: created.agency_id,
      recordType: 'user',
      recordId: created.id,
      outcome: 'success',
      details: { role: person.role, via: 'demo_seed' },
    });
    await audit({
      event: 'auth.mfa.enrolled',
      actorUserId: created.id,
      actorAgencyId: created.agency_id,
      outcome: 'success',
      details: { via: 'demo_seed' },
    });
    users[key] = await trx.selectFrom('app_user').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    credentials.push({
      key,
      person,
      agencyName: AGENCIES[person.agency].name,
      email,
      password: prepared.password,
      totpSecret,
      totpUri: totpUri({ secret: totpSecret, account: email }),
      recoveryCode,
    });
  }
  return { users, agencies, credentials };
}
