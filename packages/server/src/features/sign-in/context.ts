import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { BackgroundWork } from '../../background-work.js';
import type { Config } from '../../config/index.js';
import type { Keyring } from '../../crypto/keys.js';
import type { HarborDatabase } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { PasswordSource } from '../../identity/lockout.js';
import type { MailSender } from '../../mail/sender.js';
import type { AddressFailures } from './address-failures.js';
import { isKnownDevice } from './known-device.js';

/** What the sign-in use cases need: the database, the keys, and where the request came from. */
export interface SignInContext {
  db: Kysely<Database>;
  keyring: Keyring;
  /** HMAC key of the audit chain (auditChainKey(secret)). */
  auditKey: Buffer;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
  /** Whether the request comes from a browser where this account completed a sign-in (the known-device cookie). */
  sourceOf?: (userId: string) => PasswordSource;
  /** Failed passwords per client address (sign-in routes only). */
  addressFailures?: AddressFailures | undefined;
  /** Where an account lock is told to its person (with SMTP), and the county's time zone for its time. */
  mail?: MailSender | undefined;
  background?: BackgroundWork;
  timeZone?: string;
}

/** What the sign-in routes (password and single sign-on alike) are registered with. */
export interface SignInRouteOptions {
  config: Config;
  database: HarborDatabase;
  keyring: Keyring;
  auditKey: Buffer;
  /** The server's clock (a test may set it). */
  gate: { now(): Date };
  mail?: MailSender | undefined;
  background: BackgroundWork;
}

/** The sign-in context of one request. */
export function signInContext(
  options: SignInRouteOptions,
  request: FastifyRequest,
  addressFailures?: AddressFailures,
): SignInContext {
  const now = options.gate.now();
  return {
    db: options.database.db,
    keyring: options.keyring,
    auditKey: options.auditKey,
    ip: request.ip,
    userAgent: request.headers['user-agent'],
    now,
    sourceOf: (userId) => (isKnownDevice(request, options.config, userId, now) ? 'known_device' : 'elsewhere'),
    addressFailures,
    mail: options.mail,
    background: options.background,
    timeZone: options.config.timeZone,
  };
}
