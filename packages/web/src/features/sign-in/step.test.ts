import { describe, expect, it } from 'vitest';
import { looksLikeRecoveryCode, totpDigits } from './step';

describe('sign-in input', () => {
  it('reads six digits, with spaces allowed', () => {
    expect(totpDigits('123456')).toBe('123456');
    expect(totpDigits(' 123 456 ')).toBe('123456');
    expect(totpDigits('12345')).toBeUndefined();
    expect(totpDigits('12345a')).toBeUndefined();
  });

  it('recognises the shape of a recovery code', () => {
    expect(looksLikeRecoveryCode('ABCDE-12345')).toBe(true);
    expect(looksLikeRecoveryCode('abcde 12345')).toBe(true);
    expect(looksLikeRecoveryCode('ABCDE-1234')).toBe(false);
  });
});
