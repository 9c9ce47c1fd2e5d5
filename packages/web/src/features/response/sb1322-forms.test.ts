import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../api';
import { translate } from '../../messages';
import { dayProblems, EMPTY_EARLIER_ARREST, earlierArrestProblems, refusalRule } from './sb1322-forms';

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

describe('the rule a refused action broke', () => {
  const refused = (message: string): ApiResult<unknown> => ({
    ok: false,
    kind: 'api',
    status: 400,
    error: { code: 'validation_failed', message: 'x', fields: [{ path: 'body.code', message }] },
    locale: 'en',
  });

  it('tells the repeal of PC 653.22 (SB 357) from SB 1322, in either language', () => {
    expect(refusalRule(refused(translate('es', 'response.pc653_22.repealed')), 'PC 653.22')).toBe('pc653_22_repealed');
    expect(refusalRule(refused(translate('en', 'response.sb1322.refused')), 'PC 653.22')).toBe('sb1322');
    expect(refusalRule(refused(translate('en', 'response.sb1322.refused')), 'PC 459')).toBeNull();
  });
});
