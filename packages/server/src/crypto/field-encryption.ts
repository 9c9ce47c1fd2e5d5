import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Keyring } from './keys.js';

/**
 * Encryption of identifying fields at rest: AES-256-GCM, a fresh random 96-bit IV per value, and associated data that
 * binds each ciphertext to where it belongs (table, column, record id), so a value copied into another row or column
 * fails to decrypt. Stored as a self-describing string:
 *
 *     v1.<key id>.<IV, base64url>.<ciphertext and 128-bit tag, base64url>
 */

/** Which derived key encrypts: identifying fields, or TOTP secrets (kept apart so neither key can open the other). */
export type EncryptionPurpose = 'field-encryption' | 'totp-secret';

export interface EncryptionOptions {
  /** Defaults to 'field-encryption'. */
  purpose?: EncryptionPurpose;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const STORED = /^v1\.([0-9a-f]{8})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22,})$/;

export type DecryptionFailure = 'malformed' | 'unknown_key' | 'tampered';

/** A stored value that cannot be decrypted. The message never contains the value, the key or the associated data. */
export class FieldDecryptionError extends Error {
  constructor(
    readonly reason: DecryptionFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FieldDecryptionError';
  }
}

/**
 * The associated data for a field: an unambiguous encoding of table, column and record id (a '.' inside a part
 * cannot shift the boundary between parts).
 */
export function fieldAad(table: string, column: string, recordId: string): string {
  return JSON.stringify([table, column, recordId]);
}

function associatedData(purpose: EncryptionPurpose, keyId: string, aad: string): Buffer {
  if (typeof aad !== 'string' || aad.length === 0) {
    throw new TypeError('Field encryption needs associated data naming where the value belongs (see fieldAad).');
  }
  // The version, purpose and key id are bound too, so the header of a stored value cannot be altered either.
  return Buffer.from(JSON.stringify(['harbor-field', VERSION, purpose, keyId, aad]), 'utf8');
}

/** Base64url that decodes to exactly these bytes and re-encodes to the same text (no lenient, malleable input). */
function decodeStrict(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

interface Parsed {
  keyId: string;
  iv: Buffer;
  sealed: Buffer;
}

function parse(stored: string): Parsed {
  const match = typeof stored === 'string' ? STORED.exec(stored) : null;
  const iv = match ? decodeStrict(match[2]!) : undefined;
  const sealed = match ? decodeStrict(match[3]!) : undefined;
  if (!match || !iv || !sealed || iv.length !== IV_BYTES || sealed.length < TAG_BYTES) {
    throw new FieldDecryptionError(
      'malformed',
      'The encrypted value is malformed (expected v1.<key id>.<IV>.<ciphertext>); it may have been truncated or altered.',
    );
  }
  return { keyId: match[1]!, iv, sealed };
}

/** Whether a stored value has the shape of an encrypted one (v1.<key id>.<IV>.<ciphertext>), not text in clear. */
export function looksEncrypted(stored: string): boolean {
  return STORED.test(stored);
}

/** Encrypts text with the current key. `aad` says where the value belongs; decryption needs the same. */
export function encryptField(
  keyring: Keyring,
  plaintext: string,
  aad: string,
  options: EncryptionOptions = {},
): string {
  if (typeof plaintext !== 'string') throw new TypeError('encryptField encrypts text only.');
  const purpose = options.purpose ?? 'field-encryption';
  const key = keyring.current(purpose);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(purpose, key.id, aad));
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${key.id}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/**
 * Decrypts a value written by encryptField, with whichever key of the keyring wrote it. Throws FieldDecryptionError
 * when the value is malformed, was written with a key the keyring does not hold, or fails authentication (altered,
 * or read with other associated data: another record, column or purpose).
 */
export function decryptField(keyring: Keyring, stored: string, aad: string, options: EncryptionOptions = {}): string {
  const purpose = options.purpose ?? 'field-encryption';
  const { keyId, iv, sealed } = parse(stored);
  const key = keyring.find(purpose, keyId);
  if (!key) {
    throw new FieldDecryptionError(
      'unknown_key',
      `The encrypted value was written with key ${keyId}, which is not in the keyring: was HARBOR_SECRET_KEY replaced without keeping the previous key?`,
    );
  }
  const aadBytes = associatedData(purpose, keyId, aad);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aadBytes);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    return plain.toString('utf8');
  } catch {
    throw new FieldDecryptionError(
      'tampered',
      'The encrypted value failed its integrity check: it was altered, or it belongs to another record or field.',
    );
  }
}

/** True when the value was written with a key other than the current one (so `harbor keys rotate` should rewrite it). */
export function needsRotation(keyring: Keyring, stored: string, options: EncryptionOptions = {}): boolean {
  return parse(stored).keyId !== keyring.current(options.purpose ?? 'field-encryption').id;
}

/** Re-encrypts a value under the current key when it needs rotation; returns it unchanged otherwise. */
export function reencryptField(keyring: Keyring, stored: string, aad: string, options: EncryptionOptions = {}): string {
  if (!needsRotation(keyring, stored, options)) return stored;
  return encryptField(keyring, decryptField(keyring, stored, aad, options), aad, options);
}

// ---- Blind indexes -------------------------------------------------------------------------------------------------

/**
 * What a blind index is of; each kind is normalised its own way and hashed apart from the others.
 * - name: accents, case and spacing ignored ('José  Pérez' = 'jose perez').
 * - date: a calendar date, as ISO yyyy-mm-dd (a Date is read in UTC).
 * - identifier: like a name, and only letters and digits count ('A-123 456' = 'a123456').
 * - phone: digits only; a leading US country code 1 on an 11-digit number is dropped.
 */
export type BlindIndexKind = 'name' | 'date' | 'identifier' | 'phone';

function foldText(value: string): string {
  return value.normalize('NFKD').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/gu, ' ').trim();
}

function isoDate(value: string | Date): string {
  let year: number;
  let month: number;
  let day: number;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Cannot index an invalid date.');
    [year, month, day] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  } else {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
    if (!match) throw new RangeError('A date to index must be written yyyy-mm-dd.');
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      throw new RangeError('A date to index must be a real calendar date.');
    }
  }
  if (year < 1 || year > 9999) throw new RangeError('A date to index must fall in years 1 to 9999.');
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The normal form a value is indexed under. Throws RangeError when nothing is left to index. */
export function normaliseForIndex(value: string | Date, kind: BlindIndexKind): string {
  if (kind === 'date') return isoDate(value);
  if (typeof value !== 'string') throw new TypeError(`A ${kind} to index must be text.`);
  let normal: string;
  switch (kind) {
    case 'name':
      normal = foldText(value);
      break;
    case 'identifier':
      normal = foldText(value).replace(/[^\p{L}\p{N}]/gu, '');
      break;
    case 'phone': {
      const digits = value.normalize('NFKD').replace(/[^0-9]/g, '');
      normal = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
      break;
    }
    default:
      throw new RangeError(`Unknown blind index kind "${kind as string}".`);
  }
  if (normal === '') throw new RangeError(`Nothing to index in this ${kind}.`);
  return normal;
}

function indexWith(key: Buffer, normal: string, kind: BlindIndexKind): string {
  return createHmac('sha256', key).update(`${kind}\u0000${normal}`, 'utf8').digest('base64url');
}

/**
 * A keyed blind index (HMAC-SHA256, base64url, 43 characters) of a normalised value, with the current key: equal
 * values give equal indexes, so a search compares indexes and never decrypts the table.
 */
export function blindIndex(keyring: Keyring, value: string | Date, kind: BlindIndexKind): string {
  return indexWith(keyring.current('blind-index').bytes, normaliseForIndex(value, kind), kind);
}

/**
 * The value's blind index under every key of the keyring, the current one first: while a rotation is under way a
 * search matches rows indexed under either (`WHERE name_index IN (...)`).
 */
export function blindIndexCandidates(keyring: Keyring, value: string | Date, kind: BlindIndexKind): string[] {
  const normal = normaliseForIndex(value, kind);
  return keyring.all('blind-index').map((key) => indexWith(key.bytes, normal, kind));
}
