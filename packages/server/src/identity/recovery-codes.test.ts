import { describe, expect, it } from 'vitest';
import { Keyring } from '../crypto/keys.js';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_COUNT,
  verifyRecoveryCode,
} from './recovery-codes.js';

const SECRET = Buffer.alloc(32, 5);
const OLD_SECRET = Buffer.alloc(32, 6);
const ring = new Keyring(SECRET);

describe('generateRecoveryCodes', () => {
  it('makes ten distinct XXXXX-XXXXX codes from an unambiguous alphabet (50 bits each)', () => {
    const codes = generateRecoveryCodes();
    expect(RECOVERY_CODE_COUNT).toBe(10);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    // 32 symbols (5 bits) x 10 characters = 50 bits.
    expect(Math.log2(32) * 10).toBeGreaterThanOrEqual(50);
  });

  it('uses every symbol of the alphabet over many codes (no bias toward a few)', () => {
    const seen = new Set(generateRecoveryCodes(200).join('').replaceAll('-', ''));
    expect(seen.size).toBe(32);
  });
});

describe('normaliseRecoveryCode', () => {
  it('ignores case, dashes and spaces, and reads O as 0 and I or L as 1', () => {
    expect(normaliseRecoveryCode('abcde-fgh12')).toBe('ABCDEFGH12');
    expect(normaliseRecoveryCode(' ab cde – fgh 12 ')).toBe('ABCDEFGH12');
    expect(normaliseRecoveryCode('ABCDEFGH12')).toBe('ABCDEFGH12');
    expect(normaliseRecoveryCode('o0iL1-23456')).toBe('0011123456');
  });

  it('refuses what cannot be a code', () => {
    for (const bad of ['', 'ABCD-EFGH', 'ABCDE-FGH123', 'ABCDE-FGHU2', 'ABCDE_FGH12', 'ÀBCDE-FGH12', 'x'.repeat(100)]) {
      expect(normaliseRecoveryCode(bad), bad).toBeUndefined();
    }
    expect(normaliseRecoveryCode(undefined as unknown as string)).toBeUndefined();
  });
});

describe('hashRecoveryCode and verifyRecoveryCode', () => {
  const codes = generateRecoveryCodes();
  const stored = codes.map((code) => hashRecoveryCode(ring, 'user-1', code));

  it('stores a keyed hash naming its key, never the code', () => {
    for (const [i, hash] of stored.entries()) {
      expect(hash).toMatch(/^[0-9a-f]{8}\.[A-Za-z0-9_-]{43}$/);
      expect(hash.startsWith(`${ring.current('recovery-code').id}.`)).toBe(true);
      expect(hash).not.toContain(codes[i]!.replace('-', ''));
    }
    expect(hashRecoveryCode(ring, 'user-1', codes[0]!)).toBe(stored[0]);
    expect(hashRecoveryCode(ring, 'user-1', codes[0]!.toLowerCase().replace('-', ' '))).toBe(stored[0]);
    expect(() => hashRecoveryCode(ring, 'user-1', 'nope')).toThrow(RangeError);
  });

  it('finds which code was typed, however it was typed', () => {
    expect(verifyRecoveryCode(ring, 'user-1', codes[3]!, stored)).toEqual({ ok: true, index: 3 });
    expect(verifyRecoveryCode(ring, 'user-1', codes[9]!.toLowerCase(), stored)).toEqual({ ok: true, index: 9 });
    expect(verifyRecoveryCode(ring, 'user-1', ` ${codes[0]!.replace('-', '  ')} `, stored)).toEqual({
      ok: true,
      index: 0,
    });
  });

  it('refuses a wrong code, a malformed one, and codes with nothing stored', () => {
    const other = generateRecoveryCodes().find((c) => !codes.includes(c))!;
    expect(verifyRecoveryCode(ring, 'user-1', other, stored)).toEqual({ ok: false });
    expect(verifyRecoveryCode(ring, 'user-1', 'not a code', stored)).toEqual({ ok: false });
    expect(verifyRecoveryCode(ring, 'user-1', codes[0]!, [])).toEqual({ ok: false });
    expect(verifyRecoveryCode(ring, 'user-1', codes[0]!, ['garbage', ''])).toEqual({ ok: false });
  });

  it('is single use when the caller removes the used hash', () => {
    const result = verifyRecoveryCode(ring, 'user-1', codes[2]!, stored);
    expect(result).toEqual({ ok: true, index: 2 });
    const remaining = stored.filter((_, i) => i !== 2);
    expect(verifyRecoveryCode(ring, 'user-1', codes[2]!, remaining)).toEqual({ ok: false });
  });

  it('binds codes to the user and to the secret key', () => {
    expect(verifyRecoveryCode(ring, 'user-2', codes[0]!, stored)).toEqual({ ok: false });
    expect(verifyRecoveryCode(new Keyring(OLD_SECRET), 'user-1', codes[0]!, stored)).toEqual({ ok: false });
  });

  it('keeps working during a key rotation', () => {
    const oldStored = codes.map((code) => hashRecoveryCode(new Keyring(OLD_SECRET), 'user-1', code));
    const rotating = new Keyring(SECRET, [OLD_SECRET]);
    expect(verifyRecoveryCode(rotating, 'user-1', codes[4]!, oldStored)).toEqual({ ok: true, index: 4 });
    expect(verifyRecoveryCode(rotating, 'user-1', codes[4]!, stored)).toEqual({ ok: true, index: 4 });
  });
});
