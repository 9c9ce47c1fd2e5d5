import type { ApiResult } from '../../api';
import { translateIn } from '../../i18n';
import { passwordFieldProblem } from '../../password-rules';
import { message, type Problem, problemOf } from '../../problems';

/**
 * What a refused reset means: the password's problem beside its field (counted above the form), or a link that no
 * longer works (expired, replaced, used: ask for a new one), or the server's own words.
 */
export function resetRefusal(result: Exclude<ApiResult<unknown>, { ok: true }>): {
  field?: Problem;
  summary: Problem;
  linkGone: boolean;
} {
  if (result.kind === 'network') return { summary: problemOf(result), linkGone: false };
  const fields = result.error.fields ?? [];
  const gone =
    fields.some((f) => f.path === 'body.token') ||
    result.error.message === translateIn(result.locale, 'passwordReset.invalid');
  if (gone) return { summary: message('passwordReset.invalid'), linkGone: true };
  const password = fields.find((f) => f.path === 'body.password');
  if (password) {
    return {
      field: passwordFieldProblem(password.message, result.locale),
      summary: message('signIn.error.fields', { count: 1 }),
      linkGone: false,
    };
  }
  return { summary: problemOf(result), linkGone: false };
}
