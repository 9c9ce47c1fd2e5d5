import { countyDate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

// Issue 12, items 6 and 7: SB 1322 (Stats. 2016, in force 1 January 2017), SB 357 (PC 653.22 repealed from 2023),
// PC 236.14 (vacatur and sealing need the earlier arrests).

const ZONE = 'America/Los_Angeles';
/** A calendar day so many days and years from today in the county. */
function dayFromToday(days: number, years = 0): string {
  const [y, m, d] = countyDate(new Date(), ZONE).split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y + years, m - 1, d + days));
  return at.toISOString().slice(0, 10);
}

for (const dialect of DIALECTS) {
  describe(`SB 1322: actions now and earlier arrests [${dialect}]`, () => {
    let h: TestApp;
    let socialWorker: SignedInUser;
    let officer: SignedInUser;
    let dcfsSupervisor: SignedInUser;
    let sheriffSupervisor: SignedInUser;
    let outsiderSupervisor: SignedInUser;

    const call = (who: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object, lang = 'en') =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': lang },
        ...(payload ? { payload } : {}),
      });

    /** A youth on the officer's care team, with a response the officer opened. */
    async function youthWithResponse(record: Record<string, unknown>) {
      const created = await call(socialWorker, 'POST', '/api/v1/youth', sampleYouthInput(record));
      expect(created.statusCode, created.body).toBe(201);
      const youthId = created.json().id as string;
      const added = await call(socialWorker, 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: officer.user.id,
        basis: 'protocol_response',
      });
      expect(added.statusCode, added.body).toBe(201);
      const opened = await call(officer, 'POST', '/api/v1/responses', { openedBy: 'recovery', youthId });
      expect(opened.statusCode, opened.body).toBe(201);
      return { youthId, responseId: opened.json().id as string };
    }

    const act = (responseId: string, body: object, lang = 'en') =>
      call(officer, 'POST', `/api/v1/responses/${responseId}/actions`, body, lang);
    const refusalOf = (res: { json: () => { error: { fields: { message: string }[] } } }) =>
      res.json().error.fields[0]!.message;

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      const sheriff = await createAgency(h.t.database.db, { name: 'Sheriff', kind: 'sheriff' });
      const other = await createAgency(h.t.database.db, { name: 'Elsewhere', kind: 'advocacy' });
      socialWorker = await signedInUser(h, dcfs.id, 'social_worker', 'sb-social-worker');
      officer = await signedInUser(h, sheriff.id, 'law_enforcement', 'sb-officer');
      dcfsSupervisor = await signedInUser(h, dcfs.id, 'supervisor', 'sb-dcfs-supervisor');
      sheriffSupervisor = await signedInUser(h, sheriff.id, 'supervisor', 'sb-sheriff-supervisor');
      outsiderSupervisor = await signedInUser(h, other.id, 'supervisor', 'sb-other-supervisor');
    });
    afterAll(() => h.close());

    it('finds the section however the charge writes it', async () => {
      const { responseId } = await youthWithResponse({ dateOfBirth: dayFromToday(0, -15) });
      for (const code of [
        'P.C. 647(b)',
        'Cal. Penal Code § 647(b)',
        'Ct. 1 PC 459; Ct. 2 Pen. Code 647(b)',
        'prostitution',
      ]) {
        const refused = await act(responseId, { kind: 'charge', code });
        expect(refused.statusCode, code).toBe(400);
        expect(refusalOf(refused), code).toMatch(/SB 1322, Statutes of 2016/);
      }
      expect((await act(responseId, { kind: 'arrest', code: 'PC 459' })).statusCode).toBe(201);
    });

    it('never lets an age the client sends override the recorded date of birth', async () => {
      const { responseId } = await youthWithResponse({ dateOfBirth: dayFromToday(0, -15) });
      const refused = await act(responseId, { kind: 'arrest', code: 'PC 647(b)', ageYears: 25 });
      expect(refused.statusCode).toBe(400);
      expect(refusalOf(refused)).toMatch(/SB 1322/);
      const rows = await h.t.database.db
        .selectFrom('law_enforcement_action')
        .select('id')
        .where('response_id', '=', responseId)
        .execute();
      expect(rows).toEqual([]);
    });

    it('counts the age on the day of the conduct, in the county, not today', async () => {
      // 18 today, 17 on the day of the conduct three weeks ago.
      const { responseId } = await youthWithResponse({ dateOfBirth: dayFromToday(-10, -18) });
      const refused = await act(responseId, { kind: 'arrest', code: 'PC 647(b)', conductOn: dayFromToday(-21) });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refusalOf(refused)).toMatch(/SB 1322/);
      const future = await act(responseId, { kind: 'arrest', code: 'PC 459', conductOn: dayFromToday(3) });
      expect(future.statusCode).toBe(400);
      const now = await act(responseId, { kind: 'arrest', code: 'PC 647(b)' });
      expect(now.statusCode, now.body).toBe(201);
      const row = await h.t.database.db
        .selectFrom('law_enforcement_action')
        .select(['conduct_on'])
        .where('response_id', '=', responseId)
        .executeTakeFirstOrThrow();
      expect(row.conduct_on).toBe(dayFromToday(0));
    });

    it('takes an estimated age below 20 as possibly a minor’s, and refuses PC 653.22 for anyone', async () => {
      const estimated = await youthWithResponse({
        dateOfBirth: null,
        estimatedAge: 19,
        ageEstimatedOn: dayFromToday(-30),
      });
      expect((await act(estimated.responseId, { kind: 'arrest', code: 'PC 647(b)' })).statusCode).toBe(400);

      const adult = await youthWithResponse({ dateOfBirth: dayFromToday(0, -24) });
      expect((await act(adult.responseId, { kind: 'citation', code: 'PC 647(b)' })).statusCode).toBe(201);
      const repealed = await act(adult.responseId, { kind: 'citation', code: '653.22(a)' }, 'es');
      expect(repealed.statusCode).toBe(400);
      expect(refusalOf(repealed)).toMatch(/SB 357/);
      expect(refusalOf(repealed)).toMatch(/1 de enero de 2023/);
    });

    it('keeps an earlier unlawful arrest, alerts the care team and their supervisors, and lists it for vacatur', async () => {
      const { youthId, responseId } = await youthWithResponse({ dateOfBirth: '2009-05-10' });
      const before = await h.t.database.db.selectFrom('notification').select('user_id').execute();
      const kept = await call(officer, 'POST', `/api/v1/responses/${responseId}/earlier-arrests`, {
        kind: 'arrest',
        code: 'Pen. Code 647(b)',
        occurredOn: '2024-03-05',
        agency: 'Long Beach Police Department',
        disposition: 'Released to DCFS',
      });
      expect(kept.statusCode, kept.body).toBe(201);
      // Lawful then or not, these are kept too: a burglary, and a 647(b) arrest of 2016, before SB 1322.
      for (const [code, occurredOn] of [
        ['PC 459', '2024-06-01'],
        ['PC 647(b)', '2016-06-01'],
      ] as const) {
        const other = await call(officer, 'POST', `/api/v1/responses/${responseId}/earlier-arrests`, {
          kind: 'arrest',
          code,
          occurredOn,
          agency: 'LAPD',
        });
        expect(other.statusCode, other.body).toBe(201);
      }

      const notes = await h.t.database.db
        .selectFrom('notification')
        .select(['user_id', 'kind'])
        .where('kind', '=', 'unlawful_arrest')
        .where('response_id', '=', responseId)
        .execute();
      const notified = notes.map((n) => n.user_id).sort();
      // The social worker who created the record is on the care team, with the officer; and their supervisors.
      expect(notified).toEqual(
        [socialWorker.user.id, officer.user.id, dcfsSupervisor.user.id, sheriffSupervisor.user.id].sort(),
      );
      expect(notified).not.toContain(outsiderSupervisor.user.id);
      const after = await h.t.database.db.selectFrom('notification').select('user_id').execute();
      expect(after.length - before.length).toBe(4);

      const stored = await h.t.database.db
        .selectFrom('earlier_arrest')
        .selectAll()
        .where('youth_id', '=', youthId)
        .execute();
      expect(stored).toHaveLength(3);
      for (const row of stored) {
        expect(row.code).not.toMatch(/647|459/);
        expect(row.agency).not.toMatch(/Police|LAPD/);
      }

      const view = (await call(socialWorker, 'GET', `/api/v1/responses/${responseId}`)).json();
      expect(view.earlierArrests).toEqual([
        expect.objectContaining({ code: 'PC 459', occurredOn: '2024-06-01', unlawful: null, forVacatur: false }),
        expect.objectContaining({
          code: 'Pen. Code 647(b)',
          occurredOn: '2024-03-05',
          agency: 'Long Beach Police Department',
          disposition: 'Released to DCFS',
          unlawful: 'sb1322_minor',
          forVacatur: true,
        }),
        expect.objectContaining({ code: 'PC 647(b)', occurredOn: '2016-06-01', unlawful: null, forVacatur: true }),
      ]);

      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['details'])
        .where('event', '=', 'response.earlier_arrest_recorded')
        .where('youth_id', '=', youthId)
        .execute();
      expect(audit).toHaveLength(3);

      // For vacatur and sealing (PC 236.14): the youth's list, and only those naming PC 647(b) or 653.22.
      const forVacatur = (
        await call(socialWorker, 'GET', `/api/v1/youth/${youthId}/earlier-arrests?forVacatur=true`)
      ).json();
      expect(forVacatur.items.map((a: { occurredOn: string }) => a.occurredOn)).toEqual(['2024-03-05', '2016-06-01']);
      const all = (await call(socialWorker, 'GET', `/api/v1/youth/${youthId}/earlier-arrests`)).json();
      expect(all.items).toHaveLength(3);

      const inbox = (await call(dcfsSupervisor, 'GET', '/api/v1/notifications')).json();
      expect(inbox.items.map((n: { kind: string }) => n.kind)).toContain('unlawful_arrest');
    });

    it('alerts on PC 653.22 after its repeal whatever the age, and not before it', async () => {
      const { responseId } = await youthWithResponse({ dateOfBirth: '1998-01-15' });
      const count = async () =>
        (
          await h.t.database.db
            .selectFrom('notification')
            .select('id')
            .where('response_id', '=', responseId)
            .where('kind', '=', 'unlawful_arrest')
            .execute()
        ).length;
      const early = { kind: 'arrest', code: 'PC 653.22', occurredOn: '2022-12-31', agency: 'LAPD' };
      expect((await call(officer, 'POST', `/api/v1/responses/${responseId}/earlier-arrests`, early)).statusCode).toBe(
        201,
      );
      expect(await count()).toBe(0);
      const late = { ...early, occurredOn: '2023-01-02' };
      expect((await call(officer, 'POST', `/api/v1/responses/${responseId}/earlier-arrests`, late)).statusCode).toBe(
        201,
      );
      expect(await count()).toBeGreaterThan(0);
    });
  });
}
