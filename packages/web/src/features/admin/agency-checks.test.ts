import { describe, expect, it } from 'vitest';
import { agencyNameProblem, checkAgency, EMPTY_AGENCY } from './agency-checks';

describe('the add-agency form', () => {
  it('starts with nothing chosen and asks for the name and the kind', () => {
    expect(checkAgency(EMPTY_AGENCY)).toEqual({
      name: { kind: 'message', key: 'admin.agencies.nameRequired' },
      kind: { kind: 'message', key: 'admin.agencies.kindRequired' },
    });
  });

  it('takes a name of two characters or more (spaces aside) and a kind Harbor knows', () => {
    expect(checkAgency({ name: '  DCFS ', kind: 'child_welfare' })).toEqual({});
    expect(Object.keys(checkAgency({ name: ' D ', kind: 'ministry' }))).toEqual(['name', 'kind']);
    expect(agencyNameProblem('DA')).toBeUndefined();
  });
});
