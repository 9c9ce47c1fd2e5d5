import { describe, expect, it } from 'vitest';
import type { ReferralView } from './api';
import { EMPTY_FORM, formOfReferral, formProblems, mdtWindowOf, requestOf } from './referral-form';

const ZONE = 'America/Los_Angeles';

describe('the referral form', () => {
  it('chooses nothing for the referrer: urgency, basis and the reason are asked for', () => {
    expect(formProblems(EMPTY_FORM, ZONE)).toEqual(['reason', 'urgency', 'basis']);
  });

  it('asks what each basis needs, and a safe contact’s name and telephone together', () => {
    const base = { ...EMPTY_FORM, reason: 'Trauma therapy', urgency: 'urgent' as const };
    expect(formProblems({ ...base, basis: 'mdt_18961_7' }, ZONE)).toEqual(['mdtReportedAt']);
    expect(formProblems({ ...base, basis: 'court_order' }, ZONE)).toEqual(['courtOrder']);
    expect(formProblems({ ...base, basis: 'override', safeName: 'Aunt Rosa' }, ZONE)).toEqual([
      'overrideReason',
      'safeContact',
    ]);
  });

  it('asks a supervisor why a referral the eligibility refuses is sent anyway, and nobody else', () => {
    const base = {
      ...EMPTY_FORM,
      reason: 'Trauma therapy',
      urgency: 'urgent' as const,
      basis: 'youth_consent' as const,
    };
    expect(formProblems(base, ZONE, ' ok ')).toEqual(['eligibilityOverride']);
    expect(formProblems(base, ZONE, 'Only Spanish-speaking TF-CBT clinician nearby')).toEqual([]);
    expect(formProblems(base, ZONE)).toEqual([]);
  });

  it('shows the MDT’s 30 days from the report on the county’s clock (W&I 18961.7)', () => {
    const form = { ...EMPTY_FORM, basis: 'mdt_18961_7' as const, mdtReportedAt: '2026-11-20T09:00' };
    expect(mdtWindowOf(form, ZONE)?.toISOString()).toBe('2026-12-20T17:00:00.000Z');
  });

  it('sends exactly the sections chosen, and the contact preferences', () => {
    const form = {
      ...EMPTY_FORM,
      reason: ' Trauma therapy ',
      urgency: 'routine' as const,
      basis: 'youth_consent' as const,
      sections: ['screenings' as const],
      doNotContactYouthDirectly: true,
      safeName: 'Rosa Díaz',
      safePhone: '213 555 0100',
      runaway: 'no' as const,
    };
    expect(requestOf(form, 'y1', 's1', ZONE)).toEqual({
      youthId: 'y1',
      serviceId: 's1',
      reason: 'Trauma therapy',
      urgency: 'routine',
      basis: { basis: 'youth_consent' },
      sections: ['screenings'],
      contact: {
        doNotContactYouthDirectly: true,
        safeContact: { name: 'Rosa Díaz', relationship: '', phone: '213 555 0100' },
      },
      youthArea: null,
      youthRunaway: false,
    });
  });

  it('fills a draft’s form again from the referral, and comes back to the same request', () => {
    const form = {
      ...EMPTY_FORM,
      reason: 'Trauma therapy in Spanish',
      urgency: 'urgent' as const,
      basis: 'mdt_18961_7' as const,
      mdtReportedAt: '2026-11-30T09:15',
      sections: ['screenings' as const, 'contact' as const],
      doNotContactYouthDirectly: true,
      safeName: 'Rosa Díaz',
      safeRelationship: 'Aunt',
      safePhone: '(213) 555-0142',
      contactNote: 'After 5 pm',
      youthArea: 'SPA 4 Metro',
      runaway: 'no' as const,
    };
    const request = requestOf(form, 'y', 's', ZONE);
    const view = {
      reason: request.reason,
      urgency: request.urgency,
      basis: {
        basis: 'mdt_18961_7',
        mdtReportedAt: request.basis.mdtReportedAt,
        mdtWindowEndsAt: null,
        overrideReason: null,
        courtOrderReference: null,
      },
      sections: ['identity', 'contact', 'screenings'],
      contact: { ...request.contact, note: 'After 5 pm' },
      youthArea: 'SPA 4 Metro',
      youthRunaway: false,
    } as unknown as ReferralView;
    const again = formOfReferral(view, ZONE);
    expect(again).toEqual({ ...form, sections: ['contact', 'screenings'] });
    expect(requestOf(again, 'y', 's', ZONE)).toEqual(request);
    expect(formOfReferral({ ...view, youthRunaway: null, youthArea: undefined }, ZONE)).toMatchObject({
      runaway: '',
      youthArea: '',
    });
  });
});
