import { createHmac, hkdfSync } from 'node:crypto';
import { inspect } from 'node:util';

/**
 * What a derived key is for. Each purpose gets its own key, so a key used to encrypt fields can never be confused with
 * one used for blind indexes or recovery codes, and learning one tells nothing about another. `audit-signing` is the
 * seed of the Ed25519 key that signs audit checkpoints (audit/signing.ts).
 */
export const KEY_PURPOSES = [
  'field-encryption',
  'totp-secret',
  'blind-index',
  'recovery-code',
  'audit-signing',
] as const;
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

/** The server secret (HARBOR_SECRET_KEY) must hold at least this many bytes. */
export const MIN_SECRET_BYTES = 32;

/** Fixed HKDF salt (RFC 5869 allows a non-secret, application-specific salt). Never change it: keys would change. */
const HKDF_SALT = Buffer.from('harbor/hkdf-salt/v1', 'utf8');
const KEY_ID_LABEL = 'harbor/key-id/v1';
const DERIVED_KEY_BYTES = 32;

function assertSecret(secret: Buffer): void {
  if (!Buffer.isBuffer(secret) || secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(`A Harbor secret key must hold at least ${MIN_SECRET_BYTES} bytes.`);
  }
}

/** HKDF-SHA256 of the server secret for one purpose: 32 bytes, the same for the same secret and purpose. */
export function deriveKey(secret: Buffer, purpose: KeyPurpose): Buffer {
  assertSecret(secret);
  if (!(KEY_PURPOSES as readonly string[]).includes(purpose)) throw new RangeError(`Unknown key purpose "${purpose}".`);
  return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, `harbor/${purpose}/v1`, DERIVED_KEY_BYTES));
}

/**
 * A short, stable, public name for a key: the first 8 hex characters of an HMAC of a fixed label under the key.
 * Stored beside each value so Harbor knows which key wrote it; it reveals nothing about the key.
 */
export function keyIdOf(key: Buffer): string {
  return createHmac('sha256', key).update(KEY_ID_LABEL).digest('hex').slice(0, 8);
}

/** A key derived for one purpose, with its id. The key bytes never show in logs, inspect() or JSON. */
export class DerivedKey {
  readonly #key: Buffer;
  readonly id: string;
  constructor(
    readonly purpose: KeyPurpose,
    key: Buffer,
  ) {
    this.#key = key;
    this.id = keyIdOf(key);
  }
  /** The raw 32 key bytes, for the crypto call only. */
  get bytes(): Buffer {
    return this.#key;
  }
  toJSON(): { purpose: KeyPurpose; id: string } {
    return { purpose: this.purpose, id: this.id };
  }
  [inspect.custom](): string {
    return `DerivedKey(${this.purpose} ${this.id})`;
  }
}

/**
 * The current server secret plus any previous ones kept during a key rotation. New values are written with the
 * current secret's keys; values written under a previous secret are still read, found by the key id they carry.
 * Only the derived keys are kept, not the secrets themselves.
 */
export class Keyring {
  readonly #current = new Map<KeyPurpose, DerivedKey>();
  readonly #byId = new Map<KeyPurpose, Map<string, DerivedKey>>();
  readonly #all = new Map<KeyPurpose, DerivedKey[]>();

  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    assertSecret(current);
    for (const secret of previous) assertSecret(secret);
    // The same secret listed twice (for instance as current and previous) is harmless: keep it once.
    const secrets = [current, ...previous].filter((secret, i, list) => list.findIndex((s) => s.equals(secret)) === i);
    for (const purpose of KEY_PURPOSES) {
      const keys = secrets.map((secret) => new DerivedKey(purpose, deriveKey(secret, purpose)));
      const byId = new Map<string, DerivedKey>();
      for (const key of keys) {
        if (byId.has(key.id)) {
          throw new Error(`Two different secret keys share the key id ${key.id} (${purpose}); replace one of them.`);
        }
        byId.set(key.id, key);
      }
      this.#current.set(purpose, keys[0]!);
      this.#byId.set(purpose, byId);
      this.#all.set(purpose, keys);
    }
  }

  /** The keyring of the loaded configuration; `previousSecretKeys` are kept only while a rotation is under way. */
  static fromConfig(config: { secretKey: Buffer; previousSecretKeys?: readonly Buffer[] }): Keyring {
    return new Keyring(config.secretKey, config.previousSecretKeys ?? []);
  }

  /** The key new values are written with. */
  current(purpose: KeyPurpose): DerivedKey {
    return this.#current.get(purpose)!;
  }

  /** The key with this id, current or previous, or undefined when the keyring does not hold it. */
  find(purpose: KeyPurpose, id: string): DerivedKey | undefined {
    return this.#byId.get(purpose)!.get(id);
  }

  /** Every key for a purpose, the current one first. */
  all(purpose: KeyPurpose): readonly DerivedKey[] {
    return this.#all.get(purpose)!;
  }

  toJSON(): Record<string, string[]> {
    return Object.fromEntries(KEY_PURPOSES.map((p) => [p, this.all(p).map((k) => k.id)]));
  }

  [inspect.custom](): string {
    return `Keyring(${this.all('field-encryption').length} secret(s))`;
  }
}
