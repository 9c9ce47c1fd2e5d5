import { AGENCY_KINDS } from '@harbor/core';
import { message, type Problem } from '../../problems';

/**
 * The add-agency form as plain data. Nothing is chosen in advance (no kind: a default would file an agency under the
 * wrong kind unnoticed), and after each agency added the form starts empty again.
 */

export type AgencyField = 'name' | 'kind';
export type AgencyValues = Record<AgencyField, string>;
export type AgencyProblems = Partial<Record<AgencyField, Problem>>;

export const EMPTY_AGENCY: AgencyValues = { name: '', kind: '' };

/** The problem with an agency's name (new or renamed), as the server counts it: 2 to 200 characters, trimmed. */
export function agencyNameProblem(name: string): Problem | undefined {
  return name.trim().length < 2 ? message('admin.agencies.nameRequired') : undefined;
}

export function checkAgency(values: AgencyValues): AgencyProblems {
  const found: AgencyProblems = {};
  const name = agencyNameProblem(values.name);
  if (name) found.name = name;
  if (!(AGENCY_KINDS as readonly string[]).includes(values.kind)) found.kind = message('admin.agencies.kindRequired');
  return found;
}
