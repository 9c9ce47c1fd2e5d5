import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength, passwordLengthProblem } from './password-policy.js';

describe('the length rule of a new password', () => {
  it('counts characters as people see them, after NFC normalisation', () => {
    expect(passwordLength('é'.normalize('NFD'))).toBe(1);
    expect(passwordLength('🙂🙂')).toBe(2);
  });

  it('takes 12 to 128 characters', () => {
    expect(passwordLengthProblem('a'.repeat(PASSWORD_MIN_LENGTH - 1))).toEqual({
      key: 'password.too_short',
      values: { minimum: 12 },
    });
    expect(passwordLengthProblem('é'.normalize('NFD').repeat(PASSWORD_MIN_LENGTH))).toBeUndefined();
    expect(passwordLengthProblem('a'.repeat(PASSWORD_MAX_LENGTH))).toBeUndefined();
    expect(passwordLengthProblem('a'.repeat(PASSWORD_MAX_LENGTH + 1))).toEqual({
      key: 'password.too_long',
      values: { maximum: 128 },
    });
  });
});
