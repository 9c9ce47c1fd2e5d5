import {
  type Locale,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
  passwordLengthProblem,
  translate,
} from '@harbor/core';
import type { Algorithm, Options, Version } from '@node-rs/argon2';
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { HarborError } from '../errors.js';
import { isCommonPassword } from './breached-passwords.js';

/**
 * Passwords (OWASP ASVS V2.1, NIST SP 800-63B): 12 to 128 characters counted as Unicode code points, any characters
 * (spaces and emoji too), no composition rules, refused when on the list of common or breached passwords. Text is
 * NFC-normalised before it is checked or hashed, so the same password typed on another keyboard still matches.
 */

// The length rule is core's, so that the web app checks the same before sending.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/** A problem with a new password: a message key from @harbor/core and the values the message needs. */
export type PasswordProblem =
  | { key: 'password.too_short'; values: { minimum: number } }
  | { key: 'password.too_long'; values: { maximum: number } }
  | { key: 'password.common'; values: Record<string, never> };

const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const VERSION_0x13 = 1 as Version; // Version.V0x13

/**
 * argon2id parameters: 64 MiB, 3 passes, 1 lane (RFC 9106's second recommended option with one lane; well above
 * OWASP's floor of 19 MiB and 2 passes). About 0.1 s per hash on the reference machine.
 */
export const PASSWORD_HASH_PARAMS = {
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
  outputLen: 32,
} as const;

const HASH_OPTIONS: Options = { ...PASSWORD_HASH_PARAMS, algorithm: ARGON2ID, version: VERSION_0x13 };

function normalise(password: string): string {
  return password.normalize('NFC');
}

/** The problems with a new password, none when it is acceptable. Never throws for any string. */
export function checkPasswordPolicy(password: string): PasswordProblem[] {
  const length = passwordLengthProblem(password);
  if (length) return [length];
  if (isCommonPassword(normalise(password))) return [{ key: 'password.common', values: {} }];
  return [];
}

/** Refuses a password that breaks the policy, with each problem as a translated field message. */
export function assertPasswordAcceptable(password: string, locale: Locale, path = 'body.password'): void {
  const problems = checkPasswordPolicy(password);
  if (problems.length > 0) {
    throw new HarborError(
      'validation_failed',
      'password refused by policy',
      problems.map((p) => ({ path, message: translate(locale, p.key, p.values) })),
    );
  }
}

/**
 * The argon2id hash of a password, as a PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash) with a fresh
 * 16-byte salt. Check the policy first; this refuses only an empty or over-long password.
 */
export async function hashPassword(password: string): Promise<string> {
  const normal = normalise(password);
  const length = passwordLength(normal);
  if (length === 0 || length > PASSWORD_MAX_LENGTH) {
    throw new RangeError(`A password to hash must hold 1 to ${PASSWORD_MAX_LENGTH} characters.`);
  }
  return hash(normal, HASH_OPTIONS);
}

/**
 * True when the password matches the stored hash (compared in constant time by the library). Throws when the stored
 * hash is not an argon2 PHC string: a damaged record is a fault to see, not a wrong password.
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, normalise(password));
}

/** True when a stored hash was made with weaker settings than today's (or is unreadable): rehash at next sign-in. */
export function needsRehash(storedHash: string): boolean {
  try {
    const o = parseOptions(storedHash);
    return (
      o.algorithm !== ARGON2ID ||
      o.version !== VERSION_0x13 ||
      o.memoryCost < PASSWORD_HASH_PARAMS.memoryCost ||
      o.timeCost < PASSWORD_HASH_PARAMS.timeCost ||
      o.parallelism !== PASSWORD_HASH_PARAMS.parallelism ||
      o.outputLen < PASSWORD_HASH_PARAMS.outputLen ||
      o.saltLen < 16
    );
  } catch {
    return true;
  }
}

/**
 * A fixed hash with today's settings, of a random password nobody knows (it was thrown away after hashing).
 * A test checks that it stays in step with PASSWORD_HASH_PARAMS.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=65536,t=3,p=1$NRwTbMQNRWG5RRusxoOGGQ$Vs3rArVj2D+ki8pmBiBv3fo3WKJhjmaxW9wJQ4mgU6c';

/**
 * Verifies against DUMMY_PASSWORD_HASH and answers false. Sign-in calls it when the account is unknown (or has no
 * password) so the answer takes as long as for a known account and does not tell which e-mail addresses exist.
 */
export async function dummyVerify(password: string): Promise<false> {
  await verify(DUMMY_PASSWORD_HASH, normalise(password)).catch(() => false);
  return false;
}
