import { passwordLengthProblem } from '@harbor/core';
import { message, type Problem } from './problems';

/**
 * The checks of a new password made before sending (set-up, invitation, reset, change): empty, too short or too long,
 * by core's rule, which the server applies too. Only the server knows the list of common and leaked passwords; its
 * refusal comes back beside the field.
 */
export function newPasswordProblem(password: string, requiredKey: Parameters<typeof message>[0]): Problem | undefined {
  if (password.length === 0) return message(requiredKey);
  const length = passwordLengthProblem(password);
  return length ? message(length.key, length.values) : undefined;
}
