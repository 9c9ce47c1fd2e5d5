import { randomUUID } from 'node:crypto';
import { type Role, SHIPPED_INSTRUMENTS, WRITTEN_REPORT_FIELDS } from '@harbor/core';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { Keyring } from '../crypto/keys.js';
import { addTestService } from '../features/referral/test-service.js';
import { createAgency } from '../identity/accounts.js';
import { encryptTotpSecret } from '../identity/totp.js';
import { answersFor } from './answers.js';
import type { TestApp } from './app.js';
import { type SignedInUser, signedInUser } from './users.js';

/**
 * A county with one youth whose records hold a value of every kind Harbor keeps, made through the API as people
 * would: a record with contacts and placement, a staff screening with clinical and protocol answers, a recovery
 * response with the telephone report, the written report, the safety step and its plan, a clinical step note and a
 * protocol step note, a hotline call about a youth not identified yet, and a break-glass visit with its review. The
 * wall tests read it back role by role.
 */

export const STAFF = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'staff')!;

/** Values only certain readers may see, each a string a leak would show verbatim. */
export const SECRET = {
  given: 'Yesenia',
  family: 'Quintanilla',
  alias: 'Lucecita',
  dateOfBirth: '2011-05-17',
  placementDetail: 'Casa Esperanza, 12 Alta Loma',
  parentName: 'Graciela Quintanilla',
  parentPhone: '310 555 0147',
  observation: 'Said the boyfriend keeps her phone at night',
  worker: 'Hotline Worker Obregon',
  referral: '0123-4567-8901-2345-678',
  healthNote: 'STI test positive, treated',
  protocolNote: 'Child welfare met the youth at the station',
  crisisReason: 'Talked about ending her life on the ride',
  safePeople: 'Aunt Rosario 323 555 0188',
  reportIncident: 'Found at a motel on Figueroa with an adult male',
  caseNumber: 'DCFS-2026-884213',
  reviewNote: 'Not on shift that night; ask the ER charge nurse who called her',
  safeContact: 'Tía Marisol 818 555 0163',
  referralReason: 'Needs a bed tonight and a Spanish-speaking advocate',
  mdtNote: 'Nightmares since the motel, trauma therapy started',
  goal: 'Wants to finish tenth grade and see her little brother',
} as const;

/** How a line (a deadline, a notification, a list of responses) names the youth: identity, like the name itself. */
export const INITIALS = 'Y. Q.';

/** Strings that must never reach someone without the class: by class. */
export const SECRETS_BY_CLASS = {
  identity: [SECRET.given, SECRET.family, SECRET.alias, SECRET.dateOfBirth, SECRET.caseNumber],
  contact: [SECRET.placementDetail, SECRET.parentName, SECRET.parentPhone, SECRET.safeContact],
  clinical: [SECRET.observation, SECRET.healthNote, SECRET.mdtNote, SECRET.goal],
  safety: [SECRET.safePeople, SECRET.crisisReason],
  mandated_report: [SECRET.worker, SECRET.referral, SECRET.reportIncident],
} as const;

export type Person =
  | 'clinician'
  | 'dmhSupervisor'
  | 'socialWorker'
  | 'cwSupervisor'
  | 'deputy'
  | 'deputy2'
  | 'sheriffSupervisor'
  | 'advocate'
  | 'healthProvider'
  | 'liaison'
  | 'visitor'
  | 'outsider'
  | 'receiver'
  | 'admin';

export interface World {
  h: TestApp;
  people: Record<Person, SignedInUser>;
  agencies: Record<'dmh' | 'dcfs' | 'sheriff' | 'advocacy' | 'health' | 'court' | 'shelter', string>;
  youthId: string;
  screeningId: string;
  responseId: string;
  /** A referral to the shelter, sent (with a supervisor's eligibility override) and accepted: the receiver reads it. */
  referralId: string;
  /** The visitor's break-glass grant, which the DMH supervisor has reviewed (with a note). */
  grantId: string;
  /** Child welfare's progress report to the STAR court (signed and sent). */
  courtReportId: string;
  /**
   * An MDT meeting chaired by the clinician with the youth on its roster (a clinical note, a decision, an agenda item,
   * an action item, a disclosure to the outsider under W&I 827, signed minutes with addenda); attendees on and off
   * the care team, and the shelter's receiver, whose referral does not open the roster.
   */
  meetingId: string;
  call(who: Person, method: string, url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

/** Builds the world on a test app; every step must succeed. */
export async function buildWorld(h: TestApp): Promise<World> {
  const db = h.t.database.db;
  const agency = async (name: string, kind: Parameters<typeof createAgency>[1]['kind']) =>
    (await createAgency(db, { name, kind })).id;
  const agencies = {
    dmh: await agency('DMH', 'mental_health'),
    dcfs: await agency('DCFS', 'child_welfare'),
    sheriff: await agency('Sheriff', 'sheriff'),
    advocacy: await agency('Survivor Advocates', 'advocacy'),
    health: await agency('County Health', 'health'),
    court: await agency('Juvenile Court', 'court'),
    shelter: await agency('Youth Shelter', 'other'),
  };
  const cast: [Person, keyof typeof agencies, Role][] = [
    ['clinician', 'dmh', 'clinician'],
    ['dmhSupervisor', 'dmh', 'supervisor'],
    ['socialWorker', 'dcfs', 'social_worker'],
    ['cwSupervisor', 'dcfs', 'supervisor'],
    ['deputy', 'sheriff', 'law_enforcement'],
    ['deputy2', 'sheriff', 'law_enforcement'],
    ['sheriffSupervisor', 'sheriff', 'supervisor'],
    ['advocate', 'advocacy', 'advocate'],
    ['healthProvider', 'health', 'health_provider'],
    ['liaison', 'court', 'court_liaison'],
    ['visitor', 'dmh', 'clinician'],
    ['outsider', 'dcfs', 'social_worker'],
    ['receiver', 'shelter', 'advocate'],
    ['admin', 'dmh', 'admin'],
  ];
  const people = {} as Record<Person, SignedInUser>;
  for (const [name, at, role] of cast) people[name] = await signedInUser(h, agencies[at], role, `world-${name}`);
  // One enrolled authenticator, so the world holds an encrypted TOTP secret too.
  await db
    .updateTable('app_user')
    .set({
      totp_secret: encryptTotpSecret(Keyring.fromConfig(h.config), 'JBSWY3DPEHPK3PXP', people.clinician.user.id),
    })
    .where('id', '=', people.clinician.user.id)
    .execute();

  const call: World['call'] = (who, method, url, payload) =>
    h.app.inject({
      method: method as 'GET',
      url,
      headers: { ...people[who].headers, 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const ok = async (res: Promise<LightMyRequestResponse>, status = 200) => {
    const done = await res;
    expect(done.statusCode, `${done.body}`).toBe(status);
    return done.body ? done.json() : null;
  };

  const youth = await ok(
    call('clinician', 'POST', '/api/v1/youth', {
      legalName: { given: SECRET.given, family: SECRET.family },
      namesUsed: [SECRET.alias],
      dateOfBirth: SECRET.dateOfBirth,
      genderIdentity: 'girl',
      pronouns: 'she/her',
      preferredLanguage: 'es',
      placement: { kind: 'shelter', detail: SECRET.placementDetail },
      contacts: [{ name: SECRET.parentName, relationship: 'mother', phone: SECRET.parentPhone, address: null }],
      identifiers: [{ kind: 'dcfs_case', value: SECRET.caseNumber, agencyId: agencies.dcfs }],
    }),
    201,
  );
  const youthId = youth.id as string;
  for (const member of ['socialWorker', 'deputy', 'deputy2', 'advocate', 'healthProvider', 'liaison'] as const) {
    await ok(
      call('clinician', 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: people[member].user.id,
        basis: 'protocol_response',
      }),
      201,
    );
  }

  // The clinician's staff screening: clinical answers (suicide and self-harm, sexual health, the observations).
  const screening = await ok(
    call('clinician', 'POST', '/api/v1/screenings', {
      instrumentId: STAFF.id,
      instrumentVersion: STAFF.version,
      youthId,
      answers: answersFor(STAFF, {
        exchange: 'clear',
        'suicide-self-harm': 'yes',
        'sexual-health': 'clear',
        runaway: 'yes',
        observations: SECRET.observation,
      }),
      complete: true,
      idempotencyKey: randomUUID(),
    }),
    201,
  );

  // An earlier brief screening the clinician corrected (its reason is encrypted).
  const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief')!;
  const earlier = await ok(
    call('clinician', 'POST', '/api/v1/screenings', {
      instrumentId: brief.id,
      instrumentVersion: brief.version,
      youthId,
      answers: answersFor(brief),
      complete: true,
      idempotencyKey: randomUUID(),
    }),
    201,
  );
  await ok(
    call('clinician', 'POST', `/api/v1/screenings/${earlier.id}/corrections`, {
      answers: answersFor(brief),
      reason: 'The youth told the clinician more at the second session.',
      idempotencyKey: randomUUID(),
    }),
    201,
  );

  // The deputy recovers the youth, calls the hotline and writes the SS 8572.
  const opened = await ok(
    call('deputy', 'POST', '/api/v1/responses', { openedBy: 'recovery', youthId, onProbation: false }),
    201,
  );
  const responseId = opened.id as string;
  await ok(
    call('deputy', 'POST', `/api/v1/responses/${responseId}/telephone-report`, {
      calledAt: new Date(Date.now() - 60_000).toISOString(),
      hotline: 'dcfs_child_protection_hotline',
      workerName: SECRET.worker,
      referralNumber: SECRET.referral,
      responseCategory: 'immediate',
    }),
    201,
  );
  const prefill = await ok(call('deputy', 'GET', `/api/v1/responses/${responseId}/written-report`));
  const fields = Object.fromEntries(WRITTEN_REPORT_FIELDS.map((f) => [f, prefill.fields[f] ?? '']));
  await ok(
    call('deputy', 'PUT', `/api/v1/responses/${responseId}/written-report`, {
      version: 0,
      fields: { ...fields, incident: SECRET.reportIncident, reporterBusinessAddress: '1 Sheriff Way' },
    }),
  );
  // An earlier arrest (not one SB 1322 forbids, so nobody is alerted): every encrypted column of earlier_arrest.
  await ok(
    call('deputy', 'POST', `/api/v1/responses/${responseId}/earlier-arrests`, {
      kind: 'arrest',
      code: 'PC 459',
      occurredOn: '2025-08-14',
      agency: 'LAPD Harbor Division',
      disposition: 'Released to a parent',
    }),
    201,
  );
  await ok(call('deputy', 'POST', `/api/v1/responses/${responseId}/crisis`, { reason: SECRET.crisisReason }), 204);
  let response = await ok(call('clinician', 'GET', `/api/v1/responses/${responseId}`));
  await ok(
    call('clinician', 'PUT', `/api/v1/responses/${responseId}/crisis-plan`, {
      version: response.version,
      plan: {
        warningSigns: 'Goes quiet, stops eating',
        copingSteps: 'Music, a walk with staff',
        safePeople: SECRET.safePeople,
        safePlace: 'The shelter common room',
        professionals: 'ACCESS Helpline (800) 854-7771; 988',
        meansSafety: 'Staff keep medication',
      },
    }),
    204,
  );
  response = await ok(call('healthProvider', 'GET', `/api/v1/responses/${responseId}`));
  const step = (id: string) => response.steps.find((s: { stepId: string }) => s.stepId === id);
  await ok(
    call('healthProvider', 'POST', `/api/v1/responses/${responseId}/steps/health-evaluation/complete`, {
      version: step('health-evaluation').version,
      note: SECRET.healthNote,
    }),
    204,
  );
  await ok(
    call('socialWorker', 'POST', `/api/v1/responses/${responseId}/steps/child-welfare-on-scene/complete`, {
      version: step('child-welfare-on-scene').version,
      note: SECRET.protocolNote,
    }),
    204,
  );
  // A STAR enrollment: a hearing, the response log (protocol and clinical), a phase the court ordered, an exit.
  const star = await ok(
    call('socialWorker', 'POST', `/api/v1/youth/${youthId}/court-enrollments`, {
      programId: 'star',
      enrolledOn: '2026-11-02',
      youthAgreed: true,
      offeredAtDisposition: true,
    }),
    201,
  );
  const hearing = await ok(
    call('socialWorker', 'POST', `/api/v1/court-enrollments/${star.id}/hearings`, {
      hearingOn: '2026-11-04',
      department: 'Dept. 260',
      type: 'review',
    }),
    201,
  );
  await ok(
    call('socialWorker', 'PUT', `/api/v1/court-hearings/${hearing.id}`, {
      version: 1,
      appeared: ['youth', 'social_worker'],
      outcome: 'continued',
    }),
  );
  for (const [who, fieldClass] of [
    ['socialWorker', 'protocol'],
    ['clinician', 'clinical'],
  ] as const) {
    await ok(
      call(who, 'POST', `/api/v1/court-enrollments/${star.id}/responses`, {
        kind: fieldClass === 'clinical' ? 'service_change' : 'incentive',
        occurredOn: '2026-11-04',
        behaviour: `Court behaviour (${fieldClass})`,
        response: `Court response (${fieldClass})`,
        teamDecision: `Court team decision (${fieldClass})`,
        fieldClass,
      }),
      201,
    );
  }
  const report = await ok(
    call('socialWorker', 'POST', `/api/v1/court-hearings/${hearing.id}/progress-reports`, {
      locale: 'en',
      basis: { basis: 'wic_827' },
    }),
    201,
  );
  await ok(
    call('socialWorker', 'PUT', `/api/v1/court-progress-reports/${report.id}`, {
      version: 1,
      sections: { services: 'Weekly visits with the social worker' },
    }),
    204,
  );
  for (const [step, version] of [
    ['sign', 2],
    ['send', 3],
  ] as const) {
    await ok(call('socialWorker', 'POST', `/api/v1/court-progress-reports/${report.id}/${step}`, { version }), 204);
  }
  await ok(
    call('socialWorker', 'POST', `/api/v1/court-enrollments/${star.id}/advance`, {
      version: 1,
      teamDecision: 'The court ordered the next phase',
      courtOrdered: true,
    }),
    204,
  );
  await ok(
    call('socialWorker', 'POST', `/api/v1/court-enrollments/${star.id}/end`, {
      version: 2,
      endedOn: '2026-11-20',
      graduated: false,
      reason: 'other',
      note: 'Moved in with an aunt in another state',
    }),
    204,
  );
  // A hotline call about a youth not identified yet: its lines name who opened it, not a youth.
  await ok(call('deputy2', 'POST', '/api/v1/responses', { openedBy: 'hotline_call', onProbation: false }), 201);
  const grant = await ok(
    call('visitor', 'POST', `/api/v1/youth/${youthId}/break-glass`, {
      reason: 'Youth brought to the emergency room at night, team unreachable',
    }),
    201,
  );
  await ok(
    call('dmhSupervisor', 'PUT', `/api/v1/break-glass/${grant.id}/review`, {
      version: 0,
      disposition: 'follow_up',
      note: SECRET.reviewNote,
    }),
  );
  // A referral to the shelter, not on the care team: it shares contact and screenings (their clinical answers too, which
  // an advocate's role never opens) while open. The youth (15) is
  // older than the service takes: the DMH supervisor sends it anyway, with the reason; the shelter accepts it.
  const serviceId = await addTestService(db, {
    agencyId: agencies.shelter,
    name: 'Emergency youth beds',
    maximumAge: 14,
  });
  const referral = await ok(
    call('clinician', 'POST', '/api/v1/referrals', {
      youthId,
      serviceId,
      reason: SECRET.referralReason,
      urgency: 'emergency',
      basis: { basis: 'override', overrideReason: 'Imminent danger tonight' },
      sections: ['contact', 'screenings', 'screening_clinical'],
      contact: {
        doNotContactYouthDirectly: true,
        safeContact: { name: SECRET.safeContact, relationship: 'aunt', phone: '818 555 0163' },
        note: 'Never call her own phone',
      },
    }),
    201,
  );
  await ok(
    call('dmhSupervisor', 'POST', `/api/v1/referrals/${referral.id}/send`, {
      version: referral.version,
      eligibilityOverride: 'Turned 15 last spring; the shelter takes her age in an emergency',
    }),
    204,
  );
  await ok(
    call('receiver', 'POST', `/api/v1/referrals/${referral.id}/accept`, {
      version: referral.version + 1,
      note: 'Bed 4 held for her',
    }),
    204,
  );
  const meeting = await ok(
    call('clinician', 'POST', '/api/v1/mdt/meetings', {
      typeId: 'case_review',
      startsAt: '2026-11-25T17:00:00Z',
      durationMinutes: 90,
      link: 'https://meet.county.example/mdt',
    }),
    201,
  );
  for (const who of ['socialWorker', 'advocate', 'deputy', 'outsider', 'receiver'] as const) {
    await ok(
      call('clinician', 'POST', `/api/v1/mdt/meetings/${meeting.id}/attendees`, {
        userId: people[who].user.id,
        meetingRole: who === 'receiver' ? 'guest' : 'member',
      }),
      204,
    );
  }
  await ok(
    call('clinician', 'POST', `/api/v1/youth/${youthId}/goals`, { text: SECRET.goal, saidOn: '2026-11-20' }),
    201,
  );
  const { entryId } = await ok(
    call('clinician', 'POST', `/api/v1/mdt/meetings/${meeting.id}/entries`, { youthId }),
    201,
  );
  const entryUrl = `/api/v1/mdt/meetings/${meeting.id}/entries/${entryId}`;
  await ok(call('clinician', 'POST', `${entryUrl}/notes`, { text: SECRET.mdtNote, fieldClass: 'clinical' }), 201);
  await ok(call('socialWorker', 'POST', `${entryUrl}/decisions`, { text: 'Keep the placement at the shelter' }), 201);
  await ok(call('advocate', 'POST', `${entryUrl}/items`, { text: 'School enrolment' }), 201);
  await ok(
    call('socialWorker', 'POST', `${entryUrl}/actions`, {
      text: 'Ask the school for a transfer',
      ownerUserId: people.socialWorker.user.id,
      dueAt: '2026-12-31T17:00:00Z',
    }),
    201,
  );
  await ok(
    call('clinician', 'POST', `${entryUrl}/disclosures`, {
      basis: 'wic_827',
      to: [people.outsider.user.id],
      classes: ['protocol'],
    }),
    201,
  );
  await ok(call('clinician', 'POST', `/api/v1/mdt/meetings/${meeting.id}/sign`), 204);
  await ok(
    call('clinician', 'POST', `/api/v1/mdt/meetings/${meeting.id}/addenda`, { text: 'Minutes sent to all' }),
    201,
  );
  await ok(
    call('clinician', 'POST', `/api/v1/mdt/meetings/${meeting.id}/addenda`, {
      text: 'Therapy moved to Tuesdays',
      entryId,
    }),
    201,
  );
  return {
    h,
    people,
    agencies,
    youthId,
    screeningId: screening.id,
    responseId,
    referralId: referral.id,
    grantId: grant.id,
    courtReportId: report.id,
    meetingId: meeting.id,
    call,
  };
}
