import type { Kysely } from 'kysely';
import type { Keyring } from '../../crypto/keys.js';
import type { Database } from '../../db/schema.js';

/** What the sign-in use cases need: the database, the keys, and where the request came from. */
export interface AuthContext {
  db: Kysely<Database>;
  keyring: Keyring;
  /** HMAC key of the audit chain (auditChainKey(secret)). */
  auditKey: Buffer;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}
