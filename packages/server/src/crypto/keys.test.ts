import { createHmac, hkdfSync } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DerivedKey, deriveKey, KEY_PURPOSES, Keyring, keyIdOf } from './keys.js';

const SECRET = Buffer.alloc(32, 7);
const OLD = Buffer.alloc(32, 9);

describe('deriveKey', () => {
  it('is HKDF-SHA256 of the secret with a fixed salt and the purpose as info', () => {
    const expected = Buffer.from(
      hkdfSync('sha256', SECRET, Buffer.from('harbor/hkdf-salt/v1'), 'harbor/field-encryption/v1', 32),
    );
    expect(deriveKey(SECRET, 'field-encryption').equals(expected)).toBe(true);
  });

  it('gives a different 32-byte key for each purpose and each secret, and the same key again', () => {
    const keys = KEY_PURPOSES.map((p) => deriveKey(SECRET, p).toString('hex'));
    expect(new Set(keys).size).toBe(KEY_PURPOSES.length);
    for (const k of keys) expect(k).toHaveLength(64);
    expect(deriveKey(SECRET, 'blind-index').equals(deriveKey(SECRET, 'blind-index'))).toBe(true);
    expect(deriveKey(SECRET, 'blind-index').equals(deriveKey(OLD, 'blind-index'))).toBe(false);
  });

  it('refuses a secret shorter than 32 bytes and an unknown purpose', () => {
    expect(() => deriveKey(Buffer.alloc(31), 'blind-index')).toThrow(/32 bytes/);
    expect(() => deriveKey(SECRET, 'other' as never)).toThrow(/purpose/);
  });
});

describe('keyIdOf', () => {
  it('is the first 8 hex characters of an HMAC of a fixed label', () => {
    const key = deriveKey(SECRET, 'field-encryption');
    const expected = createHmac('sha256', key).update('harbor/key-id/v1').digest('hex').slice(0, 8);
    expect(keyIdOf(key)).toBe(expected);
    expect(keyIdOf(key)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('Keyring', () => {
  it('writes with the current secret and finds current and previous keys by id', () => {
    const ring = new Keyring(SECRET, [OLD]);
    const current = ring.current('field-encryption');
    const previous = new Keyring(OLD).current('field-encryption');
    expect(current.bytes.equals(deriveKey(SECRET, 'field-encryption'))).toBe(true);
    expect(ring.find('field-encryption', current.id)).toBe(current);
    expect(ring.find('field-encryption', previous.id)?.bytes.equals(previous.bytes)).toBe(true);
    expect(ring.find('field-encryption', '00000000')).toBeUndefined();
    expect(ring.all('field-encryption').map((k) => k.id)).toEqual([current.id, previous.id]);
    // Key ids are per purpose: a field key's id is not a blind-index key's id.
    expect(ring.find('blind-index', current.id)).toBeUndefined();
  });

  it('keeps a secret listed twice once, and refuses short previous secrets', () => {
    expect(new Keyring(SECRET, [SECRET, OLD, OLD]).all('totp-secret')).toHaveLength(2);
    expect(() => new Keyring(SECRET, [Buffer.alloc(8)])).toThrow(/32 bytes/);
    expect(() => new Keyring(Buffer.alloc(0))).toThrow(/32 bytes/);
  });

  it('builds from the configuration', () => {
    expect(Keyring.fromConfig({ secretKey: SECRET }).current('blind-index').id).toBe(
      new Keyring(SECRET).current('blind-index').id,
    );
    expect(Keyring.fromConfig({ secretKey: SECRET, previousSecretKeys: [OLD] }).all('blind-index')).toHaveLength(2);
  });

  it('never shows key bytes in logs or JSON', () => {
    const ring = new Keyring(SECRET, [OLD]);
    const key = ring.current('field-encryption');
    const hex = key.bytes.toString('hex');
    for (const shown of [inspect(ring), inspect(key), JSON.stringify(ring), JSON.stringify(key), String(key)]) {
      expect(shown).not.toContain(hex);
      expect(shown).not.toContain(key.bytes.toString('base64'));
    }
    expect(JSON.stringify(key)).toBe(JSON.stringify({ purpose: 'field-encryption', id: key.id }));
    expect(key).toBeInstanceOf(DerivedKey);
  });
});
