import { describe, expect, it } from 'vitest';
import {
  blindIndex,
  blindIndexCandidates,
  decryptField,
  encryptField,
  FieldDecryptionError,
  fieldAad,
  needsRotation,
  normaliseForIndex,
  reencryptField,
} from './field-encryption.js';
import { Keyring } from './keys.js';

const SECRET = Buffer.alloc(32, 1);
const OLD_SECRET = Buffer.alloc(48, 2);
const ring = new Keyring(SECRET);
const AAD = fieldAad('youth', 'first_name', 'a1b2');

function failure(fn: () => unknown): FieldDecryptionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FieldDecryptionError) return error;
    throw error;
  }
  throw new Error('expected a FieldDecryptionError');
}

/** Flips one bit of one base64url part of a stored value (0: version ... 3: ciphertext and tag). */
function flip(stored: string, part: number, byte: number): string {
  const parts = stored.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  const at = byte < 0 ? bytes.length + byte : byte;
  bytes[at] = bytes[at]! ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('encryptField and decryptField', () => {
  it('round-trips text, including empty, accented, emoji and long text', () => {
    for (const text of ['', 'María José Pérez-Núñez', '👩🏽‍⚕️ 日本語', 'x'.repeat(100_000)]) {
      expect(decryptField(ring, encryptField(ring, text, AAD), AAD)).toBe(text);
    }
  });

  it('writes v1.<key id>.<96-bit IV>.<ciphertext+tag>, with a fresh IV each time', () => {
    const a = encryptField(ring, 'Rosa', AAD);
    const b = encryptField(ring, 'Rosa', AAD);
    expect(a).toMatch(/^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    const [, keyId, iv, sealed] = a.split('.');
    expect(keyId).toBe(ring.current('field-encryption').id);
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(sealed!, 'base64url')).toHaveLength(4 + 16);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Rosa');
  });

  it('detects a flipped bit in the ciphertext, the tag or the IV', () => {
    const stored = encryptField(ring, 'Rosa Martínez', AAD);
    for (const altered of [flip(stored, 3, 0), flip(stored, 3, -1), flip(stored, 2, 0), flip(stored, 2, 11)]) {
      expect(altered).not.toBe(stored);
      expect(failure(() => decryptField(ring, altered, AAD)).reason).toBe('tampered');
    }
  });

  it('refuses a value copied into another record, column or purpose', () => {
    const stored = encryptField(ring, 'Rosa', AAD);
    expect(failure(() => decryptField(ring, stored, fieldAad('youth', 'first_name', 'other'))).reason).toBe('tampered');
    expect(failure(() => decryptField(ring, stored, fieldAad('youth', 'last_name', 'a1b2'))).reason).toBe('tampered');
    // Another purpose uses another key, so the key id is not even found.
    expect(failure(() => decryptField(ring, stored, AAD, { purpose: 'totp-secret' })).reason).toBe('unknown_key');
  });

  it('encodes the context without ambiguity', () => {
    expect(fieldAad('a.b', 'c', 'd')).not.toBe(fieldAad('a', 'b.c', 'd'));
    const stored = encryptField(ring, 'Rosa', fieldAad('a.b', 'c', 'd'));
    expect(() => decryptField(ring, stored, fieldAad('a', 'b.c', 'd'))).toThrow(FieldDecryptionError);
  });

  it('refuses an unknown key id with a message that points at the secret key', () => {
    const stored = encryptField(new Keyring(OLD_SECRET), 'Rosa', AAD);
    const error = failure(() => decryptField(ring, stored, AAD));
    expect(error.reason).toBe('unknown_key');
    expect(error.message).toMatch(/HARBOR_SECRET_KEY/);
    // A forged key id is refused as well.
    const forged = encryptField(ring, 'Rosa', AAD).replace(/^v1\.[0-9a-f]{8}/, 'v1.00000000');
    expect(failure(() => decryptField(ring, forged, AAD)).reason).toBe('unknown_key');
  });

  it('refuses malformed values without revealing them', () => {
    const good = encryptField(ring, 'Rosa', AAD);
    const [, keyId, iv, sealed] = good.split('.');
    const bad = [
      '',
      'Rosa',
      `v2.${keyId}.${iv}.${sealed}`,
      `v1.${keyId}.${iv}`,
      `v1.${keyId}.${iv}.${sealed}.x`,
      `v1.${keyId}.${iv!.slice(1)}.${sealed}`,
      `v1.${keyId}.${iv}.${sealed!.slice(0, 20)}`,
      `v1.${keyId}.${iv}.${sealed}=`,
      `v1.${keyId!.toUpperCase()}X.${iv}.${sealed}`,
      null as unknown as string,
    ];
    for (const value of bad) {
      const error = failure(() => decryptField(ring, value, AAD));
      expect(error.reason, String(value)).toBe('malformed');
      if (value) expect(error.message).not.toContain(value);
    }
  });

  it('refuses non-canonical base64url (a value has a single stored form)', () => {
    const good = encryptField(ring, 'Rosa', AAD);
    const [, keyId, iv, sealed] = good.split('.');
    // 16 IV characters carry 96 bits exactly; in a 20-byte value the last of 27 characters has 2 spare bits.
    const last = sealed!.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = alphabet[alphabet.indexOf(last) ^ 1]!;
    const nonCanonical = `v1.${keyId}.${iv}.${sealed!.slice(0, -1)}${twin}`;
    expect(Buffer.from(sealed!.slice(0, -1) + twin, 'base64url').equals(Buffer.from(sealed!, 'base64url'))).toBe(true);
    expect(failure(() => decryptField(ring, nonCanonical, AAD)).reason).toBe('malformed');
  });

  it('needs associated data', () => {
    expect(() => encryptField(ring, 'Rosa', '')).toThrow(/associated data/);
    const stored = encryptField(ring, 'Rosa', AAD);
    expect(() => decryptField(ring, stored, '')).toThrow(/associated data/);
  });

  it('keeps TOTP secrets under their own key', () => {
    const stored = encryptField(ring, 'JBSWY3DPEHPK3PXP', AAD, { purpose: 'totp-secret' });
    expect(stored.split('.')[1]).toBe(ring.current('totp-secret').id);
    expect(decryptField(ring, stored, AAD, { purpose: 'totp-secret' })).toBe('JBSWY3DPEHPK3PXP');
    expect(failure(() => decryptField(ring, stored, AAD)).reason).toBe('unknown_key');
  });
});

describe('key rotation', () => {
  const oldRing = new Keyring(OLD_SECRET);
  const rotating = new Keyring(SECRET, [OLD_SECRET]);

  it('reads a value written under the previous secret and says it needs rotation', () => {
    const old = encryptField(oldRing, 'Rosa', AAD);
    expect(decryptField(rotating, old, AAD)).toBe('Rosa');
    expect(needsRotation(rotating, old)).toBe(true);
    expect(needsRotation(rotating, encryptField(rotating, 'Rosa', AAD))).toBe(false);
    expect(needsRotation(oldRing, old)).toBe(false);
  });

  it('re-encrypts under the current key, and leaves current values alone', () => {
    const old = encryptField(oldRing, 'Rosa', AAD);
    const renewed = reencryptField(rotating, old, AAD);
    expect(needsRotation(rotating, renewed)).toBe(false);
    expect(decryptField(new Keyring(SECRET), renewed, AAD)).toBe('Rosa');
    expect(reencryptField(rotating, renewed, AAD)).toBe(renewed);
    // Re-encryption checks integrity first: a value moved to another row is not laundered under the new key.
    expect(() => reencryptField(rotating, old, fieldAad('youth', 'first_name', 'other'))).toThrow(FieldDecryptionError);
  });

  it('throws on a malformed value rather than guessing', () => {
    expect(() => needsRotation(rotating, 'garbage')).toThrow(FieldDecryptionError);
  });
});

describe('blind indexes', () => {
  it('ignores case, accents and spacing in names', () => {
    const a = blindIndex(ring, 'José  Pérez', 'name');
    expect(blindIndex(ring, 'jose perez', 'name')).toBe(a);
    expect(blindIndex(ring, '  JOSÉ\tPÉREZ ', 'name')).toBe(a);
    // Combining accents (NFD input) and the precomposed letters index alike.
    expect(blindIndex(ring, 'Jose\u0301 Pe\u0301rez', 'name')).toBe(a);
    expect(blindIndex(ring, 'José\u00a0Pérez', 'name')).toBe(a);
    expect(blindIndex(ring, 'José Pereira', 'name')).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('normalises each kind its own way', () => {
    expect(normaliseForIndex('  Zoë   SALDAÑA-Ruiz ', 'name')).toBe('zoe saldana-ruiz');
    expect(normaliseForIndex('İSTANBUL', 'name')).toBe('istanbul');
    expect(normaliseForIndex('ﬁona', 'name')).toBe('fiona');
    expect(normaliseForIndex('2008-3-5', 'date')).toBe('2008-03-05');
    expect(normaliseForIndex(' 2008-03-05 ', 'date')).toBe('2008-03-05');
    expect(normaliseForIndex(new Date('2008-03-05T00:00:00Z'), 'date')).toBe('2008-03-05');
    expect(normaliseForIndex('CA-123 456.7', 'identifier')).toBe('ca1234567');
    expect(normaliseForIndex('+1 (213) 555-0100', 'phone')).toBe('2135550100');
    expect(normaliseForIndex('213.555.0100', 'phone')).toBe('2135550100');
    expect(normaliseForIndex('+52 55 1234 5678', 'phone')).toBe('525512345678');
  });

  it('indexes dates as ISO dates whatever their form', () => {
    expect(blindIndex(ring, '2008-3-5', 'date')).toBe(blindIndex(ring, new Date(Date.UTC(2008, 2, 5)), 'date'));
    expect(blindIndex(ring, '2008-03-05', 'date')).not.toBe(blindIndex(ring, '2008-05-03', 'date'));
  });

  it('refuses values with nothing to index and impossible dates', () => {
    expect(() => blindIndex(ring, '   ', 'name')).toThrow(RangeError);
    expect(() => blindIndex(ring, '', 'phone')).toThrow(RangeError);
    expect(() => blindIndex(ring, '---', 'identifier')).toThrow(RangeError);
    expect(() => blindIndex(ring, '2008-02-30', 'date')).toThrow(/real calendar date/);
    expect(() => blindIndex(ring, '03/05/2008', 'date')).toThrow(/yyyy-mm-dd/);
    expect(() => blindIndex(ring, new Date(Number.NaN), 'date')).toThrow(RangeError);
    expect(() => blindIndex(ring, new Date(), 'name')).toThrow(TypeError);
  });

  it('keeps kinds apart and depends on the key', () => {
    expect(blindIndex(ring, '2135550100', 'phone')).not.toBe(blindIndex(ring, '2135550100', 'identifier'));
    expect(blindIndex(new Keyring(OLD_SECRET), 'jose perez', 'name')).not.toBe(blindIndex(ring, 'jose perez', 'name'));
  });

  it('offers the index under every key while a rotation is under way, the current one first', () => {
    const rotating = new Keyring(SECRET, [OLD_SECRET]);
    expect(blindIndexCandidates(rotating, 'José Pérez', 'name')).toEqual([
      blindIndex(ring, 'jose perez', 'name'),
      blindIndex(new Keyring(OLD_SECRET), 'jose perez', 'name'),
    ]);
  });
});
