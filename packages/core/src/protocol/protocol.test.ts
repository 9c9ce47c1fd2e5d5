import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectJsonCopy } from '../testing/json-copy.js';
import {
  compareUrgency,
  DEFAULT_TIME_ZONE,
  defaultLearnedAt,
  dueAt,
  formatInZone,
  planSteps,
  timeLeft,
} from './clock.js';
import { type ProtocolFacts, parseProtocol } from './definition.js';
import { LA_COUNTY_FIRST_RESPONDER, SHIPPED_PROTOCOLS } from './la-county.js';
import {
  dispositionGivesReferral,
  dispositionResponseMinutes,
  isValidReferralNumber,
  normaliseReferralNumber,
  refusesCharge,
} from './reports.js';
import { wallTimeOf } from './wall-time.js';

/** Wall-clock time in Los Angeles, "2026-03-09 09:00". */
function laTime(date: Date): string {
  return wallTimeOf(date, DEFAULT_TIME_ZONE).replace('T', ' ');
}

describe('deadlines across daylight-saving changes (America/Los_Angeles)', () => {
  it('keeps 36 hours as 36 hours across the spring change: one wall-clock hour later', () => {
    // 2026-03-07 20:00 PST = 2026-03-08 04:00 UTC; clocks go forward at 2026-03-08 10:00 UTC.
    const start = new Date('2026-03-08T04:00:00Z');
    expect(laTime(start)).toBe('2026-03-07 20:00');
    const due = dueAt(start, 36 * 60);
    expect(due.getTime() - start.getTime()).toBe(36 * 3600_000);
    expect(laTime(due)).toBe('2026-03-09 09:00');
  });

  it('keeps 36 hours as 36 hours across the autumn change: one wall-clock hour earlier', () => {
    // 2026-10-31 12:00 PDT = 19:00 UTC; clocks go back at 2026-11-01 09:00 UTC.
    const start = new Date('2026-10-31T19:00:00Z');
    expect(laTime(start)).toBe('2026-10-31 12:00');
    expect(laTime(dueAt(start, 36 * 60))).toBe('2026-11-01 23:00');
  });

  it('gives 90 minutes across the repeated hour at fall-back', () => {
    // 01:30 PDT (08:30 UTC); 90 minutes later is 02:00 PST (10:00 UTC): the wall clock shows only 30 minutes later.
    const start = new Date('2026-11-01T08:30:00Z');
    const due = dueAt(start, 90);
    expect(due.toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(laTime(start)).toBe('2026-11-01 01:30');
    expect(laTime(due)).toBe('2026-11-01 02:00');
    expect(formatInZone(start, DEFAULT_TIME_ZONE, 'en')).toMatch(/PDT/);
    expect(formatInZone(due, DEFAULT_TIME_ZONE, 'en')).toMatch(/PST/);
  });

  it('is exact for any start and any length (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 100 * 24 * 60 }),
        (start, minutes) => dueAt(start, minutes).getTime() - start.getTime() === minutes * 60_000,
      ),
    );
  });

  it('formats in both languages with the zone', () => {
    const at = new Date('2026-11-28T18:05:00Z');
    expect(formatInZone(at, DEFAULT_TIME_ZONE, 'en')).toMatch(/Nov 28, 2026.*10:05.*PST/);
    expect(formatInZone(at, DEFAULT_TIME_ZONE, 'es')).toMatch(/28.*nov.*2026.*10:05/);
  });
});

describe('time left and urgency', () => {
  const due = new Date('2026-11-28T12:00:00Z');
  it('is not overdue exactly at the deadline, and is one millisecond later', () => {
    expect(timeLeft(due, due)).toEqual({ overdue: false, minutes: 0 });
    expect(timeLeft(due, new Date(due.getTime() + 1))).toEqual({ overdue: true, minutes: 1 });
    expect(timeLeft(due, new Date(due.getTime() - 90 * 60_000 + 1))).toEqual({ overdue: false, minutes: 89 });
  });

  it('puts open deadlines first, the most overdue first, and is a total order (property)', () => {
    const rows = [
      { due: new Date('2026-11-28T13:00:00Z'), completed: false },
      { due: new Date('2026-11-28T10:00:00Z'), completed: true },
      { due: new Date('2026-11-28T11:00:00Z'), completed: false },
    ];
    expect([...rows].sort(compareUrgency).map((r) => r.due.getUTCHours())).toEqual([11, 13, 10]);
    const row = fc.record({ due: fc.date({ noInvalidDate: true }), completed: fc.boolean() });
    fc.assert(
      fc.property(row, row, row, (a, b, c) => {
        expect(Math.sign(compareUrgency(a, b))).toBe(-Math.sign(compareUrgency(b, a)) || 0);
        if (compareUrgency(a, b) <= 0 && compareUrgency(b, c) <= 0) expect(compareUrgency(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('the Los Angeles County protocol', () => {
  const facts = (over: Partial<ProtocolFacts> = {}): ProtocolFacts => ({
    opened_by: 'recovery',
    on_probation: false,
    reporter_is_law_enforcement: false,
    ...over,
  });
  const openedAt = new Date('2026-11-28T08:00:00Z');
  const recoveredAt = new Date('2026-11-28T07:40:00Z');

  it('is a valid definition, with an up-to-date JSON copy for counties to edit (harbor protocols import)', () => {
    for (const protocol of SHIPPED_PROTOCOLS) {
      expect(parseProtocol(protocol)).toEqual({ ok: true, protocol });
      expectJsonCopy(
        `packages/core/protocols/${protocol.id}-v${protocol.version}.json`,
        protocol,
        (input) => parseProtocol(input).ok,
      );
    }
  });

  it('puts partners on scene within 90 minutes of a recovery; probation only for a youth on probation', () => {
    const plan = planSteps(LA_COUNTY_FIRST_RESPONDER, facts(), { openedAt, recoveredAt, completed: {} });
    const advocate = plan.find((p) => p.stepId === 'advocate-on-scene')!;
    expect(advocate.dueAt!.getTime() - recoveredAt.getTime()).toBe(90 * 60_000);
    expect(plan.map((p) => p.stepId)).not.toContain('probation-on-scene');
    const onProbation = planSteps(LA_COUNTY_FIRST_RESPONDER, facts({ on_probation: true }), {
      openedAt,
      recoveredAt,
      completed: {},
    });
    expect(onProbation.map((p) => p.stepId)).toContain('probation-on-scene');
  });

  it('runs the 36 hours of the written report from receiving the information, not the call (PC 11166(a)), and cross-reports only for law enforcement', () => {
    const learnedAt = new Date('2026-11-28T06:00:00Z');
    const before = planSteps(LA_COUNTY_FIRST_RESPONDER, facts({ opened_by: 'disclosure' }), {
      openedAt,
      learnedAt,
      completed: {},
    });
    // Due before any call is recorded: a colleague's call or the county's online system still leaves it due.
    const written = before.find((p) => p.stepId === 'written-report')!;
    expect(written.startsAt).toEqual(learnedAt);
    expect(written.dueAt!.getTime() - learnedAt.getTime()).toBe(36 * 3600_000);
    expect(before.map((p) => p.stepId)).not.toContain('advocate-on-scene');
    expect(before.map((p) => p.stepId)).not.toContain('cross-report-child-welfare');
    const called = new Date('2026-11-28T08:20:00Z');
    const after = planSteps(LA_COUNTY_FIRST_RESPONDER, facts({ reporter_is_law_enforcement: true }), {
      openedAt,
      recoveredAt,
      learnedAt,
      completed: { 'telephone-report': called },
    });
    expect(after.find((p) => p.stepId === 'written-report')!.dueAt!.getTime() - learnedAt.getTime()).toBe(
      36 * 3600_000,
    );
    expect(after.map((p) => p.stepId)).toEqual(
      expect.arrayContaining(['cross-report-child-welfare', 'cross-report-district-attorney']),
    );
  });

  it('has law enforcement cross-report at once by telephone, fax or electronic means, then in writing within 36 hours of the information (PC 11166(k))', () => {
    const learnedAt = new Date('2026-11-28T06:00:00Z');
    const plan = planSteps(LA_COUNTY_FIRST_RESPONDER, facts({ reporter_is_law_enforcement: true }), {
      openedAt,
      recoveredAt,
      learnedAt,
      completed: {},
    });
    const step = (id: string) => plan.find((p) => p.stepId === id);
    expect(step('cross-report-immediate')!.dueAt).toEqual(openedAt);
    for (const id of ['cross-report-child-welfare', 'cross-report-district-attorney']) {
      expect(step(id)!.startsAt).toEqual(learnedAt);
      expect(step(id)!.dueAt!.getTime() - learnedAt.getTime()).toBe(36 * 3600_000);
    }
    // Law enforcement is the one told by the county welfare department's cross-report: not its own step.
    expect(step('cross-report-law-enforcement')).toBeUndefined();
    const ids = plan.map((p) => p.stepId);
    expect(ids.indexOf('cross-report-immediate')).toBeLessThan(ids.indexOf('cross-report-child-welfare'));
  });

  it('has the county welfare department cross-report to law enforcement and the district attorney, and within 24 hours for a youth in child welfare services (PC 11166(j))', () => {
    const learnedAt = new Date('2026-11-28T06:00:00Z');
    const times = { openedAt, learnedAt, completed: {} };
    const plain = planSteps(LA_COUNTY_FIRST_RESPONDER, facts({ opened_by: 'disclosure' }), times);
    const crossReport = plain.find((p) => p.stepId === 'cross-report-law-enforcement')!;
    expect(crossReport.dueAt).toEqual(openedAt);
    expect(plain.map((p) => p.stepId)).not.toContain('child-welfare-exploitation-report');
    expect(plain.map((p) => p.stepId)).not.toContain('cross-report-immediate');
    const inCare = planSteps(
      LA_COUNTY_FIRST_RESPONDER,
      facts({ opened_by: 'disclosure', in_child_welfare: true }),
      times,
    );
    const report = inCare.find((p) => p.stepId === 'child-welfare-exploitation-report')!;
    expect(report.dueAt!.getTime() - learnedAt.getTime()).toBe(24 * 3600_000);
    const definition = LA_COUNTY_FIRST_RESPONDER.steps.find((s) => s.id === 'child-welfare-exploitation-report')!;
    expect(definition.owner).toEqual({ role: 'social_worker', agencyKind: 'child_welfare' });
  });

  it('opens for a youth missing from placement with the reports to law enforcement and NCMEC within 24 hours, by probation for a youth it placed (42 U.S.C. 671(a)(35))', () => {
    const learnedAt = new Date('2026-11-28T06:00:00Z');
    const times = { openedAt, learnedAt, completed: {} };
    const missing = planSteps(
      LA_COUNTY_FIRST_RESPONDER,
      facts({ opened_by: 'ran_from_placement', in_child_welfare: true }),
      times,
    );
    expect(missing.map((p) => p.stepId)).toEqual(['missing-report-law-enforcement', 'missing-report-ncmec']);
    for (const p of missing) expect(p.dueAt!.getTime() - learnedAt.getTime()).toBe(24 * 3600_000);
    const byProbation = planSteps(
      LA_COUNTY_FIRST_RESPONDER,
      facts({ opened_by: 'ran_from_placement', in_child_welfare: true, on_probation: true }),
      times,
    );
    expect(byProbation.map((p) => p.stepId)).toEqual([
      'missing-report-law-enforcement-probation',
      'missing-report-ncmec-probation',
    ]);
    const owner = LA_COUNTY_FIRST_RESPONDER.steps.find((s) => s.id === 'missing-report-ncmec-probation')!.owner;
    expect(owner).toEqual({ role: 'probation_officer', agencyKind: 'probation' });
  });

  it('keeps the steps of earlier versions for the responses opened under them', () => {
    const [v1, v2] = SHIPPED_PROTOCOLS;
    expect([v1!.version, v2!.version, LA_COUNTY_FIRST_RESPONDER.version]).toEqual([1, 2, 3]);
    const ids = (p: typeof LA_COUNTY_FIRST_RESPONDER) => p.steps.map((s) => s.id);
    expect(ids(v2!)).toEqual(ids(v1!));
    expect(ids(v2!)).not.toContain('cross-report-immediate');
    // Every step of version 2 is in version 3; a response of version 2 without the newer facts reads them as no.
    expect(ids(LA_COUNTY_FIRST_RESPONDER)).toEqual(expect.arrayContaining(ids(v2!)));
    const old = planSteps(v2!, facts({ opened_by: 'disclosure' }), { openedAt, completed: {} });
    expect(old.map((p) => p.stepId)).not.toContain('cross-report-law-enforcement');
  });

  it('takes by default the earliest of the recovery, the opening and the screening, never later than the call', () => {
    const screenedAt = new Date('2026-11-28T07:10:00Z');
    expect(defaultLearnedAt({ openedAt, recoveredAt, screenedAt })).toEqual(screenedAt);
    expect(defaultLearnedAt({ openedAt, recoveredAt })).toEqual(recoveredAt);
    expect(defaultLearnedAt({ openedAt, calledAt: new Date('2026-11-28T07:00:00Z') })).toEqual(
      new Date('2026-11-28T07:00:00Z'),
    );
  });

  it('starts the 72-hour and 90-day steps at the recovery where there is one, else at the opening', () => {
    const plan = planSteps(LA_COUNTY_FIRST_RESPONDER, facts(), { openedAt, recoveredAt, completed: {} });
    for (const id of ['health-evaluation', 'specialized-services', 'advocate-engagement']) {
      expect(plan.find((p) => p.stepId === id)!.startsAt, id).toEqual(recoveredAt);
    }
    const disclosed = planSteps(LA_COUNTY_FIRST_RESPONDER, facts({ opened_by: 'disclosure' }), {
      openedAt,
      completed: {},
    });
    expect(disclosed.find((p) => p.stepId === 'health-evaluation')!.startsAt).toEqual(openedAt);
  });

  it('refuses a bad definition listing every problem with where it is', () => {
    const bad = structuredClone(LA_COUNTY_FIRST_RESPONDER) as unknown as { steps: Record<string, unknown>[] };
    bad.steps[1]!.id = 'telephone-report';
    bad.steps[6]!.start = { on: 'step_completed', step: 'nowhere' };
    (bad.steps[2]!.owner as { role: string }).role = 'wizard';
    const result = parseProtocol(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['steps[2].owner.role']);
    (bad.steps[2]!.owner as { role: string }).role = 'social_worker';
    const second = parseProtocol(bad);
    if (second.ok) throw new Error('accepted');
    expect(second.errors.map((e) => e.path).sort()).toEqual(['steps[1].id', 'steps[6].start.step']);
  });
});

describe('mandated reports and SB 1322', () => {
  it('takes 19-digit referral numbers, with spaces or dashes, and nothing else', () => {
    expect(isValidReferralNumber('1234-5678-9012-3456-789')).toBe(true);
    expect(isValidReferralNumber('1234 5678 9012 3456 789')).toBe(true);
    expect(normaliseReferralNumber('1234-5678 9012-3456-789')).toBe('1234567890123456789');
    for (const wrong of ['123456789012345678', '12345678901234567890', '123456789012345678a', '']) {
      expect(isValidReferralNumber(wrong), wrong).toBe(false);
    }
  });

  it('refuses a minor’s arrest or charge for prostitution or loitering with intent, however the code is written', () => {
    for (const code of ['PC 647(b)', '647(b)', 'pc647b', 'Penal Code 647 (b)', 'PC 653.22', '653.22']) {
      expect(refusesCharge(code, 17), code).toBe(true);
      expect(refusesCharge(code, null), code).toBe(true);
    }
    expect(refusesCharge('PC 647(b)', 18)).toBe(false);
    // PC 653.22 was repealed for everyone by SB 357 (in force 1 January 2023).
    expect(refusesCharge('PC 653.22', 18)).toBe(true);
    expect(refusesCharge('PC 459', 16)).toBe(false);
    expect(refusesCharge('PC 647(f)', 16)).toBe(false);
  });
});

describe('wall-clock times in the county', () => {
  it('writes and reads a datetime-local value in the county zone, whatever the device’s zone, across DST', async () => {
    const { fromZonedInput, toZonedInput } = await import('./clock.js');
    const zone = 'America/Los_Angeles';
    expect(toZonedInput(new Date('2026-11-28T18:05:00Z'), zone)).toBe('2026-11-28T10:05');
    expect(fromZonedInput('2026-11-28T10:05', zone).toISOString()).toBe('2026-11-28T18:05:00.000Z');
    expect(fromZonedInput('2026-07-04T10:05', zone).toISOString()).toBe('2026-07-04T17:05:00.000Z');
    // 1:30 happens twice on 1 November 2026: the first (still PDT).
    expect(fromZonedInput('2026-11-01T01:30', zone).toISOString()).toBe('2026-11-01T08:30:00.000Z');
    for (const iso of [
      '2026-03-08T09:59:00Z',
      '2026-03-08T10:00:00Z',
      '2026-11-01T07:30:00Z',
      '2026-01-01T00:00:00Z',
    ]) {
      expect(fromZonedInput(toZonedInput(new Date(iso), zone), zone).toISOString()).toBe(new Date(iso).toISOString());
    }
    expect(Number.isNaN(fromZonedInput('tomorrow', zone).getTime())).toBe(true);
  });
});

describe('the hotline’s dispositions (LA County DCFS)', () => {
  it('give a referral number for Immediate, Five-Day and Evaluated Out only, and a DCFS clock for the first two', () => {
    expect(['immediate', 'five_day', 'evaluated_out'].every(dispositionGivesReferral)).toBe(true);
    expect(['information_to_csw', 'consultation', 'referred_law_enforcement', ''].some(dispositionGivesReferral)).toBe(
      false,
    );
    expect(dispositionResponseMinutes('immediate')).toBe(24 * 60);
    expect(dispositionResponseMinutes('five_day')).toBe(5 * 24 * 60);
    expect(dispositionResponseMinutes('evaluated_out')).toBeNull();
  });
});
