import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newToken, sameToken, TOKEN_BYTES } from './tokens.js';

describe('newToken', () => {
  it('makes 256-bit random tokens, base64url without padding', () => {
    const token = newToken();
    expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const many = new Set(Array.from({ length: 1000 }, () => newToken()));
    expect(many.size).toBe(1000);
  });

  it('takes another size of at least 128 bits', () => {
    expect(newToken(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(() => newToken(15)).toThrow(RangeError);
    expect(() => newToken(16.5)).toThrow(RangeError);
  });
});

describe('hashToken', () => {
  it('is SHA-256 of the token, base64url, and never the token itself', () => {
    const token = newToken();
    const hash = hashToken(token);
    expect(hash).toBe(createHash('sha256').update(token).digest('base64url'));
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toBe(token);
    expect(hashToken(token)).toBe(hash);
    expect(hashToken(newToken())).not.toBe(hash);
  });
});

describe('sameToken', () => {
  it('compares tokens of any lengths without throwing', () => {
    const token = newToken();
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(token, `${token}`)).toBe(true);
    expect(sameToken(token, newToken())).toBe(false);
    expect(sameToken(token, token.slice(0, -1))).toBe(false);
    expect(sameToken(token, '')).toBe(false);
    expect(sameToken('', '')).toBe(true);
    expect(sameToken(token, undefined as unknown as string)).toBe(false);
  });
});
