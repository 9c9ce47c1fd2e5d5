import { describe, expect, it } from 'vitest';
import { seesMandatedReport, visibleFieldClasses } from '../access/fields.js';
import { addBusinessDays, hasExpired, referralClocks, referralFigures } from './clocks.js';
import { CreateReferralBody, ReferralTransitionBody } from './contract.js';
import { checkEligibility } from './eligibility.js';
import { checkSharingBasis, mdtWindowEnd, normaliseSections, sharedFieldClasses } from './sharing.js';
import {
  allowedActions,
  CLOSURE_REASONS_BY_STATUS,
  checkClosureReason,
  checkTransition,
  REFERRAL_ACTION_NAMES,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  REFERRAL_TRANSITIONS,
  type ReferralSide,
  sharesRecord,
  TERMINAL_STATUSES,
} from './status.js';

const referring = new Set<ReferralSide>(['referring']);
const receiving = new Set<ReferralSide>(['receiving']);
const zone = 'America/Los_Angeles';

describe('referral statuses', () => {
  it('follows the closed loop draft -> requested -> accepted -> in progress -> completed, each step by its side', () => {
    expect(checkTransition('send', 'draft', referring)).toBeNull();
    expect(checkTransition('send', 'draft', receiving)).toBe('referral.transition.notYourSide');
    expect(checkTransition('accept', 'requested', receiving)).toBeNull();
    expect(checkTransition('accept', 'requested', referring)).toBe('referral.transition.notYourSide');
    expect(checkTransition('start', 'accepted', receiving)).toBeNull();
    expect(checkTransition('complete', 'in_progress', receiving)).toBeNull();
    expect(checkTransition('complete', 'accepted', receiving)).toBe('referral.transition.notFromStatus');
    expect(checkTransition('accept', 'draft', receiving)).toBe('referral.transition.notFromStatus');
  });

  it('never leaves a terminal status, and every action leads where it says', () => {
    for (const status of TERMINAL_STATUSES) {
      expect(allowedActions(status, new Set(['referring', 'receiving']))).toEqual([]);
    }
    for (const action of REFERRAL_ACTION_NAMES) {
      expect(REFERRAL_STATUSES).toContain(REFERRAL_ACTIONS[action]);
      for (const from of REFERRAL_TRANSITIONS[action].from) expect(TERMINAL_STATUSES).not.toContain(from);
    }
    expect(allowedActions('requested', referring).sort()).toEqual(['cancel', 'fail', 'mark_entered_in_error']);
    expect(allowedActions('requested', receiving).sort()).toEqual(['accept', 'fail', 'hold', 'reject']);
    // An agency that both refers and receives (a referral within one agency) takes either side's steps.
    expect(allowedActions('draft', new Set(['referring', 'receiving']))).toContain('send');
  });

  it('shares the record from the moment the referral is sent until it closes', () => {
    expect(REFERRAL_STATUSES.filter(sharesRecord)).toEqual(['requested', 'accepted', 'on_hold', 'in_progress']);
  });

  it('requires a closure reason that fits a terminal status, and refuses one otherwise', () => {
    expect(checkClosureReason('completed', 'services_received')).toBeNull();
    expect(checkClosureReason('completed', undefined)).toBe('referral.closure.required');
    expect(checkClosureReason('completed', 'moved')).toBe('referral.closure.notForStatus');
    expect(checkClosureReason('rejected', 'no_capacity')).toBeNull();
    expect(checkClosureReason('failed', 'unable_to_contact')).toBeNull();
    expect(checkClosureReason('accepted', 'no_capacity')).toBe('referral.closure.notExpected');
    expect(checkClosureReason('accepted', undefined)).toBeNull();
    for (const [status, reasons] of Object.entries(CLOSURE_REASONS_BY_STATUS))
      expect(reasons.length, status).toBeGreaterThan(0);
  });
});

describe('the basis for sharing', () => {
  const reportedAt = new Date('2026-11-01T10:00:00Z');

  it('refuses an MDT exchange (W&I 18961.7) outside its 30 days, unless extended for good cause', () => {
    const mdt = { basis: 'mdt_18961_7' as const, mdtReportedAt: reportedAt };
    expect(mdtWindowEnd(reportedAt).toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(checkSharingBasis(mdt, new Date('2026-12-01T10:00:00Z'))).toBeNull();
    expect(checkSharingBasis(mdt, new Date('2026-12-01T10:00:00.001Z'))).toBe('referral.basis.mdtOutsideWindow');
    expect(checkSharingBasis({ basis: 'mdt_18961_7' }, reportedAt)).toBe('referral.basis.mdtReportRequired');
    expect(checkSharingBasis(mdt, new Date('2026-10-31T10:00:00Z'))).toBe('referral.basis.mdtReportInFuture');
    const extended = { ...mdt, mdtExtendedUntil: new Date('2026-12-15T00:00:00Z') };
    expect(checkSharingBasis(extended, new Date('2026-12-10T00:00:00Z'))).toBe('referral.basis.mdtGoodCauseRequired');
    expect(
      checkSharingBasis({ ...extended, mdtGoodCause: 'Court review pending' }, new Date('2026-12-10T00:00:00Z')),
    ).toBeNull();
  });

  it('needs the reason of an override and the reference of a court order', () => {
    expect(checkSharingBasis({ basis: 'override', overrideReason: '  ' }, reportedAt)).toBe(
      'referral.basis.overrideReasonRequired',
    );
    expect(checkSharingBasis({ basis: 'override', overrideReason: 'Imminent danger' }, reportedAt)).toBeNull();
    expect(checkSharingBasis({ basis: 'court_order' }, reportedAt)).toBe('referral.basis.courtOrderRequired');
    expect(checkSharingBasis({ basis: 'youth_consent' }, reportedAt)).toBeNull();
  });
});

describe('the sections shared', () => {
  it('maps each section onto a record type and its field classes, identity always', () => {
    expect(normaliseSections(['screenings', 'contact', 'contact'])).toEqual(['identity', 'contact', 'screenings']);
    expect([...sharedFieldClasses(['identity', 'contact'], 'youth')].sort()).toEqual([
      'contact',
      'identity',
      'protocol',
    ]);
    expect([...sharedFieldClasses(['identity'], 'youth')].sort()).toEqual(['identity', 'protocol']);
    expect(sharedFieldClasses(['identity', 'contact'], 'screening').size).toBe(0);
    expect([...sharedFieldClasses(['identity', 'screening_clinical'], 'screening')]).toEqual(['clinical']);
    expect(sharedFieldClasses(['identity'], 'timeline').size).toBe(0);
    expect(sharedFieldClasses(['identity', 'unknown'], 'response').size).toBe(0);
    expect([...sharedFieldClasses([], 'referral')].sort()).toEqual(['contact', 'identity', 'protocol']);
  });

  it('never opens a mandated report to a receiving agency, even one of child welfare', () => {
    const viewer = {
      userId: 'u1',
      role: 'social_worker',
      agencyId: 'a1',
      agencyKind: 'child_welfare',
      permissions: new Set(['youth.read'] as const),
    };
    const report = { reporterUserId: 'u9', reporterAgencyId: 'a9' };
    expect(seesMandatedReport(viewer, 'care_team', report)).toBe(true);
    expect(seesMandatedReport(viewer, 'referral', report)).toBe(false);
    expect(visibleFieldClasses(viewer, 'referral', report).has('mandated_report')).toBe(false);
  });
});

describe('the clocks', () => {
  const settings = { acknowledgeBusinessDays: 1, expireBusinessDays: 5, firstContactHours: 72, timeZone: zone };

  it('counts business days on the county clock, over a weekend and a change of the clocks', () => {
    // Friday 2026-11-27 09:00 PST -> Monday 09:00 PST.
    expect(addBusinessDays(new Date('2026-11-27T17:00:00Z'), 1, zone).toISOString()).toBe('2026-11-30T17:00:00.000Z');
    // Saturday counts from Monday.
    expect(addBusinessDays(new Date('2026-11-28T17:00:00Z'), 1, zone).toISOString()).toBe('2026-11-30T17:00:00.000Z');
    // Friday 2026-10-30 09:00 PDT -> Monday 2026-11-02 09:00 PST (the clocks went back on Sunday).
    expect(addBusinessDays(new Date('2026-10-30T16:00:00Z'), 1, zone).toISOString()).toBe('2026-11-02T17:00:00.000Z');
  });

  it('gives a CSEC-specialised service 72 hours to first contact, and expires an unanswered referral', () => {
    const sent = new Date('2026-12-01T18:00:00Z'); // Tuesday
    const clocks = referralClocks(sent, true, settings);
    expect(clocks.acknowledgeDueAt.toISOString()).toBe('2026-12-02T18:00:00.000Z');
    expect(clocks.firstContactDueAt?.toISOString()).toBe('2026-12-04T18:00:00.000Z');
    expect(clocks.expiresAt.toISOString()).toBe('2026-12-08T18:00:00.000Z');
    expect(referralClocks(sent, false, settings).firstContactDueAt).toBeNull();
    expect(hasExpired('requested', clocks.expiresAt, new Date('2026-12-08T17:59:59Z'))).toBe(false);
    expect(hasExpired('requested', clocks.expiresAt, clocks.expiresAt)).toBe(true);
    expect(hasExpired('accepted', clocks.expiresAt, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('measures the time to acknowledge, to accept and to the first service', () => {
    const at = (iso: string) => new Date(iso);
    const figures = referralFigures([
      { to: 'draft', at: at('2026-12-01T09:00:00Z') },
      { to: 'requested', at: at('2026-12-01T10:00:00Z') },
      { to: 'on_hold', at: at('2026-12-01T11:30:00Z') },
      { to: 'accepted', at: at('2026-12-02T10:00:00Z') },
      { to: 'in_progress', at: at('2026-12-03T10:00:00Z') },
    ]);
    expect(figures).toEqual({ minutesToAcknowledge: 90, minutesToAccept: 1440, minutesToFirstService: 2880 });
    expect(referralFigures([{ to: 'draft', at: at('2026-12-01T09:00:00Z') }])).toEqual({
      minutesToAcknowledge: null,
      minutesToAccept: null,
      minutesToFirstService: null,
    });
  });
});

describe('eligibility', () => {
  const service = { minimumAge: 11, maximumAge: 17, areas: ['SPA 6', 'SPA 8'], acceptsRunaway: false };

  it('passes a youth who fits', () => {
    expect(checkEligibility(service, { age: 15, area: 'spa 6', runaway: false })).toEqual([]);
    expect(
      checkEligibility(
        { minimumAge: null, maximumAge: null, areas: [], acceptsRunaway: null },
        { age: null, area: null, runaway: true },
      ),
    ).toEqual([]);
  });

  it('gives every reason a youth does not fit, unknown facts included', () => {
    expect(checkEligibility(service, { age: 19, area: 'SPA 2', runaway: true }).map((r) => r.key)).toEqual([
      'referral.eligibility.tooOld',
      'referral.eligibility.outsideArea',
      'referral.eligibility.refusesRunaway',
    ]);
    expect(checkEligibility(service, { age: 9, area: null, runaway: null })).toEqual([
      { key: 'referral.eligibility.tooYoung', values: { minimum: 11 } },
      { key: 'referral.eligibility.areaUnknown', values: {} },
      { key: 'referral.eligibility.runawayUnknown', values: {} },
    ]);
    expect(checkEligibility(service, { age: null, area: 'SPA 8', runaway: false }).map((r) => r.key)).toEqual([
      'referral.eligibility.ageUnknown',
    ]);
  });
});

describe('the contract', () => {
  const body = {
    youthId: '0190c0de-0000-7000-8000-000000000001',
    serviceId: '0190c0de-0000-7000-8000-000000000002',
    reason: 'Needs an advocate',
    basis: { basis: 'youth_consent' },
    contact: { doNotContactYouthDirectly: true, safeContact: { name: 'Aunt Rosa', phone: '+1 213 555 0100' } },
  };

  it('takes a referral with its defaults, and refuses an unknown section or closure reason', () => {
    const parsed = CreateReferralBody.parse(body);
    expect(parsed.urgency).toBe('routine');
    expect(parsed.sections).toEqual([]);
    expect(parsed.contact.safeContact?.relationship).toBe('');
    expect(CreateReferralBody.safeParse({ ...body, sections: ['everything'] }).success).toBe(false);
    expect(CreateReferralBody.safeParse({ ...body, extra: 1 }).success).toBe(false);
    expect(ReferralTransitionBody.safeParse({ version: 1, closureReason: 'gone' }).success).toBe(false);
  });
});
