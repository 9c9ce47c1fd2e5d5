import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../../config/index.js';
import type { Keyring } from '../../crypto/keys.js';
import type { HarborDatabase } from '../../db/database.js';
import type { Database } from '../../db/schema.js';

/** What the sign-in use cases need: the database, the keys, and where the request came from. */
export interface SignInContext {
  db: Kysely<Database>;
  keyring: Keyring;
  /** HMAC key of the audit chain (auditChainKey(secret)). */
  auditKey: Buffer;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}

/** What the sign-in routes (password and single sign-on alike) are registered with. */
export interface SignInRouteOptions {
  config: Config;
  database: HarborDatabase;
  keyring: Keyring;
  auditKey: Buffer;
}

/** The sign-in context of one request. */
export function signInContext(options: SignInRouteOptions, request: FastifyRequest): SignInContext {
  return {
    db: options.database.db,
    keyring: options.keyring,
    auditKey: options.auditKey,
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  };
}
