import type { Role } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

/**
 * The break-glass review: each agency on a youth's care team records its own disposition of each emergency access to
 * the youth (justified, or follow-up needed with a note), changes it at the version it read, and keeps the history in
 * the audit trail; the note is encrypted; no one reviews their own access or an agency's not on the team.
 */

const NOTE = 'Asked Ms Lin to explain the 2 a.m. visit; she says the hospital called';

for (const dialect of DIALECTS) {
  describe(`break-glass review [${dialect}]`, () => {
    let h: TestApp;
    const as: Record<string, SignedInUser> = {};
    let youthId = '';
    let grantId = '';

    const call = (who: string, method: string, url: string, payload?: object) =>
      h.app.inject({
        method: method as 'GET',
        url,
        headers: { ...as[who]!.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
    const review = (who: string, body: object, id = grantId) =>
      call(who, 'PUT', `/api/v1/break-glass/${id}/review`, body);
    const listed = async (who: string) => {
      const res = await call(who, 'GET', '/api/v1/break-glass');
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        id: string;
        youthName?: string;
        youthRef: string;
        review: null | Record<string, unknown>;
      }[];
    };

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const db = h.t.database.db;
      const dmh = (await createAgency(db, { name: 'DMH', kind: 'mental_health' })).id;
      const dcfs = (await createAgency(db, { name: 'DCFS', kind: 'child_welfare' })).id;
      const probation = (await createAgency(db, { name: 'Probation', kind: 'probation' })).id;
      const cast: [string, string, Role][] = [
        ['clinician', dmh, 'clinician'],
        ['dmhSupervisor', dmh, 'supervisor'],
        ['dmhSupervisor2', dmh, 'supervisor'],
        ['socialWorker', dcfs, 'social_worker'],
        ['cwSupervisor', dcfs, 'supervisor'],
        ['visitor', probation, 'probation_officer'],
        ['probationSupervisor', probation, 'supervisor'],
        ['admin', dmh, 'admin'],
      ];
      for (const [name, agency, role] of cast) as[name] = await signedInUser(h, agency, role, `bgr-${name}`);
      const created = await call(
        'clinician',
        'POST',
        '/api/v1/youth',
        sampleYouthInput({ legalName: { given: 'Noemí', family: 'Arce' } }),
      );
      expect(created.statusCode, created.body).toBe(201);
      youthId = created.json().id;
      const added = await call('clinician', 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: as.socialWorker!.user.id,
        basis: 'mdt',
      });
      expect(added.statusCode, added.body).toBe(201);
      const grant = await call('visitor', 'POST', `/api/v1/youth/${youthId}/break-glass`, {
        reason: 'Youth at the juvenile hall intake at night; the care team cannot be reached.',
      });
      expect(grant.statusCode, grant.body).toBe(201);
      grantId = grant.json().id;
    });
    afterAll(() => h.close());

    it('lists an access as waiting for review, with the youth named, for each agency on the team', async () => {
      for (const who of ['dmhSupervisor', 'cwSupervisor']) {
        const [access] = await listed(who);
        expect(access).toMatchObject({ id: grantId, youthId, youthName: 'Noemí Arce', review: null });
        expect(youthId.toUpperCase().replace(/-/g, '').endsWith(access!.youthRef.replace('-', ''))).toBe(true);
      }
      // The visitor's own agency is not on the care team: nothing to review there.
      expect(await listed('probationSupervisor')).toEqual([]);
    });

    it('records a disposition, changes it at the version read, refuses a stale one, and keeps the history', async () => {
      const followUp = await review('dmhSupervisor', { version: 0, disposition: 'follow_up', note: `  ${NOTE}  ` });
      expect(followUp.statusCode, followUp.body).toBe(200);
      expect(followUp.json()).toMatchObject({
        disposition: 'follow_up',
        note: NOTE,
        reviewedBy: as.dmhSupervisor!.user.id,
        reviewerName: 'bgr-dmhSupervisor',
        version: 1,
      });
      // Another supervisor of the same agency read it before the change: their save is refused, nothing changes.
      const stale = await review('dmhSupervisor2', { version: 0, disposition: 'justified', note: '' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('conflict');
      const [seen] = await listed('dmhSupervisor2');
      expect(seen!.review).toMatchObject({ disposition: 'follow_up', note: NOTE, version: 1 });
      // Read again, then changed: one current disposition per agency.
      const justified = await review('dmhSupervisor2', { version: 1, disposition: 'justified', note: '' });
      expect(justified.statusCode, justified.body).toBe(200);
      expect(justified.json()).toMatchObject({ disposition: 'justified', note: '', version: 2 });
      expect((await review('dmhSupervisor', { version: 1, disposition: 'follow_up', note: NOTE })).statusCode).toBe(
        409,
      );

      // Each agency has its own: DCFS has not reviewed yet.
      expect((await listed('cwSupervisor'))[0]!.review).toBeNull();
      expect((await listed('dmhSupervisor'))[0]!.review).toMatchObject({
        disposition: 'justified',
        reviewerName: 'bgr-dmhSupervisor2',
      });

      const db = h.t.database.db;
      const history = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', 'access.break_glass_reviewed')
        .orderBy('seq')
        .execute();
      expect(history.map((e) => [e.actor_user_id, e.youth_id, e.record_id, JSON.parse(e.details)])).toEqual([
        [as.dmhSupervisor!.user.id, youthId, grantId, { disposition: 'follow_up', previous: 'none', version: 1 }],
        [as.dmhSupervisor2!.user.id, youthId, grantId, { disposition: 'justified', previous: 'follow_up', version: 2 }],
      ]);
      expect(history.map((e) => JSON.parse(e.fields))).toEqual([['disposition', 'note'], ['disposition']]);
      // The note is in no audit entry, and encrypted at rest.
      const trail = JSON.stringify(await db.selectFrom('audit_event').selectAll().execute());
      expect(trail).not.toContain('2 a.m.');
      const rows = await db.selectFrom('break_glass_review').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain('2 a.m.');
    });

    it('encrypts the note and reads it back; asks for a note when someone must follow up', async () => {
      const [access] = await listed('cwSupervisor');
      const missing = await review('cwSupervisor', { version: 0, disposition: 'follow_up', note: '   ' });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.fields).toEqual([{ path: 'body.note', message: 'This field is required.' }]);
      const saved = await review('cwSupervisor', {
        version: access!.review ? 1 : 0,
        disposition: 'follow_up',
        note: NOTE,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const row = await h.t.database.db
        .selectFrom('break_glass_review')
        .select(['note', 'agency_id'])
        .where('agency_id', '=', as.cwSupervisor!.user.agency_id)
        .executeTakeFirstOrThrow();
      expect(row.note).toMatch(/^v1\.[0-9a-f]{8}\./);
      expect((await listed('cwSupervisor'))[0]!.review).toMatchObject({ disposition: 'follow_up', note: NOTE });
      // Reading the review is audited as a read of the youth's data, naming the fields shown.
      const read = await h.t.database.db
        .selectFrom('audit_event')
        .select(['fields', 'record_type', 'details'])
        .where('event', '=', 'youth.read')
        .where('actor_user_id', '=', as.cwSupervisor!.user.id)
        .where('record_id', '=', grantId)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(read.record_type).toBe('break_glass_grant');
      expect(JSON.parse(read.fields)).toEqual(expect.arrayContaining(['reason', 'review.note', 'youth_name']));
      expect(JSON.parse(read.details)).toMatchObject({ via: 'break_glass_review', access: 'agency_supervisor' });
    });

    it('lets only a reviewer of an agency on the team review, never the visitor themselves, and audits refusals', async () => {
      const body = { version: 0, disposition: 'justified', note: '' };
      // Another agency's supervisor: as if there were no such access.
      const outside = await review('probationSupervisor', body);
      expect(outside.statusCode).toBe(404);
      // Roles without the review permission, and administrators.
      for (const who of ['clinician', 'socialWorker', 'visitor', 'admin']) {
        expect((await review(who, body)).statusCode, who).toBe(403);
      }
      expect((await review('dmhSupervisor', body, '01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
      expect((await review('dmhSupervisor', { ...body, disposition: 'fine' })).statusCode).toBe(400);
      const denied = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'outcome', 'youth_id'])
        .where('actor_user_id', '=', as.probationSupervisor!.user.id)
        .where('event', '=', 'access.denied')
        .execute();
      expect(denied).toEqual([{ event: 'access.denied', outcome: 'denied', youth_id: youthId }]);

      // A supervisor whose agency later joins the team may review others' accesses, but not one they used.
      const ownGrant = await call('probationSupervisor', 'POST', `/api/v1/youth/${youthId}/break-glass`, {
        reason: 'Covering the intake desk tonight; I need the placement to find a bed.',
      });
      expect(ownGrant.statusCode, ownGrant.body).toBe(201);
      const joined = await call('clinician', 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: as.visitor!.user.id,
        basis: 'mdt',
      });
      expect(joined.statusCode, joined.body).toBe(201);
      expect((await listed('probationSupervisor')).map((g) => g.id)).toEqual([ownGrant.json().id, grantId]);
      expect((await review('probationSupervisor', body, ownGrant.json().id)).statusCode).toBe(403);
      expect((await review('probationSupervisor', body)).statusCode).toBe(200);
    });
  });
}
