/**
 * The meeting types page's forms as their fields hold them and what is wrong with them, in the server's own terms
 * (core's MeetingTypeParams and MeetingTypeBody): a code of lower-case letters, digits and underscores, two names of
 * at most 120 characters, a code not already taken. Pure.
 */
export interface MeetingTypeForm {
  id: string;
  nameEn: string;
  nameEs: string;
}

export const EMPTY_MEETING_TYPE: MeetingTypeForm = { id: '', nameEn: '', nameEs: '' };

export type MeetingTypeProblem = 'idMissing' | 'idShape' | 'idTaken' | 'nameEn' | 'nameEs';

const CODE = /^[a-z0-9_]{1,60}$/;
const nameOk = (name: string) => name.trim().length > 0 && name.trim().length <= 120;

/** The problems of a form; `taken` are the codes of the types there already are (checked only for a new one). */
export function meetingTypeProblems(form: MeetingTypeForm, taken: readonly string[] | null): MeetingTypeProblem[] {
  const problems: MeetingTypeProblem[] = [];
  if (taken) {
    const id = form.id.trim();
    if (!id) problems.push('idMissing');
    else if (!CODE.test(id)) problems.push('idShape');
    else if (taken.includes(id)) problems.push('idTaken');
  }
  if (!nameOk(form.nameEn)) problems.push('nameEn');
  if (!nameOk(form.nameEs)) problems.push('nameEs');
  return problems;
}

/** The field a problem's summary entry leads to, for a form whose fields' ids start with `prefix`. */
export const problemField = (prefix: string, problem: MeetingTypeProblem) =>
  `${prefix}-${problem.startsWith('id') ? 'id' : problem}`;
