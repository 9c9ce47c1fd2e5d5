import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Random bearer tokens: sessions, setup links, invitations, CSRF. Only a token's hash is stored.
 *
 * The hash is a plain SHA-256, not a keyed one: a token holds 256 random bits (128 at the least), so no one can search
 * for it from its hash, and an unkeyed hash keeps sessions and links valid across a rotation of HARBOR_SECRET_KEY.
 */

export const TOKEN_BYTES = 32;
const MIN_TOKEN_BYTES = 16;

/** A new random token, base64url without padding (43 characters for the default 32 bytes). */
export function newToken(bytes = TOKEN_BYTES): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new RangeError(`A token needs at least ${MIN_TOKEN_BYTES} random bytes.`);
  }
  return randomBytes(bytes).toString('base64url');
}

/** The stored form of a token: SHA-256 of its text, base64url (43 characters). Look rows up by it. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/**
 * Compares two secrets (tokens, or token hashes) in constant time. Both sides are hashed first, so neither their
 * content nor their lengths leak through timing.
 */
export function sameToken(a: string, b: string): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right);
}
