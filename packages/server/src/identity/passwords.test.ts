import { hash, parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  DUMMY_PASSWORD_HASH,
  dummyVerify,
  hashPassword,
  needsRehash,
  PASSWORD_HASH_PARAMS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  verifyPassword,
} from './passwords.js';

const TOO_SHORT = { key: 'password.too_short', values: { minimum: 12 } };
const TOO_LONG = { key: 'password.too_long', values: { maximum: 128 } };
const COMMON = { key: 'password.common', values: {} };

describe('checkPasswordPolicy', () => {
  it('accepts 12 to 128 characters and refuses 11 and 129', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(checkPasswordPolicy('')).toEqual([TOO_SHORT]);
    expect(checkPasswordPolicy('kx7-qm2-zt9')).toEqual([TOO_SHORT]); // 11
    expect(checkPasswordPolicy('kx7-qm2-zt9w')).toEqual([]); // 12
    expect(checkPasswordPolicy(`${'kx7-qm2-zt9w'.repeat(10)}abcdefgh`)).toEqual([]); // 128
    expect(checkPasswordPolicy(`${'kx7-qm2-zt9w'.repeat(10)}abcdefghi`)).toEqual([TOO_LONG]); // 129
  });

  it('counts code points, not UTF-16 units', () => {
    // 11 emoji are 22 UTF-16 units but 11 characters: too short.
    expect(checkPasswordPolicy('🐙'.repeat(11))).toEqual([TOO_SHORT]);
    expect(checkPasswordPolicy('🐙'.repeat(12))).toEqual([]);
    // 128 emoji are 256 UTF-16 units but 128 characters: allowed; 129 are not.
    expect(checkPasswordPolicy('🐙🦑'.repeat(64))).toEqual([]);
    expect(checkPasswordPolicy(`${'🐙🦑'.repeat(64)}🐚`)).toEqual([TOO_LONG]);
  });

  it('counts a letter with a combining accent as one character (after NFC)', () => {
    const decomposed = 'e\u0301'.repeat(11); // 11 characters, 22 code points before NFC
    expect(checkPasswordPolicy(decomposed)).toEqual([TOO_SHORT]);
    expect(checkPasswordPolicy(`${decomposed}x`)).toEqual([]);
  });

  it('has no composition rules: spaces, lower case only, any script', () => {
    expect(checkPasswordPolicy('ferry lantern quietly orbit')).toEqual([]);
    expect(checkPasswordPolicy('            ')).toEqual([]);
    expect(checkPasswordPolicy('contraseña del río ñandú')).toEqual([]);
    expect(checkPasswordPolicy('日本語のパスワードです長い')).toEqual([]);
    expect(checkPasswordPolicy('tab\there\u0000null ok')).toEqual([]);
  });

  it('refuses passwords on the common and breached list, whatever their case', () => {
    expect(checkPasswordPolicy('leavemealone')).toEqual([COMMON]);
    expect(checkPasswordPolicy('LeaveMeAlone')).toEqual([COMMON]);
    expect(checkPasswordPolicy('123qweasdzxc')).toEqual([COMMON]);
  });
});

describe('hashPassword, verifyPassword, needsRehash', () => {
  it('hashes with argon2id, 64 MiB, 3 passes, 1 lane, a 16-byte salt; verifies; refuses a wrong password', async () => {
    const password = 'ferry lantern quietly orbit';
    const stored = await hashPassword(password);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=1\$/);
    expect(parseOptions(stored)).toMatchObject({ memoryCost: 65_536, timeCost: 3, parallelism: 1, saltLen: 16 });
    expect(PASSWORD_HASH_PARAMS.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(PASSWORD_HASH_PARAMS.timeCost).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(stored, password)).toBe(true);
    expect(await verifyPassword(stored, 'ferry lantern quietly orbiT')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('matches a password typed with combining accents (NFC before hashing); emoji work', async () => {
    const stored = await hashPassword('café crème brûlée 🍮');
    expect(await verifyPassword(stored, 'cafe\u0301 cre\u0300me bru\u0302le\u0301e 🍮')).toBe(true);
  });

  it('refuses to hash an empty or over-long password', async () => {
    await expect(hashPassword('')).rejects.toThrow(RangeError);
    await expect(hashPassword('a'.repeat(129))).rejects.toThrow(RangeError);
  });

  it('throws on a stored hash that is not argon2 (a damaged record, not a wrong password)', async () => {
    await expect(verifyPassword('not a hash', 'ferry lantern quietly orbit')).rejects.toThrow();
  });

  it('asks for a rehash when the stored hash is weaker than today or unreadable', async () => {
    const weak = await hash('ferry lantern quietly orbit', { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(needsRehash(weak)).toBe(true);
    expect(
      needsRehash('$argon2i$v=19$m=65536,t=3,p=1$NRwTbMQNRWG5RRusxoOGGQ$Vs3rArVj2D+ki8pmBiBv3fo3WKJhjmaxW9wJQ4mgU6c'),
    ).toBe(true);
    expect(
      needsRehash('$argon2id$v=19$m=65536,t=3,p=2$NRwTbMQNRWG5RRusxoOGGQ$Vs3rArVj2D+ki8pmBiBv3fo3WKJhjmaxW9wJQ4mgU6c'),
    ).toBe(true);
    expect(
      needsRehash('$argon2id$v=19$m=131072,t=4,p=1$NRwTbMQNRWG5RRusxoOGGQ$Vs3rArVj2D+ki8pmBiBv3fo3WKJhjmaxW9wJQ4mgU6c'),
    ).toBe(false);
    expect(needsRehash('$2b$12$abcdefghijklmnopqrstuu')).toBe(true);
    expect(needsRehash('')).toBe(true);
  });
});

describe('dummyVerify', () => {
  it('answers false, even for an empty or long password, against a hash kept in step with the settings', async () => {
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
    expect(parseOptions(DUMMY_PASSWORD_HASH)).toMatchObject({ memoryCost: 65_536, timeCost: 3, parallelism: 1 });
    expect(await dummyVerify('ferry lantern quietly orbit')).toBe(false);
    expect(await dummyVerify('')).toBe(false);
  });
});
