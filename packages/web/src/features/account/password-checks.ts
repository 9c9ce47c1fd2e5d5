import type { ApiResult } from '../../api';
import { newPasswordProblem, passwordFieldProblem } from '../../password-rules';
import { message, type Problem, problemOf } from '../../problems';

/** The password change form as plain data: its checks before sending, and what a refusal means for each field. */

export type Field = 'currentPassword' | 'newPassword';
export type FieldProblems = Partial<Record<Field, Problem>>;

export function checkPasswordChange(values: Record<Field, string>): FieldProblems {
  const found: FieldProblems = {};
  if (!values.currentPassword) found.currentPassword = message('passwordPage.current.required');
  const next = newPasswordProblem(values.newPassword, 'password.new.required');
  if (next) found.newPassword = next;
  return found;
}

/** A refusal: each field's problem (translated by the server) beside its field; one message above the form. */
export function passwordChangeRefusal(result: Exclude<ApiResult<unknown>, { ok: true }>): {
  fields: FieldProblems;
  summary: Problem;
} {
  if (result.kind === 'network') return { fields: {}, summary: problemOf(result) };
  const fields: FieldProblems = {};
  for (const field of result.error.fields ?? []) {
    const name = field.path.replace(/^body\./, '');
    if (name === 'currentPassword' || name === 'newPassword')
      fields[name] = passwordFieldProblem(field.message, result.locale);
  }
  const count = Object.keys(fields).length;
  return { fields, summary: count > 0 ? message('signIn.error.fields', { count }) : problemOf(result) };
}
