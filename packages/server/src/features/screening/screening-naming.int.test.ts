import { randomUUID } from 'node:crypto';
import { SHIPPED_INSTRUMENTS } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';

const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief')!;

for (const dialect of DIALECTS) {
  describe(`a screening names its youth [${dialect}]`, () => {
    let h: TestApp;
    let worker: SignedInUser;
    let clinician: SignedInUser;
    let youthId: string;
    const call = (who: SignedInUser, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      const dmh = await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' });
      worker = await signedInUser(h, dcfs.id, 'social_worker', 'naming-worker');
      clinician = await signedInUser(h, dmh.id, 'clinician', 'naming-clinician');
      youthId = (
        await call(worker, 'POST', '/api/v1/youth', {
          legalName: { given: 'Lucía', family: 'Ortiz' },
          dateOfBirth: '2012-08-09',
        })
      ).json().id;
      await call(worker, 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: clinician.user.id,
        basis: 'mdt',
      });
    });
    afterAll(() => h.close());

    it('by name and age while the author may see the youth, and not once they may not', async () => {
      const draft = await call(clinician, 'POST', '/api/v1/screenings', {
        instrumentId: brief.id,
        instrumentVersion: brief.version,
        youthId,
        answers: {},
        complete: false,
        idempotencyKey: randomUUID(),
      });
      expect(draft.statusCode, draft.body).toBe(201);
      expect(draft.json().youth).toEqual({ name: 'Lucía Ortiz', age: expect.any(Number) });
      const listed = (await call(clinician, 'GET', '/api/v1/screenings')).json() as { id: string; youth?: unknown }[];
      expect(listed.find((s) => s.id === draft.json().id)?.youth).toEqual({
        name: 'Lucía Ortiz',
        age: expect.any(Number),
      });

      // The clinician leaves the care team: the draft is still theirs, but no longer names the youth.
      const team = (await call(worker, 'GET', `/api/v1/youth/${youthId}/care-team`)).json() as {
        id: string;
        userId: string;
      }[];
      const member = team.find((m) => m.userId === clinician.user.id)!;
      expect((await call(worker, 'DELETE', `/api/v1/youth/${youthId}/care-team/${member.id}`)).statusCode).toBe(204);
      const again = await call(clinician, 'GET', `/api/v1/screenings/${draft.json().id}`);
      expect(again.statusCode).toBe(200);
      expect(again.json()).not.toHaveProperty('youth');
      expect(again.body).not.toContain('Ortiz');
      const relisted = (await call(clinician, 'GET', '/api/v1/screenings')).json() as { id: string; youth?: unknown }[];
      expect(relisted.find((s) => s.id === draft.json().id)).not.toHaveProperty('youth');
    });
  });
}
