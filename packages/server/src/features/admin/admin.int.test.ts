import { DEFAULT_ROLE_PERMISSIONS, type Role } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';

const PASSWORD = 'a long and unusual passphrase 7';

for (const dialect of DIALECTS) {
  describe(`administration [${dialect}]`, () => {
    let h: TestApp;
    let dmh = '';
    let dcfs = '';
    const as: Record<string, SignedInUser> = {};

    async function actor(agencyId: string, role: Role, name: string) {
      as[name] = await signedInUser(h, agencyId, role, name);
    }
    const call = (who: string, method: string, url: string, payload?: object) =>
      h.app.inject({ method: method as 'GET', url, headers: as[who]!.headers, ...(payload ? { payload } : {}) });

    beforeAll(async () => {
      h = await createTestApp(dialect);
      dmh = (await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' })).id;
      dcfs = (await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' })).id;
      await actor(dmh, 'admin', 'admin');
      await actor(dmh, 'supervisor', 'supervisor');
      await actor(dcfs, 'social_worker', 'worker');
    });
    afterAll(() => h.close());

    it('invites a person with a single-use link; they set a password and must enrol MFA at first sign-in', async () => {
      const invited = await call('admin', 'POST', '/api/v1/invitations', {
        email: 'New.Clinician@County.example',
        role: 'clinician',
        agencyId: dcfs,
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const token = new URL(invited.json().link).hash.slice(1);
      expect(token.length).toBeGreaterThan(30);
      const accept = (password: string) =>
        h.app.inject({
          method: 'POST',
          url: '/api/v1/invitations/accept',
          payload: { token, displayName: 'New Clinician', password },
        });
      expect((await accept('password')).statusCode).toBe(400);
      const ok = await accept(PASSWORD);
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().email).toBe('new.clinician@county.example');
      expect((await accept(PASSWORD)).statusCode).toBe(404);
      const signIn = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'new.clinician@county.example', password: PASSWORD },
      });
      expect(signIn.json().stage).toBe('enrolling');
    });

    it('lets a supervisor invite into their own agency only, and never as administrator', async () => {
      expect(
        (
          await call('supervisor', 'POST', '/api/v1/invitations', {
            email: 'a@x.org',
            role: 'clinician',
            agencyId: dmh,
          })
        ).statusCode,
      ).toBe(201);
      expect(
        (
          await call('supervisor', 'POST', '/api/v1/invitations', {
            email: 'b@x.org',
            role: 'clinician',
            agencyId: dcfs,
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (await call('supervisor', 'POST', '/api/v1/invitations', { email: 'c@x.org', role: 'admin', agencyId: dmh }))
          .statusCode,
      ).toBe(403);
      const list = await call('supervisor', 'GET', '/api/v1/users');
      expect(list.json().every((u: { agencyId: string }) => u.agencyId === dmh)).toBe(true);
      expect((await call('admin', 'GET', '/api/v1/users')).json().length).toBeGreaterThan(list.json().length);
    });

    it('disables a user, which ends their sessions at once; changes roles with the version they read', async () => {
      const worker = as.worker!;
      expect((await call('worker', 'GET', '/api/v1/auth/session')).statusCode).toBe(200);
      const stale = await call('admin', 'PATCH', `/api/v1/users/${worker.user.id}`, {
        version: 99,
        status: 'disabled',
      });
      expect(stale.statusCode).toBe(409);
      const disabled = await call('admin', 'PATCH', `/api/v1/users/${worker.user.id}`, {
        version: 1,
        status: 'disabled',
      });
      expect(disabled.statusCode, disabled.body).toBe(200);
      expect(disabled.json()).toMatchObject({ status: 'disabled', version: 2 });
      expect((await call('worker', 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
      const promoted = await call('admin', 'PATCH', `/api/v1/users/${worker.user.id}`, {
        version: 2,
        status: 'active',
        role: 'supervisor',
      });
      expect(promoted.json()).toMatchObject({ role: 'supervisor', status: 'active', version: 3 });
      // An administrator cannot lock themselves out.
      expect(
        (await call('admin', 'PATCH', `/api/v1/users/${as.admin!.user.id}`, { version: 1, status: 'disabled' }))
          .statusCode,
      ).toBe(403);
    });

    it('unlocks an account and ends anyone’s sessions', async () => {
      await h.t.database.db
        .updateTable('app_user')
        .set({ locked_until: new Date(Date.now() + 600_000).toISOString() })
        .where('id', '=', as.supervisor!.user.id)
        .execute();
      const before = (await call('admin', 'GET', '/api/v1/users'))
        .json()
        .find((u: { id: string }) => u.id === as.supervisor!.user.id);
      expect(before.locked).toBe(true);
      expect((await call('admin', 'POST', `/api/v1/users/${as.supervisor!.user.id}/unlock`)).statusCode).toBe(204);
      const ended = await call('admin', 'DELETE', `/api/v1/users/${as.supervisor!.user.id}/sessions`);
      expect(ended.json().ended).toBeGreaterThanOrEqual(1);
      expect((await call('supervisor', 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
    });

    it('manages agencies with optimistic concurrency and shows role permissions as data', async () => {
      const created = await call('admin', 'POST', '/api/v1/agencies', { name: 'LA Advocates', kind: 'advocacy' });
      expect(created.statusCode).toBe(201);
      expect(
        (await call('admin', 'POST', '/api/v1/agencies', { name: 'LA Advocates', kind: 'advocacy' })).statusCode,
      ).toBe(409);
      const renamed = await call('admin', 'PATCH', `/api/v1/agencies/${created.json().id}`, {
        version: 1,
        name: 'LA Youth Advocates',
      });
      expect(renamed.json()).toMatchObject({ name: 'LA Youth Advocates', version: 2 });
      expect(
        (await call('admin', 'PATCH', `/api/v1/agencies/${created.json().id}`, { version: 1, name: 'X Y' })).statusCode,
      ).toBe(409);
      const roles = await call('admin', 'GET', '/api/v1/roles');
      expect(roles.json().clinician).toEqual([...DEFAULT_ROLE_PERMISSIONS.clinician].sort());
    });

    it('searches and exports the audit trail, a supervisor only their own agency, and audits that too', async () => {
      const search = await call('admin', 'GET', '/api/v1/audit?event=admin.user.invited&limit=10');
      expect(search.statusCode, search.body).toBe(200);
      expect(search.json().entries.length).toBeGreaterThanOrEqual(2);
      await actor(dmh, 'supervisor', 'supervisor2');
      const scoped = await call('supervisor2', 'GET', '/api/v1/audit?limit=500');
      expect(scoped.json().entries.every((e: { actorAgencyId: string }) => e.actorAgencyId === dmh)).toBe(true);
      const csv = await call('admin', 'GET', '/api/v1/audit.csv?limit=50');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.body.split('\r\n')[0]).toContain('event');
      const events = (await h.t.database.db.selectFrom('audit_event').select('event').execute()).map((e) => e.event);
      expect(events).toEqual(
        expect.arrayContaining([
          'audit.searched',
          'audit.exported',
          'admin.role.changed',
          'admin.user.disabled',
          'auth.account.unlocked',
        ]),
      );
    });
  });
}
