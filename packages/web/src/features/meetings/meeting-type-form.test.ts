import { describe, expect, it } from 'vitest';
import { EMPTY_MEETING_TYPE, meetingTypeProblems, problemField } from './meeting-type-form';

describe('the meeting types forms', () => {
  const taken = ['case_review', 'mdt_30_day'];
  it('asks a new type for a free code of lower-case letters, digits and underscores and two names', () => {
    expect(meetingTypeProblems(EMPTY_MEETING_TYPE, taken)).toEqual(['idMissing', 'nameEn', 'nameEs']);
    const named = { nameEn: 'Placement review', nameEs: 'Revisión de colocación' };
    expect(meetingTypeProblems({ id: 'placement_review', ...named }, taken)).toEqual([]);
    expect(meetingTypeProblems({ id: ' placement_review ', ...named }, taken)).toEqual([]);
    for (const id of ['Placement', 'placement review', 'revisión', 'a-b', 'x'.repeat(61)]) {
      expect(meetingTypeProblems({ id, ...named }, taken)).toEqual(['idShape']);
    }
    expect(meetingTypeProblems({ id: 'case_review', ...named }, taken)).toEqual(['idTaken']);
  });
  it('checks only the names of a type being renamed, each between 1 and 120 characters once trimmed', () => {
    expect(meetingTypeProblems({ id: 'anything at all', nameEn: '  ', nameEs: 'ñ' }, null)).toEqual(['nameEn']);
    expect(meetingTypeProblems({ id: '', nameEn: 'a'.repeat(120), nameEs: 'b'.repeat(121) }, null)).toEqual(['nameEs']);
  });
  it('leads each problem to its field', () => {
    expect(problemField('new-type', 'idTaken')).toBe('new-type-id');
    expect(problemField('type-case_review', 'nameEs')).toBe('type-case_review-nameEs');
  });
});
