import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Keyring } from '../crypto/keys.js';

/**
 * Recovery codes: ten single-use codes given at MFA enrolment, for when the authenticator is lost. Each is 10
 * characters from Crockford's base32 alphabet (no I, L, O or U, so nothing is misread), 50 random bits, shown as
 * XXXXX-XXXXX.
 *
 * Stored as HMAC-SHA256 under a key derived from HARBOR_SECRET_KEY, not argon2: the codes are random, so there is no
 * dictionary to slow down, and the secret key, which is never in the database, puts an offline search out of reach
 * of anyone holding only a copy of the database (an unkeyed SHA-256 of 50 bits could be searched). The user id is
 * hashed in too, so a stored hash means nothing on another account. The stored form names its key
 * (`<key id>.<hash>`) so codes keep working while a key rotation is under way.
 */

export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_LENGTH = 10;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32
const STORED = /^([0-9a-f]{8})\.([A-Za-z0-9_-]{43})$/;

function generateOne(): string {
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Ten new, distinct recovery codes to show the user once, formatted XXXXX-XXXXX. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateOne());
  return [...codes];
}

/**
 * The canonical form of what a user typed: upper case, spaces and dashes removed, and the letters Crockford's
 * alphabet leaves out read as the digits they look like (O as 0, I and L as 1). Undefined when it cannot be a code.
 */
export function normaliseRecoveryCode(input: string): string | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== RECOVERY_CODE_LENGTH) return undefined;
  for (const char of code) if (!ALPHABET.includes(char)) return undefined;
  return code;
}

function mac(key: Buffer, userId: string, code: string): string {
  return createHmac('sha256', key).update(`${userId}\u0000${code}`, 'utf8').digest('base64url');
}

/** The stored form of a recovery code for a user: `<key id>.<HMAC-SHA256, base64url>`. */
export function hashRecoveryCode(keyring: Keyring, userId: string, code: string): string {
  const normal = normaliseRecoveryCode(code);
  if (normal === undefined) throw new RangeError('Not a recovery code.');
  const key = keyring.current('recovery-code');
  return `${key.id}.${mac(key.bytes, userId, normal)}`;
}

export type RecoveryCodeResult = { ok: true; index: number } | { ok: false };

/**
 * Finds which stored hash (if any) a typed code matches; the caller marks that code used. Every stored hash is
 * compared, in constant time, whatever matched first. A hash under a key the keyring no longer holds never matches.
 */
export function verifyRecoveryCode(
  keyring: Keyring,
  userId: string,
  input: string,
  storedHashes: readonly string[],
): RecoveryCodeResult {
  const normal = normaliseRecoveryCode(input);
  if (normal === undefined) return { ok: false };
  const candidates = new Map<string, Buffer>();
  for (const key of keyring.all('recovery-code')) {
    candidates.set(key.id, Buffer.from(mac(key.bytes, userId, normal), 'utf8'));
  }
  let found = -1;
  storedHashes.forEach((stored, index) => {
    const match = STORED.exec(stored);
    const candidate = match ? candidates.get(match[1]!) : undefined;
    if (match && candidate && timingSafeEqual(candidate, Buffer.from(match[2]!, 'utf8')) && found === -1) {
      found = index;
    }
  });
  return found === -1 ? { ok: false } : { ok: true, index: found };
}
