import type { Role } from '@harbor/core';
import { message, type Problem } from '../../problems';

/**
 * The invitation form as plain data. Nothing is chosen in advance (no role, no agency: a default would invite people
 * into the wrong place unnoticed), and after each invitation the form starts empty again.
 */

export type InviteField = 'email' | 'role' | 'agencyId';
export type InviteValues = Record<InviteField, string>;
export type InviteProblems = Partial<Record<InviteField, Problem>>;
export interface InviteRequest {
  email: string;
  role: Role;
  agencyId: string;
}

export const EMPTY_INVITE: InviteValues = { email: '', role: '', agencyId: '' };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** The problems of the form; `roles` and `agencies` are what the person may choose from. */
export function checkInvite(
  values: InviteValues,
  allowed: { roles: readonly string[]; agencies: readonly string[] },
): InviteProblems {
  const found: InviteProblems = {};
  const email = values.email.trim();
  if (!email) found.email = message('signIn.email.required');
  else if (!EMAIL_SHAPE.test(email)) found.email = message('signIn.email.invalid');
  if (!allowed.roles.includes(values.role)) found.role = message('admin.invite.roleRequired');
  if (!allowed.agencies.includes(values.agencyId)) found.agencyId = message('admin.invite.agencyRequired');
  return found;
}

export function inviteRequest(values: InviteValues): InviteRequest {
  return { email: values.email.trim(), role: values.role as Role, agencyId: values.agencyId };
}
