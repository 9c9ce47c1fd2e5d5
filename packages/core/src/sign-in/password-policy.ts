/**
 * The length rule of a new password (OWASP ASVS V2.1, NIST SP 800-63B), shared by the server, which also refuses
 * common and breached passwords, and the web app, which checks before sending: 12 to 128 characters counted as
 * Unicode code points of the NFC form (what people see as characters), any characters, no composition rules.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The number of characters of a password as the policy counts them (code points after NFC normalisation). */
export function passwordLength(password: string): number {
  let n = 0;
  for (const _ of password.normalize('NFC')) n++;
  return n;
}

/** What is wrong with a new password's length: a message key of the auth catalog and its values, or undefined. */
export function passwordLengthProblem(
  password: string,
):
  | { key: 'password.too_short'; values: { minimum: number } }
  | { key: 'password.too_long'; values: { maximum: number } }
  | undefined {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { key: 'password.too_short', values: { minimum: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { key: 'password.too_long', values: { maximum: PASSWORD_MAX_LENGTH } };
  return undefined;
}
