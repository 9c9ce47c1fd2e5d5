import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { deriveKey } from '../crypto/keys.js';

/**
 * The Ed25519 key that signs audit checkpoints. Its 32-byte seed is derived from HARBOR_SECRET_KEY (key purpose
 * `audit-signing`), so it changes with the secret key; its public key is what verification trusts, and it can be kept
 * anywhere (it is printed by `harbor audit verify`): it lets anyone check a signature but sign nothing.
 */

/** DER prefixes of an Ed25519 private key (PKCS #8) and public key (SPKI) around the 32 raw bytes (RFC 8410). */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

export interface AuditSigner {
  /** The public key, 32 bytes as 64 hex digits. */
  readonly publicKey: string;
  /** The Ed25519 signature of the text, 64 bytes as 128 hex digits. */
  sign(text: string): string;
}

/** The checkpoint signer of a secret key. The private key stays inside node:crypto's key object. */
export function auditSigner(secretKey: Buffer): AuditSigner {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, deriveKey(secretKey, 'audit-signing')]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = spki.subarray(SPKI_ED25519.length).toString('hex');
  return { publicKey, sign: (text) => sign(null, Buffer.from(text, 'utf8'), privateKey).toString('hex') };
}

/** The checkpoint public key of a secret key (hex). */
export function auditPublicKey(secretKey: Buffer): string {
  return auditSigner(secretKey).publicKey;
}

const PUBLIC_KEY = /^[0-9a-f]{64}$/;
const SIGNATURE = /^[0-9a-f]{128}$/;
const publicKeys = new Map<string, KeyObject | null>();

/** Whether the string is an Ed25519 public key as Harbor writes them. */
export function isAuditPublicKey(value: unknown): value is string {
  return typeof value === 'string' && PUBLIC_KEY.test(value);
}

/** Whether `signature` is a valid Ed25519 signature of `text` by `publicKey`; false for anything malformed. */
export function signatureMatches(publicKey: string, text: string, signature: string): boolean {
  if (!isAuditPublicKey(publicKey) || typeof signature !== 'string' || !SIGNATURE.test(signature)) return false;
  let key = publicKeys.get(publicKey);
  if (key === undefined) {
    try {
      key = createPublicKey({
        key: Buffer.concat([SPKI_ED25519, Buffer.from(publicKey, 'hex')]),
        format: 'der',
        type: 'spki',
      });
    } catch {
      key = null;
    }
    if (publicKeys.size > 1000) publicKeys.clear();
    publicKeys.set(publicKey, key);
  }
  if (!key) return false;
  return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'hex'));
}
