import { describe, expect, it } from 'vitest';
import { disclosureProblems, disclosureRequest, disclosureWindow, EMPTY_DISCLOSURE } from './disclosure-form';

const ZONE = 'America/Los_Angeles';
const mdt = {
  ...EMPTY_DISCLOSURE,
  basis: 'mdt_18961_7' as const,
  toAll: 'chosen' as const,
  to: ['u-probation'],
  classes: ['identity', 'protocol'] as ('identity' | 'protocol')[],
  reportedAt: '2026-11-20T09:30',
};

describe('the disclosure form', () => {
  it('chooses nothing for the person and asks for each basis’s own fields', () => {
    expect(disclosureProblems(EMPTY_DISCLOSURE, ZONE)).toEqual(['basis', 'to', 'classes']);
    expect(disclosureProblems({ ...mdt, reportedAt: '' }, ZONE)).toEqual(['reportedAt']);
    expect(disclosureProblems({ ...mdt, goodCauseUntil: '2027-01-30T09:30' }, ZONE)).toEqual(['goodCauseReason']);
    expect(disclosureProblems({ ...mdt, basis: 'court_order' }, ZONE)).toEqual(['orderNumber', 'orderDate']);
    expect(disclosureProblems({ ...mdt, basis: 'youth_consent' }, ZONE)).toEqual(['consentBy', 'purpose', 'until']);
    expect(disclosureProblems({ ...mdt, to: [] }, ZONE)).toEqual(['to']);
    expect(disclosureProblems(mdt, ZONE)).toEqual([]);
  });

  it('shows the 30 days of W&I 18961.7 from the report, or the end good cause gives', () => {
    expect(disclosureWindow(mdt, ZONE)?.toISOString()).toBe('2026-12-20T17:30:00.000Z');
    expect(disclosureWindow({ ...mdt, goodCauseUntil: '2027-01-30T09:30' }, ZONE)?.toISOString()).toBe(
      '2027-01-30T17:30:00.000Z',
    );
    expect(disclosureWindow({ ...mdt, reportedAt: '' }, ZONE)).toBeNull();
  });

  it('sends only the fields of the basis chosen, times as instants of the county’s clock', () => {
    expect(disclosureRequest({ ...mdt, orderNumber: 'left over' }, ZONE)).toEqual({
      basis: 'mdt_18961_7',
      to: ['u-probation'],
      classes: ['identity', 'protocol'],
      reportedAt: '2026-11-20T17:30:00.000Z',
    });
    expect(disclosureRequest({ ...mdt, basis: 'wic_827', toAll: 'all', reportedAt: '2026-11-20T09:30' }, ZONE)).toEqual(
      { basis: 'wic_827', to: 'all', classes: ['identity', 'protocol'] },
    );
  });
});
