import { describe, expect, it } from 'vitest';
import { dayProblems, EMPTY_EARLIER_ARREST, earlierArrestProblems } from './sb1322-forms';

describe('the SB 1322 forms', () => {
  it('takes a day up to today in the county, never a later one', () => {
    expect(dayProblems('2026-11-30', '2026-11-30')).toEqual({});
    expect(dayProblems('2026-12-01', '2026-11-30')).toEqual({ day: 'future' });
    expect(dayProblems('', '2026-11-30')).toEqual({ day: 'required' });
  });

  it('needs what happened, the code, the day and the agency of an earlier arrest; the outcome is optional', () => {
    expect(earlierArrestProblems(EMPTY_EARLIER_ARREST, '2026-11-30')).toEqual({
      kind: 'required',
      code: 'required',
      occurredOn: 'required',
      agency: 'required',
    });
    const filled = { kind: 'arrest', code: 'PC 647(b)', occurredOn: '2024-03-05', agency: 'LAPD', disposition: '' };
    expect(earlierArrestProblems(filled, '2026-11-30')).toEqual({});
  });
});
