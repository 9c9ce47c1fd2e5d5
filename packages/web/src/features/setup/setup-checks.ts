import { AGENCY_KINDS, type AgencyKind, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@harbor/core';
import type { ApiResult } from '../../api';
import { translateIn } from '../../i18n';
import { tokenFromHash } from '../../link-token';
import type { AppMessageKey } from '../../messages';
import { newPasswordProblem, passwordFieldProblem } from '../../password-rules';
import { message, type Problem, problemOf } from '../../problems';
import type { SetupRequest } from './api';

/**
 * The set-up form as plain data: its fields, the checks made before sending (the server makes them again), and
 * what a refusal means for each field and for the message above the form.
 */

export type Field = 'displayName' | 'email' | 'password' | 'agencyName' | 'agencyKind';
export const FIELDS: readonly Field[] = ['displayName', 'email', 'password', 'agencyName', 'agencyKind'];
export type SetupValues = Record<Field, string>;
export type FieldProblems = Partial<Record<Field, Problem>>;

export const EMPTY_SETUP: SetupValues = { displayName: '', email: '', password: '', agencyName: '', agencyKind: '' };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;
/** The password policy's length rule (core's, which the server applies too), counted in characters as people see them. */
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;
export const PASSWORD_MAX = PASSWORD_MAX_LENGTH;

/** Messages the server sends for set-up, recognised so that a language switch can re-translate them. */
const KNOWN_REFUSALS: readonly AppMessageKey[] = ['setup.linkInvalid', 'setup.alreadyDone', 'account.emailTaken'];

/** The one-time token from an address's fragment (`/setup#TOKEN`); the fragment never reaches the server. */
export { tokenFromHash };

export function checkSetup(values: SetupValues): FieldProblems {
  const found: FieldProblems = {};
  if (!values.displayName.trim()) found.displayName = message('setupPage.name.required');
  const email = values.email.trim();
  if (!email) found.email = message('signIn.email.required');
  else if (!EMAIL_SHAPE.test(email)) found.email = message('signIn.email.invalid');
  const password = newPasswordProblem(values.password, 'setupPage.password.required');
  if (password) found.password = password;
  const agency = values.agencyName.trim();
  if (!agency) found.agencyName = message('setupPage.agencyName.required');
  else if (agency.length < 2) found.agencyName = message('setupPage.agencyName.tooShort');
  if (!(AGENCY_KINDS as readonly string[]).includes(values.agencyKind)) {
    found.agencyKind = message('setupPage.agencyKind.required');
  }
  return found;
}

export function setupRequest(values: SetupValues, token: string): SetupRequest {
  return {
    token,
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    password: values.password,
    agencyName: values.agencyName.trim(),
    agencyKind: values.agencyKind as AgencyKind,
  };
}

/**
 * A refusal: each field problem beside its field (already translated), and the one message above the form: a known
 * refusal (a bad link, an administrator already there, an e-mail taken) in our words, else how many fields need
 * attention, else the server's own words.
 */
export function refusalOf(result: Exclude<ApiResult<unknown>, { ok: true }>): {
  fields: FieldProblems;
  summary: Problem;
} {
  if (result.kind === 'network') return { fields: {}, summary: problemOf(result) };
  const fields: FieldProblems = {};
  const elsewhere: string[] = [];
  for (const field of result.error.fields ?? []) {
    const name = field.path.replace(/^body\./, '');
    if (name === 'password') fields.password = passwordFieldProblem(field.message, result.locale);
    else if ((FIELDS as readonly string[]).includes(name))
      fields[name as Field] = { kind: 'text', text: field.message };
    else elsewhere.push(field.message);
  }
  // A token the server cannot even read (cut short when copied) is a link that does not work.
  const badLink = (result.error.fields ?? []).some((field) => field.path === 'body.token');
  const known = badLink
    ? 'setup.linkInvalid'
    : KNOWN_REFUSALS.find((key) => result.error.message === translateIn(result.locale, key));
  if (known === 'account.emailTaken') fields.email = message(known);
  const mapped = Object.keys(fields).length;
  const summary: Problem = known
    ? message(known)
    : mapped > 0 && elsewhere.length === 0
      ? message('signIn.error.fields', { count: mapped })
      : elsewhere.length > 0
        ? { kind: 'text', text: elsewhere.join(' ') }
        : problemOf(result);
  return { fields, summary };
}
