import type { ApiResult } from '../../api';
import { translateIn } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { newPasswordProblem, passwordFieldProblem } from '../../password-rules';
import { message, type Problem, problemOf } from '../../problems';

/** The invitation form as plain data: its fields, the checks made before sending, what a refusal means. */

export type Field = 'displayName' | 'password';
export type Values = Record<Field, string>;
export type FieldProblems = Partial<Record<Field, Problem>>;

export const EMPTY: Values = { displayName: '', password: '' };

/** Refusals the server words itself, recognised so that a language switch re-translates them. */
const KNOWN: readonly AppMessageKey[] = ['invitation.invalid', 'account.emailTaken'];

export function checkInvitation(values: Values): FieldProblems {
  const found: FieldProblems = {};
  if (!values.displayName.trim()) found.displayName = message('invitationPage.name.required');
  const password = newPasswordProblem(values.password, 'password.new.required');
  if (password) found.password = password;
  return found;
}

/**
 * A refusal: each field's problem beside its field, and one message above the form (a link that no longer works, an
 * account already made, how many fields need attention, or the server's own words).
 */
export function refusalOf(result: Exclude<ApiResult<unknown>, { ok: true }>): {
  fields: FieldProblems;
  summary: Problem;
} {
  if (result.kind === 'network') return { fields: {}, summary: problemOf(result) };
  const fields: FieldProblems = {};
  for (const field of result.error.fields ?? []) {
    const name = field.path.replace(/^body\./, '');
    if (name === 'displayName') fields[name] = { kind: 'text', text: field.message };
    if (name === 'password') fields[name] = passwordFieldProblem(field.message, result.locale);
  }
  const badLink = (result.error.fields ?? []).some((field) => field.path === 'body.token');
  const known = badLink
    ? 'invitation.invalid'
    : KNOWN.find((key) => result.error.message === translateIn(result.locale, key));
  const mapped = Object.keys(fields).length;
  const summary: Problem = known
    ? message(known)
    : mapped > 0
      ? message('signIn.error.fields', { count: mapped })
      : problemOf(result);
  return { fields, summary };
}
