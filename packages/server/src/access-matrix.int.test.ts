import { DEFAULT_ROLE_PERMISSIONS, ROLES, type Role } from '@harbor/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURES } from './features/index.js';
import type { AccessRule } from './http/access.js';
import { createAgency } from './identity/accounts.js';
import { createTestApp, type TestApp } from './testing/app.js';
import { DIALECTS } from './testing/databases.js';
import { type SignedInUser, signedInUser } from './testing/users.js';
import { sampleYouthInput } from './testing/youth.js';

type Actor = SignedInUser;

const STATIC_ROUTE = /^\/(\*|index\.html)?$|^\/api\/docs/;

for (const dialect of DIALECTS) {
  describe(`every role against every route [${dialect}]`, () => {
    let h: TestApp;
    const actors = new Map<Role, Actor>();
    let outsider: Actor;
    /** The user that /users/:id routes act on: not one of the actors, whose sessions the matrix relies on. */
    let target: Actor;
    let youthId = '';

    const actor = (agencyId: string, role: Role, name: string) => signedInUser(h, agencyId, role, name);

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const dmh = await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' });
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      for (const role of ROLES) actors.set(role, await actor(dmh.id, role, `${role}-dmh`));
      outsider = await actor(dcfs.id, 'clinician', 'clinician-dcfs');
      target = await actor(dcfs.id, 'social_worker', 'target-dcfs');
      const created = await h.app.inject({
        method: 'POST',
        url: '/api/v1/youth',
        headers: actors.get('clinician')!.headers,
        payload: sampleYouthInput(),
      });
      expect(created.statusCode, created.body).toBe(201);
      youthId = created.json().id;
    });
    afterAll(() => h.close());

    const concrete = (url: string) =>
      url
        .replace(':memberId', '01900000-0000-7000-8000-000000000000')
        .replace(':id', url.startsWith('/api/v1/youth') ? youthId : target.user.id);

    function routes() {
      const seen = new Set<string>();
      return h.app.harborRoutes
        .filter((r) => r.method !== 'HEAD' && !STATIC_ROUTE.test(r.url))
        .filter((r) => {
          const key = `${r.method} ${r.url}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((r) => ({ method: r.method, url: r.url, rule: r.options.config?.access as AccessRule }));
    }

    const call = (method: string, url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
      h.app.inject({
        method: method as 'GET',
        url: concrete(url),
        headers,
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });

    it('lets no one without a session past a route that needs one', async () => {
      const checked = routes().filter((r) => r.rule.kind !== 'public');
      expect(checked.length).toBeGreaterThan(15);
      for (const route of checked) {
        const res = await call(route.method, route.url);
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    });

    it('gives each role exactly the routes its permissions allow', async () => {
      let checks = 0;
      for (const route of routes()) {
        if (route.rule.kind !== 'permission' && route.rule.kind !== 'signed_in') continue;
        for (const role of ROLES) {
          const allowed =
            route.rule.kind === 'signed_in' || DEFAULT_ROLE_PERMISSIONS[role].includes(route.rule.permission);
          const res = await call(route.method, route.url, actors.get(role)!.headers);
          const where = `${role} ${route.method} ${route.url} -> ${res.statusCode} ${res.body.slice(0, 120)}`;
          if (allowed) expect([401, 403], where).not.toContain(res.statusCode);
          else expect(res.statusCode, where).toBe(403);
          checks++;
        }
      }
      expect(checks).toBeGreaterThan(100);
    });

    it('registers every API route from a feature declaration, asking only for permissions that feature declares', () => {
      const api = h.app.harborRoutes.filter((r) => r.url.startsWith('/api/v1/'));
      expect(api.length).toBeGreaterThan(40);
      for (const route of api) {
        const feature = FEATURES.find((f) => f.name === route.options.config?.feature);
        expect(feature, `${route.method} ${route.url} comes from no feature`).toBeDefined();
        const rule = route.options.config?.access as AccessRule;
        if (rule.kind === 'permission') {
          expect(feature!.permissions, `${route.method} ${route.url}`).toContain(rule.permission);
        }
      }
    });

    it('covers every youth route, the record, search, list and directory included', () => {
      const covered = new Set(routes().map((r) => `${r.method} ${r.url} ${JSON.stringify(r.rule)}`));
      const youthRoutes: [string, string][] = [
        ['GET /api/v1/youth', 'youth.read'],
        ['POST /api/v1/youth', 'youth.write'],
        ['GET /api/v1/youth/mine', 'youth.read'],
        ['GET /api/v1/youth/:id', 'youth.read'],
        ['PATCH /api/v1/youth/:id', 'youth.write'],
        ['GET /api/v1/youth/:id/care-team', 'youth.read'],
        ['POST /api/v1/youth/:id/care-team', 'care_team.manage'],
        ['DELETE /api/v1/youth/:id/care-team/:memberId', 'care_team.manage'],
        ['POST /api/v1/youth/:id/break-glass', 'break_glass.use'],
        ['GET /api/v1/users/directory', 'care_team.manage'],
      ];
      for (const [route, name] of youthRoutes) {
        expect(covered, route).toContain(`${route} ${JSON.stringify({ kind: 'permission', permission: name })}`);
      }
    });

    it("answers 404 for another agency's youth, as if it did not exist, and audits the denial", async () => {
      const own = await h.app.inject({ url: `/api/v1/youth/${youthId}`, headers: actors.get('clinician')!.headers });
      expect(own.statusCode).toBe(200);
      expect(own.json().access).toBe('care_team');
      const supervisor = await h.app.inject({
        url: `/api/v1/youth/${youthId}`,
        headers: actors.get('supervisor')!.headers,
      });
      expect(supervisor.json().access).toBe('agency_supervisor');
      const missing = await h.app.inject({
        url: '/api/v1/youth/01900000-0000-7000-8000-00000000dead',
        headers: outsider.headers,
      });
      const hidden = await h.app.inject({ url: `/api/v1/youth/${youthId}`, headers: outsider.headers });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toEqual(missing.json());
      for (const role of [
        'social_worker',
        'probation_officer',
        'law_enforcement',
        'advocate',
        'court_liaison',
      ] as const) {
        const res = await h.app.inject({ url: `/api/v1/youth/${youthId}`, headers: actors.get(role)!.headers });
        expect(res.statusCode, role).toBe(404);
      }
      const denials = await h.t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', 'access.denied')
        .where('actor_user_id', '=', outsider.user.id)
        .execute();
      expect(denials.some((d) => d.youth_id === youthId)).toBe(true);
    });

    it('lets a care-team member add someone from another agency, who can then read the record', async () => {
      const added = await h.app.inject({
        method: 'POST',
        url: `/api/v1/youth/${youthId}/care-team`,
        headers: actors.get('clinician')!.headers,
        payload: { userId: actors.get('advocate')!.user.id, basis: 'mdt' },
      });
      expect(added.statusCode, added.body).toBe(201);
      const res = await h.app.inject({ url: `/api/v1/youth/${youthId}`, headers: actors.get('advocate')!.headers });
      expect(res.statusCode).toBe(200);
      const team = await h.app.inject({
        url: `/api/v1/youth/${youthId}/care-team`,
        headers: actors.get('advocate')!.headers,
      });
      expect(
        team
          .json()
          .map((m: { basis: string }) => m.basis)
          .sort(),
      ).toEqual(['creator', 'mdt']);
    });

    it('opens a record by break-glass for 60 minutes, audited and shown to the supervisors of the agencies on the team', async () => {
      const short = await h.app.inject({
        method: 'POST',
        url: `/api/v1/youth/${youthId}/break-glass`,
        headers: outsider.headers,
        payload: { reason: 'urgent' },
      });
      expect(short.statusCode).toBe(400);
      const grant = await h.app.inject({
        method: 'POST',
        url: `/api/v1/youth/${youthId}/break-glass`,
        headers: outsider.headers,
        payload: { reason: 'Youth brought to the emergency room at night; the care team cannot be reached.' },
      });
      expect(grant.statusCode, grant.body).toBe(201);
      expect(Date.parse(grant.json().expiresAt) - Date.now()).toBeGreaterThan(59 * 60_000);
      const read = await h.app.inject({ url: `/api/v1/youth/${youthId}`, headers: outsider.headers });
      expect(read.statusCode).toBe(200);
      expect(read.json().access).toBe('break_glass');
      // Break-glass opens the record, not the care team.
      const change = await h.app.inject({
        method: 'POST',
        url: `/api/v1/youth/${youthId}/care-team`,
        headers: outsider.headers,
        payload: { userId: outsider.user.id, basis: 'consent' },
      });
      expect(change.statusCode).toBe(403);
      const review = await h.app.inject({ url: '/api/v1/break-glass', headers: actors.get('supervisor')!.headers });
      expect(review.statusCode).toBe(200);
      expect(review.json()[0]).toMatchObject({
        youthId,
        userId: outsider.user.id,
        userAgencyName: 'DCFS',
        active: true,
      });
      // The supervisor's audit search shows what the visitor from the other agency did to their agency's youth.
      const trail = await h.app.inject({
        url: `/api/v1/audit?youthId=${youthId}`,
        headers: actors.get('supervisor')!.headers,
      });
      expect(trail.statusCode, trail.body).toBe(200);
      const visitorEvents = (trail.json().entries as { actorUserId: string; event: string }[])
        .filter((e) => e.actorUserId === outsider.user.id)
        .map((e) => e.event);
      expect(visitorEvents).toEqual(expect.arrayContaining(['access.break_glass', 'youth.read']));
      // Entries of other agencies about youth the supervisor's agency does not serve stay out of sight.
      const unrelated = await h.app.inject({
        url: `/api/v1/audit?actorUserId=${outsider.user.id}`,
        headers: actors.get('supervisor')!.headers,
      });
      expect((unrelated.json().entries as { youthId: string | null }[]).every((e) => e.youthId === youthId)).toBe(true);
      const events = await h.t.database.db
        .selectFrom('audit_event')
        .select('event')
        .where('youth_id', '=', youthId)
        .where('actor_user_id', '=', outsider.user.id)
        .execute();
      expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['access.break_glass', 'youth.read']));
      // When the hour is over, the record is hidden again.
      await h.t.database.db
        .updateTable('break_glass_grant')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .execute();
      expect((await h.app.inject({ url: `/api/v1/youth/${youthId}`, headers: outsider.headers })).statusCode).toBe(404);
    });

    it('keeps analysts, trainers and administrators out of youth records', async () => {
      for (const role of ['analyst', 'trainer', 'admin'] as const) {
        const res = await h.app.inject({ url: `/api/v1/youth/${youthId}`, headers: actors.get(role)!.headers });
        expect(res.statusCode, role).toBe(403);
      }
    });
  });
}
