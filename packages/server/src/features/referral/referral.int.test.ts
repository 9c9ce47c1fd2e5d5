import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { addTestService } from './test-service.js';

/** Issue 15: a referral from a DMH clinician to an advocacy agency, each side seeing only what it may. */
for (const dialect of DIALECTS) {
  describe(`referrals with a closed loop [${dialect}]`, () => {
    let h: TestApp;
    let clinician: SignedInUser;
    let advocate: SignedInUser;
    let otherAdvocate: SignedInUser;
    let youthId: string;
    let serviceId: string;

    const call = (
      who: SignedInUser,
      method: 'GET' | 'POST' | 'PATCH' | 'PUT',
      url: string,
      payload?: object,
      lang = 'en',
    ) =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': lang },
        ...(payload ? { payload } : {}),
      });
    const read = async (who: SignedInUser, id: string) => call(who, 'GET', `/api/v1/referrals/${id}`);
    const act = async (who: SignedInUser, id: string, action: string, body: object = {}) => {
      const current = await read(clinician, id);
      const res = await call(who, 'POST', `/api/v1/referrals/${id}/${action}`, {
        version: current.json().version,
        ...body,
      });
      return res;
    };
    const draft = async (body: object = {}) => {
      const res = await call(clinician, 'POST', '/api/v1/referrals', {
        youthId,
        serviceId,
        reason: 'Needs a survivor advocate who speaks Spanish',
        urgency: 'urgent',
        basis: { basis: 'youth_consent' },
        sections: [],
        contact: {
          doNotContactYouthDirectly: true,
          safeContact: { name: 'Rosa Hernández', relationship: 'aunt', phone: '+1 213 555 0147' },
          note: 'Call after 5 pm',
        },
        youthArea: 'SPA 6',
        youthRunaway: false,
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const audit = (event: string, recordId?: string) => {
      let q = h.t.database.db.selectFrom('audit_event').selectAll().where('event', '=', event);
      if (recordId) q = q.where('record_id', '=', recordId);
      return q.orderBy('seq').execute();
    };

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const db = h.t.database.db;
      const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
      const advocacy = await createAgency(db, { name: 'Valley Advocates', kind: 'advocacy' });
      const other = await createAgency(db, { name: 'Other Advocates', kind: 'advocacy' });
      clinician = await signedInUser(h, dmh.id, 'clinician', 'Dana Clinician');
      advocate = await signedInUser(h, advocacy.id, 'advocate', 'Lucía Advocate');
      otherAdvocate = await signedInUser(h, other.id, 'advocate', 'Not The Receiver');
      serviceId = await addTestService(db, {
        agencyId: advocacy.id,
        name: 'Survivor advocacy',
        minimumAge: 11,
        maximumAge: 17,
        areas: ['SPA 6'],
        acceptsRunaway: false,
        csecSpecialised: true,
      });
      const youth = await call(
        clinician,
        'POST',
        '/api/v1/youth',
        sampleYouthInput({
          legalName: { given: 'María José', family: 'Hernández' },
          dateOfBirth: '2011-03-04',
          placement: { kind: 'relative', detail: 'With her aunt' },
        }),
      );
      expect(youth.statusCode, youth.body).toBe(201);
      youthId = youth.json().id;
    });
    afterAll(() => h.close());

    it('goes draft -> requested -> accepted -> in progress -> completed, each side seeing only what it may', async () => {
      const id = await draft();
      // A draft is the referrer's alone.
      expect((await read(advocate, id)).statusCode).toBe(404);
      expect((await call(advocate, 'GET', `/api/v1/youth/${youthId}`)).statusCode).toBe(404);
      expect((await call(advocate, 'GET', '/api/v1/referrals/incoming')).json().items).toEqual([]);
      const mine = (await read(clinician, id)).json();
      expect(mine).toMatchObject({ status: 'draft', sides: ['referring'], sections: ['identity'] });
      expect(mine.actions).toContain('send');

      expect((await act(clinician, id, 'send')).statusCode).toBe(204);
      const queue = (await call(advocate, 'GET', '/api/v1/referrals/incoming')).json().items;
      expect(queue.map((r: { id: string }) => r.id)).toEqual([id]);
      expect(queue[0]).toMatchObject({ youth: { initials: 'M. J. H.' }, status: 'requested', sides: ['receiving'] });
      expect((await call(clinician, 'GET', '/api/v1/referrals/outgoing')).json().items[0].id).toBe(id);

      const theirs = (await read(advocate, id)).json();
      expect(theirs).toMatchObject({
        status: 'requested',
        reason: 'Needs a survivor advocate who speaks Spanish',
        contact: {
          doNotContactYouthDirectly: true,
          safeContact: { name: 'Rosa Hernández', relationship: 'aunt', phone: '+1 213 555 0147' },
          note: 'Call after 5 pm',
        },
        sides: ['receiving'],
      });
      expect(theirs.actions.sort()).toEqual(['accept', 'fail', 'hold', 'reject']);
      expect(theirs.clocks.firstContactDueAt).not.toBeNull();
      // Not the other side's steps, and never another agency's referral.
      expect((await act(advocate, id, 'cancel', { closureReason: 'no_longer_needed' })).statusCode).toBe(409);
      expect((await act(clinician, id, 'accept')).statusCode).toBe(409);
      expect((await read(otherAdvocate, id)).statusCode).toBe(404);

      expect((await act(advocate, id, 'accept', { note: 'We have a place' })).statusCode).toBe(204);
      expect((await act(advocate, id, 'start')).statusCode).toBe(204);
      const noReason = await act(advocate, id, 'complete');
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.fields[0]).toMatchObject({ path: 'body.closureReason' });
      expect((await act(advocate, id, 'complete', { closureReason: 'services_received' })).statusCode).toBe(204);

      const closed = (await read(clinician, id)).json();
      expect(closed).toMatchObject({ status: 'completed', closureReason: 'services_received', actions: [] });
      expect(closed.events.map((e: { action: string }) => e.action)).toEqual([
        'create',
        'send',
        'accept',
        'start',
        'complete',
      ]);
      expect(closed.events[2]).toMatchObject({
        by: { name: 'Lucía Advocate' },
        agency: { name: 'Valley Advocates' },
        note: 'We have a place',
      });
      expect(closed.figures.minutesToAcknowledge).toBeGreaterThanOrEqual(0);
      expect(closed.figures.minutesToFirstService).toBeGreaterThanOrEqual(0);
      const changes = await audit('referral.status_changed', id);
      expect(changes.map((e) => JSON.parse(e.details).to)).toEqual([
        'requested',
        'accepted',
        'in_progress',
        'completed',
      ]);
      // The youth's timeline shows the referral over time.
      const timeline = (await call(clinician, 'GET', `/api/v1/youth/${youthId}/timeline`)).json();
      const ours = timeline.entries.filter((e: { referralId?: string }) => e.referralId === id);
      expect(ours.map((e: { referralStatus: string }) => e.referralStatus).sort()).toEqual(
        ['accepted', 'completed', 'draft', 'in_progress', 'requested'].sort(),
      );
      expect(ours.find((e: { referralStatus: string }) => e.referralStatus === 'completed')).toMatchObject({
        kind: 'referral',
        by: 'Lucía Advocate',
        serviceName: 'Survivor advocacy',
        closureReason: 'services_received',
      });
      // The receiving agency's access ends when the referral closes.
      expect((await read(advocate, id)).statusCode).toBe(404);
      expect((await call(advocate, 'GET', `/api/v1/youth/${youthId}`)).statusCode).toBe(404);
      expect((await call(advocate, 'GET', '/api/v1/referrals/incoming')).json().items).toEqual([]);
      expect((await act(advocate, id, 'fail', { closureReason: 'moved' })).statusCode).toBe(404);
    });

    it('answers a draft with the area and runaway status it was checked with, and changes it until it is sent', async () => {
      const id = await draft();
      const first = (await read(clinician, id)).json();
      expect(first).toMatchObject({ youthArea: 'SPA 6', youthRunaway: false, urgency: 'urgent' });
      const change = {
        version: first.version,
        reason: 'Needs a survivor advocate who speaks Spanish, soon',
        urgency: 'routine',
        basis: { basis: 'caregiver_consent' },
        sections: ['screenings'],
        contact: { doNotContactYouthDirectly: false, safeContact: null },
        youthArea: 'SPA 4',
        youthRunaway: null,
      };
      const put = await call(clinician, 'PUT', `/api/v1/referrals/${id}`, change);
      expect(put.statusCode, put.body).toBe(204);
      const changed = (await read(clinician, id)).json();
      expect(changed).toMatchObject({
        status: 'draft',
        reason: change.reason,
        urgency: 'routine',
        basis: { basis: 'caregiver_consent' },
        sections: ['identity', 'screenings'],
        youthArea: 'SPA 4',
        youthRunaway: null,
      });
      // The changed area is outside the service's: the eligibility found again says so.
      expect(changed.eligibility.reasons.map((r: { key: string }) => r.key)).toContain(
        'referral.eligibility.outsideArea',
      );
      // Back inside the area, sent: the receiving agency's line names what is shared (its youth page asks for no more).
      const back = await call(clinician, 'PUT', `/api/v1/referrals/${id}`, {
        ...change,
        version: changed.version,
        youthArea: 'SPA 6',
        youthRunaway: false,
      });
      expect(back.statusCode, back.body).toBe(204);
      expect((await act(clinician, id, 'send')).statusCode).toBe(204);
      const line = (await call(advocate, 'GET', `/api/v1/youth/${youthId}/referrals`)).json().items;
      expect(line.find((r: { id: string }) => r.id === id)).toMatchObject({ sections: ['identity', 'screenings'] });
      const sent = (await read(clinician, id)).json();
      const late = await call(clinician, 'PUT', `/api/v1/referrals/${id}`, { ...change, version: sent.version });
      expect(late.statusCode).toBe(409);
      expect((await act(clinician, id, 'cancel', { closureReason: 'no_longer_needed' })).statusCode).toBe(204);
    });

    it('shows the receiving agency only the sections shared, and 404 (audited) for the others', async () => {
      const id = await draft();
      expect((await act(clinician, id, 'send')).statusCode).toBe(204);
      const youth = await call(advocate, 'GET', `/api/v1/youth/${youthId}`);
      expect(youth.statusCode, youth.body).toBe(200);
      expect(youth.json()).toMatchObject({
        legalName: { given: 'María José', family: 'Hernández' },
        access: 'referral',
      });
      // Contact was not shared: the placement is left out.
      expect(youth.json().placement).toBeUndefined();
      const before = (await audit('access.denied')).length;
      for (const url of [
        `/api/v1/youth/${youthId}/screenings`,
        `/api/v1/youth/${youthId}/responses`,
        `/api/v1/youth/${youthId}/timeline`,
      ]) {
        expect((await call(advocate, 'GET', url)).statusCode, url).toBe(404);
      }
      const denials = (await audit('access.denied')).slice(before);
      expect(denials).toHaveLength(3);
      expect(denials.every((d) => d.youth_id === youthId && d.actor_user_id === advocate.user.id)).toBe(true);
      // The receiving agency changes the referral, never the youth's record.
      const change = await call(advocate, 'PATCH', `/api/v1/youth/${youthId}`, {
        version: youth.json().version,
        pronouns: 'she/her',
      });
      expect(change.statusCode).toBe(404);
      // A youth search of another feature never finds a referred youth.
      const search = await call(advocate, 'GET', '/api/v1/youth?name=Hern%C3%A1ndez');
      expect(search.statusCode, search.body).toBe(200);
      expect(search.json().results).toEqual([]);
      const found = await call(clinician, 'GET', '/api/v1/youth?name=Hern%C3%A1ndez');
      expect(found.json().results.map((r: { id: string }) => r.id)).toContain(youthId);
      expect((await act(clinician, id, 'cancel', { closureReason: 'no_longer_needed' })).statusCode).toBe(204);
    });

    it('shares contact and screenings when chosen, within the receiving agency’s own field classes', async () => {
      const id = await draft({ sections: ['contact', 'screenings'] });
      expect((await act(clinician, id, 'send')).statusCode).toBe(204);
      const youth = (await call(advocate, 'GET', `/api/v1/youth/${youthId}`)).json();
      expect(youth.placement).toMatchObject({ kind: 'relative' });
      expect((await call(advocate, 'GET', `/api/v1/youth/${youthId}/screenings`)).statusCode).toBe(200);
      expect((await call(advocate, 'GET', `/api/v1/youth/${youthId}/responses`)).statusCode).toBe(404);
      const list = (await call(advocate, 'GET', `/api/v1/youth/${youthId}/referrals`)).json().items;
      expect(list.map((r: { id: string }) => r.id)).toEqual([id]);
      expect((await act(advocate, id, 'reject', { closureReason: 'no_capacity' })).statusCode).toBe(204);
      expect((await call(advocate, 'GET', `/api/v1/youth/${youthId}/screenings`)).statusCode).toBe(404);
      // The care team sees every referral of the youth.
      expect(
        (await call(clinician, 'GET', `/api/v1/youth/${youthId}/referrals`)).json().items.length,
      ).toBeGreaterThanOrEqual(3);
    });

    it('waitlists, accepts and fails; marks a mistake; refuses a change made at a version it has left', async () => {
      const id = await draft();
      expect((await act(clinician, id, 'send')).statusCode).toBe(204);
      expect((await act(advocate, id, 'hold', { note: 'Waitlist: a place next week' })).statusCode).toBe(204);
      expect((await read(advocate, id)).json().actions.sort()).toEqual(['accept', 'fail', 'reject', 'start']);
      expect((await act(advocate, id, 'accept')).statusCode).toBe(204);
      // Either side records that it did not happen; the reason must fit.
      expect((await act(clinician, id, 'fail', { closureReason: 'services_received' })).statusCode).toBe(400);
      expect((await act(clinician, id, 'fail', { closureReason: 'unable_to_contact' })).statusCode).toBe(204);
      const failed = (await read(clinician, id)).json();
      expect(failed).toMatchObject({ status: 'failed', closureReason: 'unable_to_contact' });
      expect(failed.events.map((e: { to: string }) => e.to)).toEqual([
        'draft',
        'requested',
        'on_hold',
        'accepted',
        'failed',
      ]);

      const mistake = await draft();
      const current = (await read(clinician, mistake)).json();
      expect((await act(clinician, mistake, 'send')).statusCode).toBe(204);
      const stale = await call(clinician, 'POST', `/api/v1/referrals/${mistake}/cancel`, {
        version: current.version,
        closureReason: 'no_longer_needed',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.currentVersion).toBe(current.version + 1);
      expect((await act(advocate, mistake, 'mark-entered-in-error')).statusCode).toBe(409);
      expect((await act(clinician, mistake, 'mark-entered-in-error')).statusCode).toBe(204);
      expect((await read(clinician, mistake)).json()).toMatchObject({
        status: 'entered_in_error',
        closureReason: 'entered_in_error',
      });
      expect((await read(advocate, mistake)).statusCode).toBe(404);
    });

    it('refuses bad input with a translated error and changes nothing', async () => {
      const count = async () => (await h.t.database.db.selectFrom('referral').select('id').execute()).length;
      const before = await count();
      const bad = await call(clinician, 'POST', '/api/v1/referrals', { youthId, serviceId, reason: 'x' }, 'es');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/[a-záéíóú]/i);
      const override = await call(
        clinician,
        'POST',
        '/api/v1/referrals',
        {
          youthId,
          serviceId,
          reason: 'Needs an advocate',
          basis: { basis: 'override' },
          contact: { doNotContactYouthDirectly: false },
        },
        'es',
      );
      expect(override.statusCode).toBe(400);
      expect(override.json().error.fields[0].message).toBe('Escriba por qué se comparte la información.');
      // The youth of another agency's care team: as if it did not exist.
      const outsider = await call(otherAdvocate, 'POST', '/api/v1/referrals', {
        youthId,
        serviceId,
        reason: 'Needs an advocate',
        basis: { basis: 'youth_consent' },
        contact: { doNotContactYouthDirectly: false },
      });
      expect(outsider.statusCode).toBe(404);
      expect(await count()).toBe(before);
    });
  });
}
