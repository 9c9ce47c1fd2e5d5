import { HOTP, Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { FieldDecryptionError } from '../crypto/field-encryption.js';
import { Keyring } from '../crypto/keys.js';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  generateTotpSecret,
  totpCodeAt,
  totpStep,
  totpUri,
  verifyTotp,
} from './totp.js';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const RFC_SHA1_VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('the TOTP library matches RFC 6238', () => {
  it('computes the SHA-1 test vectors of Appendix B (8 digits)', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    for (const [seconds, code] of RFC_SHA1_VECTORS) {
      const counter = Math.floor(seconds / 30);
      expect(HOTP.generate({ secret: Secret.fromBase32(RFC_SECRET), algorithm: 'SHA1', digits: 8, counter })).toBe(
        code,
      );
      expect(
        TOTP.generate({
          secret: Secret.fromBase32(RFC_SECRET),
          algorithm: 'SHA1',
          digits: 8,
          timestamp: seconds * 1000,
        }),
      ).toBe(code);
    }
  });

  it('gives the same vectors as 6-digit codes (the last six digits), which verifyTotp accepts', () => {
    for (const [seconds, code] of RFC_SHA1_VECTORS) {
      expect(totpCodeAt(RFC_SECRET, totpStep(seconds * 1000))).toBe(code.slice(-6));
      expect(verifyTotp({ secret: RFC_SECRET, code: code.slice(-6), now: seconds * 1000 })).toEqual({
        ok: true,
        step: Math.floor(seconds / 30),
      });
    }
  });
});

describe('generateTotpSecret and totpUri', () => {
  it('makes a random 160-bit base32 secret', () => {
    const a = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(a).bytes).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(a);
  });

  it('writes the otpauth:// URI an authenticator app reads', () => {
    const uri = new URL(totpUri({ secret: RFC_SECRET, account: 'ana.lopez@dmh.lacounty.gov' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Harbor:ana.lopez@dmh.lacounty.gov');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'Harbor',
      secret: RFC_SECRET,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});

describe('verifyTotp', () => {
  const secret = generateTotpSecret();
  const now = Date.UTC(2026, 10, 28, 12, 0, 10);
  const step = totpStep(now);

  it('accepts the code of the current step, and of one step either side for clock drift', () => {
    expect(verifyTotp({ secret, code: totpCodeAt(secret, step), now })).toEqual({ ok: true, step });
    expect(verifyTotp({ secret, code: totpCodeAt(secret, step - 1), now })).toEqual({ ok: true, step: step - 1 });
    expect(verifyTotp({ secret, code: totpCodeAt(secret, step + 1), now })).toEqual({ ok: true, step: step + 1 });
    expect(verifyTotp({ secret, code: totpCodeAt(secret, step), now: new Date(now) })).toEqual({ ok: true, step });
  });

  it('refuses codes two or more steps away', () => {
    for (const offset of [-3, -2, 2, 3]) {
      const code = totpCodeAt(secret, step + offset);
      // Skip the one-in-a-million case of a code that equals one inside the window.
      const inWindow = [-1, 0, 1].some((d) => totpCodeAt(secret, step + d) === code);
      if (!inWindow) expect(verifyTotp({ secret, code, now })).toEqual({ ok: false });
    }
  });

  it('accepts a code once per step: never again for that step or an earlier one', () => {
    const code = totpCodeAt(secret, step);
    const first = verifyTotp({ secret, code, now, lastUsedStep: step - 5 });
    expect(first).toEqual({ ok: true, step });
    expect(verifyTotp({ secret, code, now, lastUsedStep: step })).toEqual({ ok: false });
    // Still refused in the next step, while it is inside the drift window.
    expect(verifyTotp({ secret, code, now: now + 30_000, lastUsedStep: step })).toEqual({ ok: false });
    // An older code (previous step) is refused once a later step was used.
    expect(verifyTotp({ secret, code: totpCodeAt(secret, step - 1), now, lastUsedStep: step })).toEqual({ ok: false });
    // The next step's code is still accepted.
    expect(verifyTotp({ secret, code: totpCodeAt(secret, step + 1), now, lastUsedStep: step })).toEqual({
      ok: true,
      step: step + 1,
    });
    expect(verifyTotp({ secret, code, now, lastUsedStep: null })).toEqual({ ok: true, step });
  });

  it('refuses wrong formats without throwing, and ignores spaces inside a code', () => {
    const code = totpCodeAt(secret, step);
    expect(verifyTotp({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now })).toEqual({ ok: true, step });
    expect(verifyTotp({ secret, code: ` ${code} `, now })).toEqual({ ok: true, step });
    const wrong = [
      '',
      '12345',
      '1234567',
      code.slice(0, 5),
      `${code}0`,
      'abcdef',
      '12a456',
      '１２３４５６',
      '-12345',
      '1e5000',
    ];
    for (const bad of [...wrong, null, undefined, 123456]) {
      expect(verifyTotp({ secret, code: bad as string, now })).toEqual({ ok: false });
    }
  });

  it('refuses a well-formed code that is not the right one', () => {
    const window = [-1, 0, 1].map((d) => totpCodeAt(secret, step + d));
    const wrong = ['000000', '000001', '000002', '000003'].find((c) => !window.includes(c))!;
    expect(verifyTotp({ secret, code: wrong, now })).toEqual({ ok: false });
  });
});

describe('TOTP secrets at rest', () => {
  const ring = new Keyring(Buffer.alloc(32, 3));

  it('are encrypted under their own key and bound to the user', () => {
    const secret = generateTotpSecret();
    const stored = encryptTotpSecret(ring, secret, 'user-1');
    expect(stored).not.toContain(secret);
    expect(stored.split('.')[1]).toBe(ring.current('totp-secret').id);
    expect(decryptTotpSecret(ring, stored, 'user-1')).toBe(secret);
    expect(() => decryptTotpSecret(ring, stored, 'user-2')).toThrow(FieldDecryptionError);
  });
});
