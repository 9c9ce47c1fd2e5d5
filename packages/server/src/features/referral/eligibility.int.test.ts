import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { addTestService } from './test-service.js';

const DAY = 24 * 3600_000;

/** Issue 15: eligibility checked when a referral is sent, a supervisor's override, the MDT's window; all audited. */
for (const dialect of DIALECTS) {
  describe(`sending a referral [${dialect}]`, () => {
    let h: TestApp;
    let clock = new Date('2026-12-01T18:00:00.000Z');
    let clinician: SignedInUser;
    let supervisor: SignedInUser;
    let youthId: string;
    let youngOnly: string;
    let anyAge: string;

    const call = (who: SignedInUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, lang = 'en') =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': lang },
        ...(payload ? { payload } : {}),
      });
    const draft = async (serviceId: string, extra: object = {}) => {
      const res = await call(clinician, 'POST', '/api/v1/referrals', {
        youthId,
        serviceId,
        reason: 'Needs a place in a youth programme',
        basis: { basis: 'youth_consent' },
        contact: { doNotContactYouthDirectly: false },
        youthArea: 'SPA 8',
        youthRunaway: true,
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; version: number };
    };
    const send = (who: SignedInUser, referral: { id: string; version: number }, body: object = {}, lang = 'en') =>
      call(who, 'POST', `/api/v1/referrals/${referral.id}/send`, { version: referral.version, ...body }, lang);
    const audit = async (event: string, recordId: string) =>
      h.t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', event)
        .where('record_id', '=', recordId)
        .orderBy('seq')
        .execute();
    const statusOf = async (id: string) => (await call(clinician, 'GET', `/api/v1/referrals/${id}`)).json().status;

    beforeAll(async () => {
      h = await createTestApp(dialect, { now: () => clock });
      const db = h.t.database.db;
      const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
      const program = await createAgency(db, { name: 'Youth Program', kind: 'other' });
      clinician = await signedInUser(h, dmh.id, 'clinician', 'Dana Clinician');
      supervisor = await signedInUser(h, dmh.id, 'supervisor', 'Sam Supervisor');
      youngOnly = await addTestService(db, {
        agencyId: program.id,
        name: 'Programme for 11 to 13',
        minimumAge: 11,
        maximumAge: 13,
        areas: ['SPA 6'],
        acceptsRunaway: false,
      });
      anyAge = await addTestService(db, { agencyId: program.id, name: 'Open programme' });
      const youth = await call(clinician, 'POST', '/api/v1/youth', sampleYouthInput({ dateOfBirth: '2011-03-04' }));
      youthId = youth.json().id;
    });
    afterAll(() => h.close());

    it('refuses a youth the service does not take, with every reason in the caller’s language, and audits it', async () => {
      const referral = await draft(youngOnly);
      const refused = await send(clinician, referral, {}, 'es');
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields.map((f: { message: string }) => f.message)).toEqual([
        'El servicio atiende a jóvenes hasta los 13 años.',
        'El servicio no atiende SPA 8.',
        'El servicio no recibe a jóvenes fugados o ausentes sin permiso.',
      ]);
      expect(await statusOf(referral.id)).toBe('draft');
      const [entry] = await audit('referral.send_refused', referral.id);
      expect(entry).toMatchObject({ outcome: 'denied', actor_user_id: clinician.user.id, youth_id: youthId });
      expect(JSON.parse(entry!.details)).toMatchObject({ eligibility: 'tooOld,outsideArea,refusesRunaway' });
      // Only a supervisor overrides; the attempt is audited too.
      const notAllowed = await send(clinician, referral, { eligibilityOverride: 'She needs it tonight' });
      expect(notAllowed.statusCode).toBe(403);
      expect(notAllowed.json().error.message).toMatch(/only a supervisor/i);
      expect(await audit('referral.send_refused', referral.id)).toHaveLength(2);
      expect(await statusOf(referral.id)).toBe('draft');
    });

    it('shows a draft’s eligibility before it is sent, and finds it again when the draft changes', async () => {
      const referral = await draft(youngOnly);
      const before = (await call(clinician, 'GET', `/api/v1/referrals/${referral.id}`)).json();
      expect(before.eligibility.reasons.map((r: { key: string }) => r.key)).toEqual([
        'referral.eligibility.tooOld',
        'referral.eligibility.outsideArea',
        'referral.eligibility.refusesRunaway',
      ]);
      const body = {
        version: before.version,
        reason: 'Needs a place in a youth programme',
        urgency: 'urgent',
        basis: { basis: 'caregiver_consent' },
        sections: ['contact'],
        contact: { doNotContactYouthDirectly: true },
        youthArea: 'SPA 6',
        youthRunaway: false,
      };
      const changed = await call(clinician, 'PUT', `/api/v1/referrals/${referral.id}`, body);
      expect(changed.statusCode, changed.body).toBe(204);
      const after = (await call(clinician, 'GET', `/api/v1/referrals/${referral.id}`)).json();
      expect(after).toMatchObject({
        urgency: 'urgent',
        sections: ['identity', 'contact'],
        basis: { basis: 'caregiver_consent' },
      });
      expect(after.eligibility.reasons.map((r: { key: string }) => r.key)).toEqual(['referral.eligibility.tooOld']);
      expect((await audit('referral.updated', referral.id)).length).toBe(1);
      // A bad basis changes nothing; a draft once sent no longer changes.
      const bad = await call(clinician, 'PUT', `/api/v1/referrals/${referral.id}`, {
        ...body,
        version: after.version,
        basis: { basis: 'court_order' },
      });
      expect(bad.statusCode).toBe(400);
      expect((await call(clinician, 'GET', `/api/v1/referrals/${referral.id}`)).json().version).toBe(after.version);
      const anyone = await draft(anyAge);
      expect((await send(clinician, anyone)).statusCode).toBe(204);
      const late = await call(clinician, 'PUT', `/api/v1/referrals/${anyone.id}`, {
        ...body,
        version: anyone.version + 1,
      });
      expect(late.statusCode).toBe(409);
    });

    it('lets a supervisor send it anyway with the reason, which the referral and the audit keep', async () => {
      const referral = await draft(youngOnly);
      const sent = await send(supervisor, referral, {
        eligibilityOverride: 'The programme agreed by phone to take her',
      });
      expect(sent.statusCode, sent.body).toBe(204);
      const view = (await call(clinician, 'GET', `/api/v1/referrals/${referral.id}`)).json();
      expect(view.status).toBe('requested');
      expect(view.eligibility.reasons.map((r: { key: string }) => r.key)).toEqual([
        'referral.eligibility.tooOld',
        'referral.eligibility.outsideArea',
        'referral.eligibility.refusesRunaway',
      ]);
      expect(view.eligibility.override).toMatchObject({
        by: { userId: supervisor.user.id, name: 'Sam Supervisor' },
        reason: 'The programme agreed by phone to take her',
      });
      const [entry] = await audit('referral.eligibility_overridden', referral.id);
      expect(entry).toMatchObject({ outcome: 'success', actor_user_id: supervisor.user.id });
      expect(entry!.details).not.toContain('agreed by phone');
    });

    it('sends a referral the service takes, with no reasons and no override', async () => {
      const referral = await draft(anyAge);
      expect((await send(clinician, referral)).statusCode).toBe(204);
      const view = (await call(clinician, 'GET', `/api/v1/referrals/${referral.id}`)).json();
      expect(view.eligibility).toEqual({ reasons: [], override: null });
      expect(await audit('referral.eligibility_overridden', referral.id)).toEqual([]);
    });

    it('refuses an MDT exchange (W&I 18961.7) once its 30 days after the report are over', async () => {
      const outside = await call(clinician, 'POST', '/api/v1/referrals', {
        youthId,
        serviceId: anyAge,
        reason: 'MDT referral',
        basis: { basis: 'mdt_18961_7', mdtReportedAt: new Date(clock.getTime() - 31 * DAY).toISOString() },
        contact: { doNotContactYouthDirectly: false },
      });
      expect(outside.statusCode).toBe(400);
      expect(outside.json().error.fields[0]).toMatchObject({
        path: 'body.basis',
        message: expect.stringMatching(/30 days/),
      });
      // A draft made within the window, sent after it closed, is refused when sent (and audited).
      const referral = await draft(anyAge, {
        basis: { basis: 'mdt_18961_7', mdtReportedAt: new Date(clock.getTime() - 29 * DAY).toISOString() },
      });
      const view = (await call(clinician, 'GET', `/api/v1/referrals/${referral.id}`)).json();
      expect(view.basis.mdtWindowEndsAt).toBe(new Date(clock.getTime() + DAY).toISOString());
      clock = new Date(clock.getTime() + DAY + 1);
      const late = await send(clinician, referral);
      expect(late.statusCode).toBe(400);
      expect(late.json().error.fields[0].message).toMatch(/30 days/);
      expect(await statusOf(referral.id)).toBe('draft');
      const [entry] = await audit('referral.send_refused', referral.id);
      expect(JSON.parse(entry!.details)).toMatchObject({ basis: 'mdtOutsideWindow' });
      // Good cause extends the window (recorded with the referral).
      const extended = await draft(anyAge, {
        basis: {
          basis: 'mdt_18961_7',
          mdtReportedAt: new Date(clock.getTime() - 35 * DAY).toISOString(),
          mdtExtendedUntil: new Date(clock.getTime() + 10 * DAY).toISOString(),
          mdtGoodCause: 'Dependency hearing set; the team meets again next week',
        },
      });
      expect((await send(clinician, extended)).statusCode).toBe(204);
    });
  });
}
