import { randomBytes, timingSafeEqual } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';
import { decryptField, encryptField, fieldAad } from '../crypto/field-encryption.js';
import type { Keyring } from '../crypto/keys.js';

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app reads them: HMAC-SHA-1, 6 digits, 30-second
 * steps. A code is accepted for the current step and one step either side (clock drift), and only once: the caller
 * stores the step of each accepted code and passes it back, and no code of that step or an earlier one is accepted.
 */

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ALGORITHM = 'SHA1';
/** Steps accepted either side of the current one. */
export const TOTP_DRIFT_STEPS = 1;
const SECRET_BYTES = 20; // 160 bits, as RFC 4226 recommends for SHA-1

/** A new random 160-bit secret, base32 (32 characters, no padding), for enrolment. */
export function generateTotpSecret(): string {
  return new Secret({ buffer: new Uint8Array(randomBytes(SECRET_BYTES)).buffer }).base32;
}

/** The otpauth:// URI an authenticator app reads from the enrolment QR code. */
export function totpUri(input: { secret: string; account: string; issuer?: string }): string {
  return new TOTP({
    issuer: input.issuer ?? 'Harbor',
    label: input.account,
    secret: Secret.fromBase32(input.secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}

function millis(now: Date | number): number {
  return now instanceof Date ? now.getTime() : now;
}

/** The step (30-second period since 1970) a moment falls in. */
export function totpStep(now: Date | number = Date.now()): number {
  return Math.floor(millis(now) / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a step (what the user's app shows during it). For tests and tools; sign-in uses verifyTotp. */
export function totpCodeAt(secret: string, step: number): string {
  return HOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    counter: step,
  });
}

export type TotpResult = { ok: true; step: number } | { ok: false };

/**
 * Checks a code typed by the user. Spaces inside the code are ignored ('123 456'); anything else that is not
 * exactly six ASCII digits is refused without an exception. Accepts the code of the current step or one step either
 * side, never of a step at or before `lastUsedStep`. On success, store the returned step as the new lastUsedStep
 * (with a conditional update, so two requests racing with the same code cannot both succeed).
 */
export function verifyTotp(input: {
  secret: string;
  code: string;
  now?: Date | number;
  lastUsedStep?: number | null;
}): TotpResult {
  if (typeof input.code !== 'string') return { ok: false };
  const code = input.code.replace(/\s+/g, '');
  if (!/^[0-9]{6}$/.test(code)) return { ok: false };
  const current = totpStep(input.now ?? Date.now());
  const lastUsed = input.lastUsedStep ?? Number.NEGATIVE_INFINITY;
  const given = Buffer.from(code, 'ascii');
  let accepted: number | undefined;
  // Every step in the window is computed and compared in constant time, whether or not an earlier one matched.
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step++) {
    const expected = Buffer.from(totpCodeAt(input.secret, step), 'ascii');
    const match = timingSafeEqual(expected, given);
    // The latest matching step is the one consumed, so the same six digits cannot be replayed for a later step.
    if (match && step > lastUsed) accepted = step;
  }
  return accepted === undefined ? { ok: false } : { ok: true, step: accepted };
}

/** Encrypts a TOTP secret for storage in app_user.totp_secret, bound to that user's row. */
export function encryptTotpSecret(keyring: Keyring, secret: string, userId: string): string {
  return encryptField(keyring, secret, fieldAad('app_user', 'totp_secret', userId), { purpose: 'totp-secret' });
}

/** Decrypts a stored TOTP secret (throws FieldDecryptionError when altered or moved to another user). */
export function decryptTotpSecret(keyring: Keyring, stored: string, userId: string): string {
  return decryptField(keyring, stored, fieldAad('app_user', 'totp_secret', userId), { purpose: 'totp-secret' });
}
