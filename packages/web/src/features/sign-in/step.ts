/** Where the user is in signing in. */
export type Step =
  | { kind: 'password' }
  | { kind: 'enrol' }
  | { kind: 'codes'; codes: string[]; csrfToken: string; done?: boolean }
  | { kind: 'code' }
  | { kind: 'recovery' };

/** The longest code the server reads. */
export const CODE_MAX_LENGTH = 40;

/** The six digits of an authenticator code as typed ("123 456" is fine), or undefined when it cannot be one. */
export function totpDigits(input: string): string | undefined {
  const digits = input.replace(/\s+/g, '');
  return /^[0-9]{6}$/.test(digits) ? digits : undefined;
}

/** Whether the text can be a recovery code (10 letters and digits, with or without the dash and spaces). */
export function looksLikeRecoveryCode(input: string): boolean {
  return /^[0-9A-Za-z]{10}$/.test(input.replace(/[\s-]+/g, ''));
}
