import { type InstrumentDefinition, SHIPPED_INSTRUMENTS, type WrittenReportField } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import type { Acting } from './acting.js';
import { AGENCIES, PEOPLE, type PersonKey } from './cast.js';
import type { Timeline } from './timeline.js';

/**
 * The demonstration county's last week, youth by youth: twelve fictional young people (their family names are the
 * placeholders English and Spanish use for "anyone": Doe, Roe, Public, Bloggs, Fulano, Mengano, Zutano, Perengano,
 * de Tal, Sutano, Nadie), the screenings, responses and reports the fictional staff made for them, each at its moment.
 * Every response stage shows: just opened with the telephone report due, steps overdue and escalated, the telephone
 * report made with the written report's 36 hours running, written reports saved and submitted, a safety step with its
 * crisis plan, an SB 1322 refusal, steps completed and steps not applicable. Each screening instrument ends at every
 * level; there is a draft, a screening of a youth nobody could name, one linked once the youth was known, and a
 * correction.
 *
 * Stories are written youth by youth; the timeline runs every action in time order.
 */

const BRIEF = instrument('harbor-cse-brief');
const STAFF = instrument('harbor-cse-indicators');

function instrument(id: string): InstrumentDefinition {
  const found = SHIPPED_INSTRUMENTS.find((i) => i.id === id && i.version === 1);
  if (!found) throw new Error(`the demonstration needs the shipped instrument ${id} v1`);
  return found;
}

/** Instruments and protocol the stories are written for (the seed checks the database runs these). */
export const DEMO_INSTRUMENTS = [BRIEF, STAFF] as const;
export const DEMO_PROTOCOL = { id: 'la-county-first-responder', version: 3 } as const;

/** Referral numbers are 19 digits (PC 11166(a), the DCFS hotline); these are all zeros but the last three. */
const referral = (n: number) => `0000-0000-0000-0000-${String(n).padStart(3, '0')}`;

/** The reporter's own lines of a written report (PC 11167(a): business address and telephone). */
function reporterLines(person: PersonKey): Partial<Record<WrittenReportField, string>> {
  const agency = AGENCIES[PEOPLE[person].agency];
  return { reporterBusinessAddress: agency.address, reporterPhone: agency.phone };
}

export function writeCounty(t: Timeline, act: Acting, people: Record<PersonKey, Actor>, now: Date): void {
  const ago = (hours: number, minutes = 0) => new Date(now.getTime() - (hours * 60 + minutes) * 60_000);
  /** A date of birth `years` and `days` before today (so the youth keep their ages whenever the seed runs). */
  const born = (years: number, days: number) => {
    const d = new Date(now);
    d.setUTCFullYear(d.getUTCFullYear() - years);
    d.setUTCDate(d.getUTCDate() - days);
    return d.toISOString().slice(0, 10);
  };
  const p = people;
  const ids = new Map<string, string>();
  const id = (name: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`${name} is not made yet`);
    return found;
  };
  const keep = (name: string) => (value: string) => {
    ids.set(name, value);
  };
  const at = (when: Date, what: string, run: () => Promise<unknown>) =>
    t.at(when, what, async () => {
      await run();
    });

  // 1. Lucía Fulano, 16: recovered by a deputy at a motel four days ago. Every step of the protocol shows: the
  // on-scene partners within 90 minutes (health not applicable), the safety step and its crisis plan, the reports
  // made and submitted, the cross-reports, health and services done; the MDT and the advocate's 90 days run on.
  at(ago(101, 10), 'Lucía Fulano: record', () =>
    act
      .createYouth(p.deputy, {
        legalName: { given: 'Lucía', family: 'Fulano' },
        namesUsed: ['Lulú'],
        dateOfBirth: born(16, 80),
        genderIdentity: 'girl',
        pronouns: 'she/her',
        preferredLanguage: 'es',
      })
      .then(keep('lucia')),
  );
  at(ago(101, 8), 'Lucía Fulano: response', () =>
    act
      .open(p.deputy, { openedBy: 'recovery', youthId: id('lucia'), recoveredAt: ago(101, 30).toISOString() })
      .then(keep('luciaResponse')),
  );
  at(ago(101, 6), 'Lucía Fulano: care team', () =>
    act.addToTeam(
      p.deputy,
      id('lucia'),
      [p.socialWorker, p.advocate, p.clinician, p.healthProvider, p.courtLiaison],
      'protocol_response',
    ),
  );
  at(ago(101, 0), 'Lucía Fulano: telephone report', () =>
    act.telephoneReport(p.deputy, id('luciaResponse'), {
      calledAt: ago(101, 2),
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Hotline worker J. Ortega',
      referralNumber: referral(101),
      responseCategory: 'immediate',
    }),
  );
  at(ago(100, 50), 'Lucía Fulano: safety step', () =>
    act.openCrisis(p.deputy, id('luciaResponse'), 'Said in the car that she did not want to be alive any more'),
  );
  at(ago(100, 35), 'Lucía Fulano: advocate on scene', () =>
    act.complete(p.advocate, id('luciaResponse'), 'advocate-on-scene', {
      completedAt: ago(100, 40),
      note: 'Met Lucía at the station and stayed with her through the interviews.',
    }),
  );
  // A deputy does not see (or write) where a youth lives and whom to call: child welfare fills that in.
  at(ago(100, 32), 'Lucía Fulano: placement and contacts', () =>
    act.updateYouth(p.socialWorker, id('lucia'), {
      placement: { kind: 'shelter', detail: 'Emergency shelter bed (address withheld)' },
      contacts: [
        { name: 'Rosa Fulano', relationship: 'mother', phone: '(555) 555-0142', address: '12 Placeholder Lane' },
      ],
      identifiers: [{ kind: 'dcfs_case', value: 'DEMO-CFS-000101', agencyId: p.socialWorker.agencyId }],
    }),
  );
  at(ago(100, 30), 'Lucía Fulano: social worker on scene', () =>
    act.complete(p.socialWorker, id('luciaResponse'), 'child-welfare-on-scene', {
      completedAt: ago(100, 35),
      note: 'Emergency shelter bed arranged; her mother was told where she is.',
    }),
  );
  at(ago(100, 25), 'Lucía Fulano: clinician on scene', () =>
    act.complete(p.clinician, id('luciaResponse'), 'mental-health-on-scene', {
      completedAt: ago(100, 30),
      note: 'Safety assessment on scene; she agreed to the crisis plan.',
    }),
  );
  at(ago(100, 20), 'Lucía Fulano: health on scene', () =>
    act.notApplicable(
      p.healthProvider,
      id('luciaResponse'),
      'health-on-scene',
      'She was taken straight to the medical hub, where our team saw her.',
    ),
  );
  at(ago(100, 0), 'Lucía Fulano: crisis plan', () =>
    act.saveCrisisPlan(p.clinician, id('luciaResponse'), {
      warningSigns: 'Goes quiet, stops eating, asks for her phone back',
      copingSteps: 'Drawing, music with headphones, a walk with staff',
      safePeople: 'Her aunt Inés Fulano (555) 555-0143; shelter night staff',
      safePlace: 'The shelter’s quiet room',
      professionals: '988 Suicide & Crisis Lifeline; ACCESS Helpline (800) 854-7771; Renata Solís (555) 555-0110',
      meansSafety: 'Staff keep her medication; no belts or laces in her room for now',
    }),
  );
  at(ago(99, 0), 'Lucía Fulano: staff screening', () =>
    act.screen(p.clinician, STAFF, {
      youthId: id('lucia'),
      given: {
        runaway: 'yes',
        'runaway-count': 4,
        'sexual-abuse': 'yes',
        'child-welfare': 'yes',
        'older-partner': 'clear',
        'meeting-place': ['online'],
        gifts: 'clear',
        phones: 'possible',
        exchange: 'clear',
        'money-taken': 'clear',
        travel: 'clear',
        'trade-language': 'possible',
        markings: 'possible',
        'basic-needs': 'possible',
        'suicide-self-harm': 'yes',
        depression: 'clear',
        'trauma-bond': 'clear',
        guilt: 'possible',
        observations: 'Calls the man who drove her “my boyfriend”; he kept her phone and ID.',
      },
      expect: 'clear',
    }),
  );
  at(ago(96, 0), 'Lucía Fulano: written report saved', () =>
    act.writtenReport(p.deputy, id('luciaResponse'), {
      fields: {
        ...reporterLines('deputy'),
        childPresentLocation: 'Emergency shelter (address withheld)',
        suspicionBasis: 'Found at a motel with an adult man who had her phone and ID; she said she was paid.',
        suspicionSource: 'Recovery by the reporting deputy; what the youth said on scene.',
      },
    }),
  );
  at(ago(84, 0), 'Lucía Fulano: written report submitted', () =>
    act.writtenReport(p.deputy, id('luciaResponse'), {
      fields: { childSchool: 'Demo County Continuation High School, grade 10' },
      submittedAt: ago(84, 5),
    }),
  );
  at(ago(83, 50), 'Lucía Fulano: cross-report to child welfare', () =>
    act.complete(p.deputy, id('luciaResponse'), 'cross-report-child-welfare', {
      note: 'Written cross-report sent to Children and Family Services.',
    }),
  );
  at(ago(83, 45), 'Lucía Fulano: cross-report to the district attorney', () =>
    act.complete(p.deputy, id('luciaResponse'), 'cross-report-district-attorney', {
      note: 'Written cross-report sent to the district attorney’s office.',
    }),
  );
  // PC 11166(k): the deputy told child welfare and the district attorney at once, before the written cross-reports.
  at(ago(100, 55), 'Lucía Fulano: immediate cross-report', () =>
    act.complete(p.deputy, id('luciaResponse'), 'cross-report-immediate', {
      note: 'Called Children and Family Services and the district attorney’s on-call line from the scene.',
    }),
  );
  at(ago(75, 0), 'Lucía Fulano: health evaluation', () =>
    act.complete(p.healthProvider, id('luciaResponse'), 'health-evaluation', {
      note: 'Seen at the medical hub; tests taken, follow-up visit booked for next week.',
    }),
  );
  at(ago(70, 0), 'Lucía Fulano: specialized services', () =>
    act.complete(p.socialWorker, id('luciaResponse'), 'specialized-services', {
      note: 'Placed in a specialized group home; referrals to mental health and advocacy made.',
    }),
  );
  at(ago(69, 50), 'Lucía Fulano: new placement', () =>
    act.updateYouth(p.socialWorker, id('lucia'), {
      placement: { kind: 'group_home_strtp', detail: 'Specialized group home (address on file with CFS)' },
    }),
  );

  // 2. Maya Doe, about 14: recovered by a deputy half an hour ago. The response opened minutes ago: the telephone
  // report is due now and escalates to the deputy, then her sergeant, while the evaluator looks; the on-scene
  // partners' 90 minutes run.
  at(ago(0, 9), 'Maya Doe: record', () =>
    act
      .createYouth(p.deputy2, {
        legalName: { given: 'Maya', family: 'Doe' },
        namesUsed: ['Mimi'],
        estimatedAge: 14,
        genderIdentity: 'girl',
        preferredLanguage: 'en',
      })
      .then(keep('maya')),
  );
  at(ago(0, 8), 'Maya Doe: care team', () =>
    act.addToTeam(p.deputy2, id('maya'), [p.socialWorker2, p.advocate, p.clinician], 'protocol_response'),
  );
  at(ago(0, 6), 'Maya Doe: response', () =>
    act
      .open(p.deputy2, { openedBy: 'recovery', youthId: id('maya'), recoveredAt: ago(0, 28).toISOString() })
      .then(keep('mayaResponse')),
  );
  at(ago(0, 4), 'Maya Doe: brief screening', () =>
    act.screen(p.deputy2, BRIEF, {
      youthId: id('maya'),
      given: { away: 'yes', 'controlling-adult': 'yes', exchange: 'yes' },
      expect: 'clear',
    }),
  );

  // 3. Daniela Mengano, 16: a school counsellor called the hotline two and a half days ago. The social worker made
  // the telephone report and saved the written report, but has not submitted it: 36 hours have passed, so it is
  // overdue and was escalated to her, then to her supervisor. Health and services are still within their 72 hours.
  at(ago(62, 0), 'Daniela Mengano: record', () =>
    act
      .createYouth(p.socialWorker2, {
        legalName: { given: 'Daniela', family: 'Mengano' },
        dateOfBirth: born(16, 200),
        genderIdentity: 'girl',
        pronouns: 'she/her',
        preferredLanguage: 'es',
        placement: { kind: 'home_parent', detail: 'With her father' },
        contacts: [{ name: 'Arturo Mengano', relationship: 'father', phone: '(555) 555-0153', address: null }],
      })
      .then(keep('daniela')),
  );
  at(ago(61, 58), 'Daniela Mengano: care team', () =>
    act.addToTeam(p.socialWorker2, id('daniela'), [p.advocate, p.healthProvider, p.clinician], 'protocol_response'),
  );
  at(ago(61, 50), 'Daniela Mengano: response', () =>
    act.open(p.socialWorker2, { openedBy: 'hotline_call', youthId: id('daniela') }).then(keep('danielaResponse')),
  );
  at(ago(61, 40), 'Daniela Mengano: telephone report', () =>
    act.telephoneReport(p.socialWorker2, id('danielaResponse'), {
      calledAt: ago(61, 42),
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Hotline worker M. Achebe',
      referralNumber: referral(103),
      responseCategory: 'five_day',
    }),
  );
  at(ago(40, 0), 'Daniela Mengano: written report saved', () =>
    act.writtenReport(p.socialWorker2, id('danielaResponse'), {
      fields: {
        ...reporterLines('socialWorker2'),
        childPresentLocation: 'At home with her father',
        childSchool: 'Demo County High School, grade 11',
        suspicionBasis: 'Her school counsellor saw messages from an adult offering money to meet.',
        suspicionSource: 'The school counsellor’s call; not yet confirmed with Daniela.',
      },
    }),
  );

  // 4. Jasmine Roe, about 15 (she would not give her age): recovered by a deputy yesterday. The advocate came within 90 minutes; the social
  // worker, the clinician and the health partner did not, and their steps were escalated to them and their
  // supervisors. The deputy tried to record an arrest under PC 647(b): SB 1322 refused it (a minor is never arrested
  // or charged for that). The written report's 36 hours end in a few hours.
  at(ago(31, 20), 'Jasmine Roe: record', () =>
    act
      .createYouth(p.deputy, {
        legalName: { given: 'Jasmine', family: 'Roe' },
        namesUsed: ['Jazz'],
        // She would not say how old she is: the deputy's estimate.
        estimatedAge: 15,
        genderIdentity: 'girl',
      })
      .then(keep('jasmine')),
  );
  at(ago(31, 18), 'Jasmine Roe: response', () =>
    act
      .open(p.deputy, { openedBy: 'recovery', youthId: id('jasmine'), recoveredAt: ago(31, 40).toISOString() })
      .then(keep('jasmineResponse')),
  );
  at(ago(31, 16), 'Jasmine Roe: care team', () =>
    act.addToTeam(
      p.deputy,
      id('jasmine'),
      [p.advocate, p.socialWorker, p.clinician, p.healthProvider],
      'protocol_response',
    ),
  );
  at(ago(31, 12), 'Jasmine Roe: an arrest SB 1322 refuses', () =>
    act.refusedCharge(p.deputy, id('jasmineResponse'), { kind: 'arrest', code: 'PC 647(b)' }),
  );
  at(ago(31, 10), 'Jasmine Roe: telephone report', () =>
    act.telephoneReport(p.deputy, id('jasmineResponse'), {
      calledAt: ago(31, 11),
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Hotline worker D. Lindqvist',
      referralNumber: referral(104),
      responseCategory: 'immediate',
    }),
  );
  at(ago(30, 30), 'Jasmine Roe: advocate on scene', () =>
    act.complete(p.advocate, id('jasmineResponse'), 'advocate-on-scene', {
      completedAt: ago(30, 35),
      note: 'With Jasmine at the station; she would not give her age.',
    }),
  );
  at(ago(24, 0), 'Jasmine Roe: placement', () =>
    act.updateYouth(p.socialWorker, id('jasmine'), {
      placement: { kind: 'shelter', detail: 'Youth shelter on Harborlight Street' },
    }),
  );
  at(ago(20, 0), 'Jasmine Roe: cross-report to child welfare', () =>
    act.complete(p.deputy, id('jasmineResponse'), 'cross-report-child-welfare', {
      note: 'Written cross-report sent to Children and Family Services.',
    }),
  );
  at(ago(31, 5), 'Jasmine Roe: immediate cross-report', () =>
    act.complete(p.deputy, id('jasmineResponse'), 'cross-report-immediate', {
      note: 'Called Children and Family Services and the district attorney’s on-call line.',
    }),
  );

  // 5. Sofía Zutano, 17: a clinician's staff screening came to a clear concern two days ago and opened the response.
  // Telephone and written reports made; specialized services not applicable (she already has them); the health
  // evaluation and the MDT meeting done.
  at(ago(52, 0), 'Sofía Zutano: record', () =>
    act
      .createYouth(p.clinician, {
        legalName: { given: 'Sofía', family: 'Zutano' },
        dateOfBirth: born(17, 40),
        genderIdentity: 'girl',
        pronouns: 'she/her',
        preferredLanguage: 'en',
        placement: { kind: 'relative', detail: 'With her aunt, who is her legal guardian' },
        contacts: [
          {
            name: 'Marisol Zutano',
            relationship: 'aunt and legal guardian',
            phone: '(555) 555-0164',
            address: '48 Sample Street',
          },
        ],
      })
      .then(keep('sofia')),
  );
  at(ago(51, 55), 'Sofía Zutano: care team', () =>
    act.addToTeam(p.clinician, id('sofia'), [p.socialWorker, p.healthProvider, p.advocate], 'mdt'),
  );
  at(ago(51, 0), 'Sofía Zutano: staff screening', () =>
    act
      .screen(p.clinician, STAFF, {
        youthId: id('sofia'),
        given: {
          'school-justice': 'yes',
          'older-partner': 'clear',
          'meeting-place': ['gathering-place'],
          belongings: 'clear',
          phones: 'clear',
          exchange: 'clear',
          quota: 'possible',
          anxiety: 'clear',
          'trauma-bond': 'possible',
        },
        expect: 'clear',
      })
      .then(keep('sofiaScreening')),
  );
  at(ago(50, 50), 'Sofía Zutano: response', () =>
    act.open(p.clinician, { openedBy: 'screening', screeningId: id('sofiaScreening') }).then(keep('sofiaResponse')),
  );
  at(ago(50, 40), 'Sofía Zutano: telephone report', () =>
    act.telephoneReport(p.clinician, id('sofiaResponse'), {
      calledAt: ago(50, 45),
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Hotline worker P. Mwangi',
      referralNumber: referral(105),
      responseCategory: 'five_day',
    }),
  );
  at(ago(48, 0), 'Sofía Zutano: written report saved', () =>
    act.writtenReport(p.clinician, id('sofiaResponse'), {
      fields: {
        ...reporterLines('clinician'),
        childPresentLocation: 'At home with her aunt',
        childSchool: 'Demo County High School, grade 12',
      },
    }),
  );
  at(ago(30, 0), 'Sofía Zutano: written report submitted', () =>
    act.writtenReport(p.clinician, id('sofiaResponse'), { fields: {}, submittedAt: ago(30, 0) }),
  );
  at(ago(45, 0), 'Sofía Zutano: specialized services', () =>
    act.notApplicable(
      p.socialWorker,
      id('sofiaResponse'),
      'specialized-services',
      'Already in specialized services through her aunt’s health plan; no new referral needed.',
    ),
  );
  at(ago(28, 0), 'Sofía Zutano: health evaluation', () =>
    act.complete(p.healthProvider, id('sofiaResponse'), 'health-evaluation', {
      note: 'Check-up done; no treatment needed now.',
    }),
  );
  at(ago(3, 0), 'Sofía Zutano: MDT meeting', () =>
    act.complete(p.socialWorker, id('sofiaResponse'), 'mdt-meeting', {
      note: 'Team met with Sofía and her aunt: safety plan and school support agreed.',
    }),
  );
  // PC 11166(j): child welfare's cross-report to law enforcement and the district attorney, made by the hotline.
  at(ago(50, 0), 'Sofía Zutano: cross-report to law enforcement', () =>
    act.complete(p.socialWorker, id('sofiaResponse'), 'cross-report-law-enforcement', {
      note: 'The hotline cross-reported to the Sheriff’s Department and the district attorney electronically.',
    }),
  );

  // 6. Marcus Public, 15, on probation: two screenings at possible concern this week, then a deputy recovered him this
  // morning. His probation officer was on scene, the advocate too; the social worker was late (escalated); the
  // sergeant marked the health partner's step not applicable. The written report's 36 hours run.
  at(ago(120, 0), 'Marcus Public: record', () =>
    act
      .createYouth(p.probationOfficer, {
        legalName: { given: 'Marcus', family: 'Public' },
        dateOfBirth: born(15, 120),
        genderIdentity: 'boy',
        pronouns: 'he/him',
        preferredLanguage: 'en',
        placement: { kind: 'home_parent', detail: 'With his mother' },
        contacts: [{ name: 'Dana Public', relationship: 'mother', phone: '(555) 555-0175', address: '3 Example Row' }],
        identifiers: [{ kind: 'probation', value: 'DEMO-PRB-5521', agencyId: p.probationOfficer.agencyId }],
      })
      .then(keep('marcus')),
  );
  at(ago(119, 58), 'Marcus Public: care team', async () => {
    await act.addToTeam(p.probationOfficer, id('marcus'), [p.clinician], 'mdt');
    await act.addToTeam(p.probationOfficer, id('marcus'), [p.courtLiaison], 'court_order');
  });
  at(ago(119, 0), 'Marcus Public: brief screening', () =>
    act.screen(p.probationOfficer, BRIEF, {
      youthId: id('marcus'),
      given: { away: 'yes', gifts: 'yes', online: 'unknown' },
      expect: 'possible',
    }),
  );
  at(ago(72, 0), 'Marcus Public: staff screening', () =>
    act.screen(p.clinician, STAFF, {
      youthId: id('marcus'),
      given: {
        runaway: 'yes',
        'runaway-count': 3,
        'school-justice': 'yes',
        'trouble-home': 'yes',
        gifts: 'possible',
        phones: 'possible',
        online: 'possible',
        moods: 'possible',
        observations: 'Has new shoes and a phone he will not explain; denies anyone asked anything of him.',
      },
      expect: 'possible',
    }),
  );
  at(ago(6, 30), 'Marcus Public: the deputy joins', () =>
    act.addToTeam(p.probationOfficer, id('marcus'), [p.deputy2, p.advocate, p.socialWorker2], 'protocol_response'),
  );
  at(ago(6, 25), 'Marcus Public: response', () =>
    act
      .open(p.deputy2, {
        openedBy: 'recovery',
        youthId: id('marcus'),
        recoveredAt: ago(6, 45).toISOString(),
        onProbation: true,
      })
      .then(keep('marcusResponse')),
  );
  at(ago(6, 15), 'Marcus Public: telephone report', () =>
    act.telephoneReport(p.deputy2, id('marcusResponse'), {
      calledAt: ago(6, 18),
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Hotline worker R. Castillo',
      referralNumber: referral(106),
      responseCategory: 'immediate',
    }),
  );
  at(ago(5, 40), 'Marcus Public: probation officer on scene', () =>
    act.complete(p.probationOfficer, id('marcusResponse'), 'probation-on-scene', {
      completedAt: ago(5, 45),
      note: 'Met Marcus at the station with the deputy; his mother is on her way.',
    }),
  );
  at(ago(5, 35), 'Marcus Public: advocate on scene', () =>
    act.complete(p.advocate, id('marcusResponse'), 'advocate-on-scene', { completedAt: ago(5, 40) }),
  );
  at(ago(5, 30), 'Marcus Public: clinician on scene', () =>
    act.complete(p.clinician, id('marcusResponse'), 'mental-health-on-scene', {
      completedAt: ago(5, 35),
      note: 'Calm, tired; no safety concern today.',
    }),
  );
  at(ago(5, 20), 'Marcus Public: health on scene', () =>
    act.notApplicable(
      p.sergeant,
      id('marcusResponse'),
      'health-on-scene',
      'No health partner is on call for this station at night; the 72-hour health evaluation covers it.',
    ),
  );

  // 7. Ángel Perengano, 16: told an advocate at a drop-in centre three days ago. The advocate reported by telephone
  // and in writing; services are arranged; the health evaluation is overdue and was escalated to the health provider
  // and her supervisor.
  at(ago(82, 0), 'Ángel Perengano: record', () =>
    act
      .createYouth(p.advocate, {
        legalName: { given: 'Ángel', family: 'Perengano' },
        dateOfBirth: born(16, 10),
        genderIdentity: 'nonbinary',
        pronouns: 'they/them',
        preferredLanguage: 'es',
        placement: { kind: 'relative', detail: 'With their grandmother' },
        contacts: [
          {
            name: 'Eva Perengano',
            relationship: 'grandmother and guardian',
            phone: '(555) 555-0186',
            address: '77 Nowhere Avenue',
          },
        ],
      })
      .then(keep('angel')),
  );
  at(ago(81, 58), 'Ángel Perengano: care team', async () => {
    await act.addToTeam(p.advocate, id('angel'), [p.healthProvider, p.socialWorker], 'protocol_response');
    await act.addToTeam(p.advocate, id('angel'), [p.clinician], 'consent');
  });
  at(ago(81, 50), 'Ángel Perengano: response', () =>
    act.open(p.advocate, { openedBy: 'disclosure', youthId: id('angel') }).then(keep('angelResponse')),
  );
  at(ago(81, 40), 'Ángel Perengano: telephone report', () =>
    act.telephoneReport(p.advocate, id('angelResponse'), {
      calledAt: ago(81, 42),
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Hotline worker S. Varga',
      referralNumber: referral(107),
      responseCategory: 'immediate',
    }),
  );
  at(ago(78, 0), 'Ángel Perengano: staff screening', () =>
    act.screen(p.clinician, STAFF, {
      youthId: id('angel'),
      given: {
        'trouble-home': 'yes',
        'older-partner': 'possible',
        online: 'clear',
        'exploited-friend': 'clear',
        exchange: 'clear',
        advertised: 'possible',
        depression: 'possible',
        anxiety: 'possible',
        guilt: 'clear',
      },
      expect: 'clear',
    }),
  );
  at(ago(70, 0), 'Ángel Perengano: written report saved', () =>
    act.writtenReport(p.advocate, id('angelResponse'), {
      fields: {
        ...reporterLines('advocate'),
        childPresentLocation: 'With their grandmother',
        childSchool: 'Demo County Middle College, grade 10',
        suspicionBasis: 'Ángel said an older friend arranges “dates” with adults for money.',
        suspicionSource: 'Ángel’s own words at the drop-in centre.',
      },
    }),
  );
  at(ago(60, 0), 'Ángel Perengano: written report submitted', () =>
    act.writtenReport(p.advocate, id('angelResponse'), { fields: {}, submittedAt: ago(60, 0) }),
  );
  at(ago(50, 0), 'Ángel Perengano: specialized services', () =>
    act.complete(p.socialWorker, id('angelResponse'), 'specialized-services', {
      note: 'Referred to an LGBTQ+ youth program and to weekly counselling.',
    }),
  );
  at(ago(80, 0), 'Ángel Perengano: cross-report to law enforcement', () =>
    act.complete(p.socialWorker, id('angelResponse'), 'cross-report-law-enforcement', {
      note: 'The hotline cross-reported to the police department and the district attorney electronically.',
    }),
  );

  // 8. Kiara Bloggs, 14: stopped for a curfew violation; neither screening found a concern.
  at(ago(90, 0), 'Kiara Bloggs: record', () =>
    act
      .createYouth(p.deputy, {
        legalName: { given: 'Kiara', family: 'Bloggs' },
        dateOfBirth: born(14, 150),
        genderIdentity: 'girl',
        pronouns: 'she/her',
        preferredLanguage: 'en',
      })
      .then(keep('kiara')),
  );
  at(ago(89, 50), 'Kiara Bloggs: brief screening', () =>
    act.screen(p.deputy, BRIEF, { youthId: id('kiara'), given: { away: 'yes' }, expect: 'none' }),
  );
  at(ago(89, 40), 'Kiara Bloggs: care team', () => act.addToTeam(p.deputy, id('kiara'), [p.clinician], 'consent'));
  at(ago(44, 10), 'Kiara Bloggs: placement and contacts', () =>
    act.updateYouth(p.clinician, id('kiara'), {
      placement: { kind: 'relative', detail: 'With her grandmother' },
      contacts: [
        { name: 'Hazel Bloggs', relationship: 'grandmother and guardian', phone: '(555) 555-0197', address: null },
      ],
    }),
  );
  at(ago(44, 0), 'Kiara Bloggs: staff screening', () =>
    act.screen(p.clinician, STAFF, {
      youthId: id('kiara'),
      given: { 'school-justice': 'yes', anxiety: 'possible' },
      expect: 'none',
    }),
  );

  // 9. Tomás de Tal, 13, in a group home: a brief screening at possible concern; the social worker's staff screening is
  // a draft, saved twice.
  at(ago(36, 0), 'Tomás de Tal: record', () =>
    act
      .createYouth(p.socialWorker2, {
        legalName: { given: 'Tomás', family: 'de Tal' },
        dateOfBirth: born(13, 60),
        genderIdentity: 'boy',
        pronouns: 'he/him',
        preferredLanguage: 'es',
        placement: { kind: 'group_home_strtp', detail: 'Cedar House group home' },
        identifiers: [{ kind: 'dcfs_case', value: 'DEMO-CFS-000109', agencyId: p.socialWorker2.agencyId }],
      })
      .then(keep('tomas')),
  );
  at(ago(35, 55), 'Tomás de Tal: care team', () => act.addToTeam(p.socialWorker2, id('tomas'), [p.clinician], 'mdt'));
  at(ago(35, 0), 'Tomás de Tal: brief screening', () =>
    act.screen(p.socialWorker2, BRIEF, {
      youthId: id('tomas'),
      given: { away: 'yes', online: 'yes' },
      expect: 'possible',
    }),
  );
  at(ago(2, 0), 'Tomás de Tal: staff screening begun', () =>
    act
      .screen(p.socialWorker2, STAFF, {
        youthId: id('tomas'),
        given: { runaway: 'yes', 'child-welfare': 'yes' },
        expect: 'draft',
      })
      .then(keep('tomasDraft')),
  );
  at(ago(1, 30), 'Tomás de Tal: staff screening saved', () =>
    act.saveDraft(p.socialWorker2, id('tomasDraft'), {
      runaway: 'yes',
      'runaway-count': 3,
      'child-welfare': 'yes',
      'trouble-home': 'unknown',
      online: 'possible',
    }),
  );

  // 10. Valentina Sutano, 15, in foster care: her clinician's screening came to possible concern; after Valentina
  // told her more, the clinician corrected it (clear concern), which opened the response. Telephone report made; the
  // written report's 36 hours run.
  at(ago(48, 0), 'Valentina Sutano: record', () =>
    act
      .createYouth(p.clinician, {
        legalName: { given: 'Valentina', family: 'Sutano' },
        dateOfBirth: born(15, 300),
        genderIdentity: 'girl',
        pronouns: 'she/her',
        preferredLanguage: 'en',
        placement: { kind: 'foster_home', detail: 'Resource family in the coastal region' },
        contacts: [
          { name: 'Patricia Sutano', relationship: 'mother', phone: '(555) 555-0108', address: null },
          { name: 'Helen Example', relationship: 'resource parent', phone: '(555) 555-0109', address: null },
        ],
      })
      .then(keep('valentina')),
  );
  at(ago(47, 58), 'Valentina Sutano: care team', () =>
    act.addToTeam(p.clinician, id('valentina'), [p.socialWorker, p.healthProvider, p.advocate], 'mdt'),
  );
  const valentinaFirst = {
    'child-welfare': 'yes',
    'older-partner': 'possible',
    gifts: 'possible',
    belongings: 'possible',
    phones: 'possible',
    depression: 'possible',
  } as const;
  at(ago(47, 0), 'Valentina Sutano: staff screening', () =>
    act
      .screen(p.clinician, STAFF, { youthId: id('valentina'), given: valentinaFirst, expect: 'possible' })
      .then(keep('valentinaScreening')),
  );
  at(ago(22, 0), 'Valentina Sutano: screening corrected', () =>
    act
      .correct(p.clinician, STAFF, id('valentinaScreening'), {
        given: { ...valentinaFirst, 'older-partner': 'clear', exchange: 'clear', 'money-taken': 'possible' },
        reason: 'In session today Valentina said an adult paid her for sex; answers updated.',
        expect: 'clear',
      })
      .then(keep('valentinaCorrection')),
  );
  at(ago(21, 50), 'Valentina Sutano: response', () =>
    act
      .open(p.clinician, { openedBy: 'screening', screeningId: id('valentinaCorrection') })
      .then(keep('valentinaResponse')),
  );
  at(ago(21, 40), 'Valentina Sutano: telephone report', () =>
    act.telephoneReport(p.clinician, id('valentinaResponse'), {
      calledAt: ago(21, 45),
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Hotline worker A. Okonjo',
      referralNumber: referral(110),
      responseCategory: 'immediate',
    }),
  );

  // 11. Destiny Doe, about 15: an advocate screened her at the bus station before anyone knew her name (a screening of
  // an unidentified youth is its author's alone), opened her record an hour later and linked the screening to it.
  at(ago(34, 0), 'Destiny Doe: brief screening, name not known', () =>
    act
      .screen(p.advocate, BRIEF, {
        youthId: null,
        given: { away: 'yes', 'controlling-adult': 'unknown', markings: 'yes' },
        expect: 'possible',
      })
      .then(keep('destinyScreening')),
  );
  at(ago(33, 0), 'Destiny Doe: record', () =>
    act
      .createYouth(p.advocate, {
        legalName: { given: 'Destiny', family: 'Doe' },
        namesUsed: ['Dee'],
        estimatedAge: 15,
        genderIdentity: 'girl',
        preferredLanguage: 'en',
        placement: { kind: 'shelter', detail: 'Youth shelter on Harborlight Street' },
      })
      .then(keep('destiny')),
  );
  at(ago(32, 55), 'Destiny Doe: screening linked', () => act.link(p.advocate, id('destinyScreening'), id('destiny')));
  at(ago(32, 50), 'Destiny Doe: care team', () => act.addToTeam(p.advocate, id('destiny'), [p.socialWorker2], 'mdt'));

  // 12. Noemí Nadie, 15, in DREAM court (dependency) and foster care: a screening at possible concern last week; an
  // emergency physician who is not on her team opened her record by break-glass last night (60 minutes, audited,
  // shown to the supervisors of the agencies on her team).
  at(ago(140, 0), 'Noemí Nadie: record', () =>
    act
      .createYouth(p.socialWorker, {
        legalName: { given: 'Noemí', family: 'Nadie' },
        dateOfBirth: born(15, 20),
        genderIdentity: 'girl',
        pronouns: 'she/her',
        preferredLanguage: 'en',
        placement: { kind: 'foster_home', detail: 'Resource family, inland region' },
        contacts: [
          {
            name: 'Beatriz Nadie',
            relationship: 'mother (reunification services)',
            phone: '(555) 555-0131',
            address: null,
          },
        ],
        identifiers: [
          { kind: 'dcfs_case', value: 'DEMO-CFS-000112', agencyId: p.socialWorker.agencyId },
          { kind: 'court', value: 'DEMO-JV-2026-0417', agencyId: p.courtLiaison.agencyId },
        ],
      })
      .then(keep('noemi')),
  );
  at(ago(139, 58), 'Noemí Nadie: care team', async () => {
    await act.addToTeam(p.socialWorker, id('noemi'), [p.courtLiaison], 'court_order');
    await act.addToTeam(p.socialWorker, id('noemi'), [p.clinician], 'mdt');
  });
  at(ago(138, 0), 'Noemí Nadie: staff screening', () =>
    act.screen(p.clinician, STAFF, {
      youthId: id('noemi'),
      given: {
        runaway: 'yes',
        'runaway-count': 1,
        'child-welfare': 'yes',
        'trouble-home': 'yes',
        online: 'possible',
        'exploited-friend': 'possible',
        markings: 'possible',
        injuries: 'clear',
        'basic-needs': 'possible',
      },
      expect: 'possible',
    }),
  );
  at(ago(26, 0), 'Noemí Nadie: break-glass in the emergency room', () =>
    act.breakGlass(
      p.erPhysician,
      id('noemi'),
      'Brought to the emergency room overnight after a fall; her care team could not be reached.',
    ),
  );

  // And one brief screening of a youth who left before giving a name: it stays unlinked, the deputy's alone.
  at(ago(7, 0), 'A youth who gave no name: brief screening', () =>
    act.screen(p.deputy2, BRIEF, {
      youthId: null,
      given: { away: 'yes', gifts: 'yes', online: 'yes' },
      expect: 'possible',
    }),
  );
}
