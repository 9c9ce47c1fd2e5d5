import { describe, expect, it } from 'vitest';
import { visibleFieldClasses } from '../access/fields.js';
import { catalogs } from '../i18n/catalog.js';
import {
  addDays,
  caseloadLines,
  checkCourtBasis,
  checkEnd,
  checkEnrollment,
  checkProgram,
  courtLiaisonClasses,
  DREAM_PROGRAM,
  isLastPhase,
  isReportOverdue,
  lastSanctionAt,
  nextCadenceHearing,
  nextPhase,
  progressReportDueOn,
  reportSectionsFor,
  STAR_PROGRAM,
  unmetAdvanceRules,
} from './index.js';

const now = new Date('2026-12-02T12:00:00Z');
const weeksAgo = (w: number) => new Date(now.getTime() - w * 7 * 24 * 3600_000);

describe('court programs', () => {
  it('ships STAR (weekly, cap 25, offered at disposition) and DREAM (dependency, modelled on STAR)', () => {
    expect(STAR_PROGRAM).toMatchObject({ court: 'delinquency', hearingCadenceDays: 7, caseloadCap: 25 });
    expect(STAR_PROGRAM.offeredAt).toBe('disposition');
    expect(DREAM_PROGRAM.court).toBe('dependency');
    expect(checkProgram(STAR_PROGRAM)).toBeNull();
    expect(checkProgram(DREAM_PROGRAM)).toBeNull();
  });

  it('refuses a county definition without phases, with a phase twice or a zero cap', () => {
    expect(checkProgram({ ...STAR_PROGRAM, phases: [] })).toBe('court.program.noPhases');
    const phase = STAR_PROGRAM.phases[0]!;
    expect(checkProgram({ ...STAR_PROGRAM, phases: [phase, phase] })).toBe('court.program.duplicatePhase');
    expect(checkProgram({ ...STAR_PROGRAM, caseloadCap: 0 })).toBe('court.program.badNumber');
  });

  it('walks the phases to the last one', () => {
    expect(nextPhase(STAR_PROGRAM, 'engagement')?.id).toBe('stability');
    expect(nextPhase(STAR_PROGRAM, 'transition')).toBeNull();
    expect(isLastPhase(STAR_PROGRAM, 'transition')).toBe(true);
    expect(isLastPhase(STAR_PROGRAM, 'growth')).toBe(false);
  });

  it('names the phase rules not met yet', () => {
    const phase = STAR_PROGRAM.phases[0]!;
    const met = { enteredPhaseAt: weeksAgo(5), hearingsAttendedInPhase: 4, lastSanctionAt: weeksAgo(3), now };
    expect(unmetAdvanceRules(phase, met)).toEqual([]);
    expect(unmetAdvanceRules(phase, { ...met, lastSanctionAt: null })).toEqual([]);
    expect(unmetAdvanceRules(phase, { ...met, enteredPhaseAt: weeksAgo(3), hearingsAttendedInPhase: 3 })).toEqual([
      { kind: 'min_weeks', weeks: 4 },
      { kind: 'hearings_attended', count: 4 },
    ]);
    expect(unmetAdvanceRules(phase, { ...met, lastSanctionAt: weeksAgo(1) })).toEqual([
      { kind: 'no_sanction_weeks', weeks: 2 },
    ]);
  });
});

describe('enrollment', () => {
  it('is voluntary, offered at disposition for STAR, once at a time', () => {
    expect(checkEnrollment(STAR_PROGRAM, { youthAgreed: false, offeredAtDisposition: true }, false)).toBe(
      'court.enroll.notVoluntary',
    );
    expect(checkEnrollment(STAR_PROGRAM, { youthAgreed: true, offeredAtDisposition: false }, false)).toBe(
      'court.enroll.notAtDisposition',
    );
    expect(checkEnrollment(DREAM_PROGRAM, { youthAgreed: true, offeredAtDisposition: false }, false)).toBeNull();
    expect(checkEnrollment(STAR_PROGRAM, { youthAgreed: true, offeredAtDisposition: true }, true)).toBe(
      'court.enroll.alreadyEnrolled',
    );
  });

  it('ends by graduation from the last phase, or an exit with its reason', () => {
    expect(checkEnd('active', true, { graduated: true })).toBeNull();
    expect(checkEnd('active', false, { graduated: true })).toBe('court.graduate.notLastPhase');
    expect(checkEnd('active', false, { graduated: false, reason: 'youth_withdrew' })).toBeNull();
    expect(checkEnd('active', false, { graduated: false, reason: 'other', note: ' ' })).toBe(
      'court.exit.reasonNoteRequired',
    );
    expect(checkEnd('graduated', true, { graduated: true })).toBe('court.exit.notActive');
  });
});

describe('hearings and reports', () => {
  it('schedules STAR weekly and none for a program without cadence', () => {
    expect(nextCadenceHearing(STAR_PROGRAM, '2026-12-30')).toBe('2027-01-06');
    expect(nextCadenceHearing(DREAM_PROGRAM, '2026-12-30')).toBeNull();
    expect(() => addDays('30/12/2026', 1)).toThrow(RangeError);
  });

  it('makes each report due the program’s number of days before the hearing', () => {
    expect(progressReportDueOn({ reportDueDaysBefore: 2 }, '2027-03-01')).toBe('2027-02-27');
    expect(isReportOverdue('2027-02-27', '2027-02-27')).toBe(false);
    expect(isReportOverdue('2027-02-27', '2027-02-28')).toBe(true);
  });

  it('finds the last sanction of the response log', () => {
    expect(lastSanctionAt([{ kind: 'incentive', occurredOn: '2026-11-01' }])).toBeNull();
    expect(
      lastSanctionAt([
        { kind: 'sanction', occurredOn: '2026-11-20' },
        { kind: 'sanction', occurredOn: '2026-10-01' },
        { kind: 'incentive', occurredOn: '2026-11-28' },
      ]),
    ).toEqual(new Date('2026-11-20T00:00:00Z'));
  });
});

describe('caseloads', () => {
  it('shows the cap and who is over it (25 is allowed, 26 is over)', () => {
    const lines = caseloadLines(
      new Map([
        ['po-a', 25],
        ['po-b', 27],
        ['po-c', 3],
      ]),
      STAR_PROGRAM.caseloadCap,
    );
    expect(lines.map((l) => [l.officerId, l.over, l.overBy, l.remaining])).toEqual([
      ['po-b', true, 2, 0],
      ['po-a', false, 0, 0],
      ['po-c', false, 0, 22],
    ]);
    expect(caseloadLines(new Map([['po-a', 40]]), null)[0]).toMatchObject({ over: false, remaining: null });
  });
});

describe('what the court receives', () => {
  const viewer = (role: string, agencyKind: string) => ({
    userId: 'u',
    role,
    agencyId: 'a',
    agencyKind,
    permissions: new Set(['youth.read', 'clinical_notes.read'] as const),
  });

  it('a court liaison sees the court-relevant classes only', () => {
    const liaison = visibleFieldClasses(viewer('court_liaison', 'court'), 'care_team');
    expect([...courtLiaisonClasses(liaison)]).toEqual(['identity', 'protocol']);
    expect([...courtLiaisonClasses(new Set(['identity']))]).toEqual(['identity']);
  });

  it('sends only the sections the basis allows and the author may read', () => {
    const clinician = visibleFieldClasses(viewer('clinician', 'mental_health'), 'care_team');
    expect(reportSectionsFor('mental_health', 'wic_827', clinician).map((s) => s.id)).toEqual(['attendance']);
    expect(reportSectionsFor('mental_health', 'youth_consent', clinician).map((s) => s.id)).toEqual([
      'attendance',
      'treatment_progress',
    ]);
    const worker = visibleFieldClasses(viewer('social_worker', 'child_welfare'), 'care_team');
    expect(reportSectionsFor('child_welfare', 'wic_827', worker).map((s) => s.id)).toEqual(['services']);
    expect(reportSectionsFor('child_welfare', 'court_order', worker).map((s) => s.id)).toEqual([
      'placement',
      'services',
    ]);
    expect(reportSectionsFor('mental_health', 'override', clinician)).toEqual([]);
    expect(reportSectionsFor('sheriff', 'wic_827', clinician)).toEqual([]);
  });

  it('refuses an override, consent without whose, and an MDT share outside its window', () => {
    expect(checkCourtBasis({ basis: 'override', overrideReason: 'x' }, now)).toBe('court.basis.overrideNotAllowed');
    expect(checkCourtBasis({ basis: 'youth_consent' }, now)).toBe('court.basis.consentRequired');
    expect(checkCourtBasis({ basis: 'youth_consent', consentBy: 'The youth' }, now)).toBeNull();
    expect(checkCourtBasis({ basis: 'mdt_18961_7', mdtReportedAt: weeksAgo(5) }, now)).toBe(
      'referral.basis.mdtOutsideWindow',
    );
    expect(checkCourtBasis({ basis: 'wic_827' }, now)).toBeNull();
  });

  it('has every refusal and word in both languages', () => {
    for (const key of [
      'court.basis.overrideNotAllowed',
      'court.enroll.notAtDisposition',
      ...STAR_PROGRAM.phases.flatMap((p) => p.advanceWhen.map((r) => `court.rule.${r.kind}`)),
      ...reportSectionsFor('probation', 'wic_827', new Set(['protocol'])).map((s) => `court.report.section.${s.id}`),
    ]) {
      expect(catalogs.en[key], key).toBeTruthy();
      expect(catalogs.es[key], key).toBeTruthy();
    }
  });
});
