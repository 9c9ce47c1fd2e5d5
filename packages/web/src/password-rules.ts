import { type Locale, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLengthProblem } from '@harbor/core';
import { translateIn } from './i18n';
import type { AppMessageKey } from './messages';
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

/** The server's words about a password field that Harbor knows, so that a language switch re-translates them. */
const KNOWN_FIELD_PROBLEMS: readonly Problem[] = [
  message('password.common'),
  message('password.too_short', { minimum: PASSWORD_MIN_LENGTH }),
  message('password.too_long', { maximum: PASSWORD_MAX_LENGTH }),
  message('passwordChange.currentWrong'),
  message('passwordChange.same'),
];

/**
 * A problem the server named for a password field, in the language it came in: one of Harbor's known messages when it
 * is one (then shown in whatever language the page switches to), else the server's text as it is.
 */
export function passwordFieldProblem(text: string, locale: Locale): Problem {
  const known = KNOWN_FIELD_PROBLEMS.find(
    (p) => p.kind === 'message' && translateIn(locale, p.key as AppMessageKey, p.values) === text,
  );
  return known ?? { kind: 'text', text };
}
