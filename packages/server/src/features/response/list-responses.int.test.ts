import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

interface Line {
  id: string;
  youthId: string | null;
  youth?: { initials: string; age: number | null };
  openerName: string;
  openedBy: string;
  status: string;
  overdueSteps: number;
}

for (const dialect of DIALECTS) {
  describe(`the list of responses [${dialect}]`, () => {
    let h: TestApp;
    let deputy: SignedInUser;
    let supervisor: SignedInUser;
    let worker: SignedInUser;
    let outsider: SignedInUser;
    let youthId: string;
    const opened: Record<string, string> = {};

    const call = (who: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
    const list = async (who: SignedInUser, query = '') => {
      const res = await call(who, 'GET', `/api/v1/responses${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Line[]; nextCursor: string | null };
    };

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const sheriff = await createAgency(h.t.database.db, { name: 'Sheriff', kind: 'sheriff' });
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      deputy = await signedInUser(h, sheriff.id, 'law_enforcement', 'Amara Diallo');
      supervisor = await signedInUser(h, sheriff.id, 'supervisor', 'Sheriff Supervisor');
      worker = await signedInUser(h, dcfs.id, 'social_worker', 'Grace Kim');
      outsider = await signedInUser(h, dcfs.id, 'social_worker', 'Not On The Team');
      const youth = await call(
        worker,
        'POST',
        '/api/v1/youth',
        sampleYouthInput({ legalName: { given: 'María José', family: 'Hernández' }, dateOfBirth: '2011-03-04' }),
      );
      youthId = youth.json().id;
      await call(worker, 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: deputy.user.id,
        basis: 'protocol_response',
      });
      // A recovery three hours ago (partners were due on scene within 90 minutes), a disclosure, and a hotline call
      // about a youth not identified yet.
      const open = async (key: string, body: object) => {
        const res = await call(deputy, 'POST', '/api/v1/responses', body);
        expect(res.statusCode, res.body).toBe(201);
        opened[key] = res.json().id;
      };
      await open('recovery', {
        openedBy: 'recovery',
        youthId,
        recoveredAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      });
      await open('disclosure', { openedBy: 'disclosure', youthId });
      await open('unidentified', { openedBy: 'hotline_call' });
    });
    afterAll(() => h.close());

    it('lists mine newest first, naming the youth by initials or, unidentified, by who opened it', async () => {
      const { items } = await list(deputy);
      expect(items.map((i) => i.id)).toEqual([opened.unidentified, opened.disclosure, opened.recovery]);
      expect(items[0]).toMatchObject({ youthId: null, openerName: 'Amara Diallo', openedBy: 'hotline_call' });
      expect(items[0]).not.toHaveProperty('youth');
      expect(items[1]!.youth).toEqual({ initials: 'M. J. H.', age: expect.any(Number) });
      expect(items.every((i) => i.status === 'open')).toBe(true);
      // The social worker on the care team sees the youth's two, not the deputy's unidentified one.
      expect((await list(worker)).items.map((i) => i.id)).toEqual([opened.disclosure, opened.recovery]);
      expect((await list(outsider)).items).toEqual([]);
    });

    it('filters by status, overdue steps, what opened them and the youth', async () => {
      expect((await list(deputy, '?status=closed')).items).toEqual([]);
      expect((await list(deputy, '?status=open')).items).toHaveLength(3);
      const overdue = (await list(deputy, '?overdue=true')).items;
      expect(overdue.map((i) => i.id)).toContain(opened.recovery);
      expect(overdue.find((i) => i.id === opened.recovery)!.overdueSteps).toBeGreaterThan(0);
      expect((await list(deputy, '?openedBy=disclosure&openedBy=recovery')).items.map((i) => i.id)).toEqual([
        opened.disclosure,
        opened.recovery,
      ]);
      expect((await list(deputy, `?youthId=${youthId}&openedBy=recovery`)).items.map((i) => i.id)).toEqual([
        opened.recovery,
      ]);
    });

    it('pages through with a cursor, and gives a supervisor their agency’s', async () => {
      const first = await list(deputy, '?limit=2');
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const second = await list(deputy, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((i) => i.id)).toEqual([opened.recovery]);
      expect(second.nextCursor).toBeNull();
      expect((await list(supervisor, '?scope=agency')).items).toHaveLength(3);
      expect((await call(deputy, 'GET', '/api/v1/responses?scope=agency')).statusCode).toBe(403);
    });

    it('names the youth and age on the response, and the opener', async () => {
      const res = await call(worker, 'GET', `/api/v1/responses/${opened.recovery}`);
      expect(res.json().youth).toEqual({ name: 'María José Hernández', age: expect.any(Number) });
      expect(res.json().openerName).toBe('Amara Diallo');
      const deadlines = (await call(deputy, 'GET', '/api/v1/deadlines?hours=200')).json() as {
        youth?: { initials: string };
        openerName: string;
        ownerName: string | null;
        stepId: string;
        overdue: boolean;
      }[];
      const telephone = deadlines.find((d) => d.stepId === 'telephone-report' && d.youth);
      expect(telephone).toMatchObject({ youth: { initials: 'M. J. H.' }, ownerName: 'Amara Diallo' });
      const unidentified = deadlines.find((d) => !d.youth);
      expect(unidentified?.openerName).toBe('Amara Diallo');
    });

    it('lets a person set their work phone, shown on the care teams they are on', async () => {
      const set = await h.app.inject({
        method: 'PUT',
        url: '/api/v1/me/work-phone',
        headers: deputy.headers,
        payload: { workPhone: '(213) 555-0142 ext 12' },
      });
      expect(set.statusCode, set.body).toBe(200);
      const team = (await call(worker, 'GET', `/api/v1/youth/${youthId}/care-team`)).json() as {
        displayName: string;
        email: string;
        workPhone: string | null;
      }[];
      expect(team.find((m) => m.displayName === 'Amara Diallo')).toMatchObject({
        email: expect.stringContaining('@county.example'),
        workPhone: '(213) 555-0142 ext 12',
      });
      const refused = await h.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${deputy.user.id}/work-phone`,
        headers: worker.headers,
        payload: { workPhone: null },
      });
      expect(refused.statusCode).toBe(403);
    });
  });
}
