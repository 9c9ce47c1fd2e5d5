import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKey } from '../../audit/index.js';
import { type HarborDatabase, openDatabase } from '../../db/database.js';
import { createAgency } from '../../identity/accounts.js';
import { MailSender } from '../../mail/sender.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { startSmtp } from '../../testing/smtp.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { FAILED_RETRY_MS } from '../response/escalation-queries.js';
import { Mailer } from './mailer.js';
import { DeadlineScheduler } from './scheduler.js';

for (const dialect of DIALECTS) {
  describe(`deadline escalations [${dialect}]`, () => {
    let h: TestApp;
    let opener: SignedInUser;
    let advocate: SignedInUser;
    let advocateSupervisor: SignedInUser;
    let youthId: string;
    let second: HarborDatabase;

    const call = (who: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) =>
      h.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

    beforeAll(async () => {
      h = await createTestApp(dialect);
      // A second connection pool: another server process, as far as the database can tell. Not on SQLite: there a
      // second connection in this same process waits for the first one's write lock synchronously, freezing the event
      // loop the first needs to commit (real processes wait apart: crash.int.test.ts kills and restarts them).
      second = dialect === 'sqlite' ? h.t.database : openDatabase(h.t.config);
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      const advocacy = await createAgency(h.t.database.db, { name: 'Advocates', kind: 'advocacy' });
      opener = await signedInUser(h, dcfs.id, 'social_worker', 'esc-opener');
      advocate = await signedInUser(h, advocacy.id, 'advocate', 'esc-advocate');
      advocateSupervisor = await signedInUser(h, advocacy.id, 'supervisor', 'esc-advocate-supervisor');
      const youth = await call(opener, 'POST', '/api/v1/youth', sampleYouthInput());
      youthId = youth.json().id;
      await call(opener, 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: advocate.user.id,
        basis: 'protocol_response',
      });
    });
    afterAll(async () => {
      if (second !== h.t.database) await second.close();
      await h.close();
    });

    /** A recovery three hours ago: every on-scene step is 90 minutes overdue, both its escalations due. */
    const overdueResponse = async (hoursAgo = 3) => {
      const opened = await call(opener, 'POST', '/api/v1/responses', {
        openedBy: 'recovery',
        youthId,
        recoveredAt: new Date(Date.now() - hoursAgo * 3600_000).toISOString(),
      });
      expect(opened.statusCode, opened.body).toBe(201);
      return opened.json().id as string;
    };
    /**
     * Makes the database refuse a write to `notification` that matches `condition` (over `new`, ids compared as text):
     * a trigger standing for any defect or refused data. `cure()` drops it.
     */
    const poison = async (on: 'insert' | 'update', condition: string) => {
      const db = h.t.database.db;
      if (dialect === 'sqlite') {
        await sql
          .raw(
            `create trigger poison_notification before ${on} on notification when ${condition} begin select raise(abort, 'poisoned'); end`,
          )
          .execute(db);
        return;
      }
      const pgCondition = condition.replace(/new\.(\w+) =/g, 'new.$1::text =');
      await sql
        .raw(
          `create function poison_notification() returns trigger language plpgsql as $$ begin if ${pgCondition} then raise exception 'poisoned'; end if; return new; end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger poison_notification before ${on} on notification for each row execute function poison_notification()`,
        )
        .execute(db);
    };
    const cure = async () => {
      const db = h.t.database.db;
      await sql.raw(`drop trigger poison_notification${dialect === 'sqlite' ? '' : ' on notification'}`).execute(db);
      if (dialect === 'postgres') await sql.raw('drop function poison_notification()').execute(db);
    };
    const scheduler = (database: HarborDatabase, mailer?: Mailer) =>
      new DeadlineScheduler({ database, auditKey: auditChainKey(h.config.secretKey), intervalMs: 1000, mailer });

    it('sends each due escalation exactly once with two schedulers racing, to the owner and then their supervisor', async () => {
      const responses = await Promise.all([1, 2, 3, 4, 5].map(() => overdueResponse()));
      const a = scheduler(h.t.database);
      const b = scheduler(second);
      for (let round = 0; round < 4; round++) await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);

      const escalations = await h.t.database.db
        .selectFrom('escalation as e')
        .innerJoin('response_step as s', 's.id', 'e.response_step_id')
        .select(['e.id', 'e.status', 'e.notify', 's.step_id', 's.response_id'])
        .where('s.response_id', 'in', responses)
        .where('e.due_at', '<=', new Date().toISOString())
        .execute();
      expect(escalations.length).toBeGreaterThan(10);
      expect(escalations.every((e) => e.status === 'sent')).toBe(true);

      // The advocate's step: one notification to the advocate (owner) and one to the advocate's supervisor, per response.
      for (const responseId of responses) {
        const notes = await h.t.database.db
          .selectFrom('notification as n')
          .innerJoin('response_step as s', 's.id', 'n.response_step_id')
          .select(['n.user_id', 'n.kind'])
          .where('n.response_id', '=', responseId)
          .where('s.step_id', '=', 'advocate-on-scene')
          .execute();
        expect(notes.filter((n) => n.kind === 'step_overdue').map((n) => n.user_id)).toEqual([advocate.user.id]);
        expect(notes.filter((n) => n.kind === 'step_overdue_supervisor').map((n) => n.user_id)).toEqual([
          advocateSupervisor.user.id,
        ]);
      }
      // Another pass finds nothing left.
      expect(await a.runOnce()).toBe(0);

      const mine = await call(advocate, 'GET', '/api/v1/notifications');
      expect(mine.statusCode).toBe(200);
      expect(mine.json().unread).toBe(responses.length);
      const first = mine.json().items[0];
      expect((await call(advocate, 'POST', `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(204);
      expect((await call(advocate, 'GET', '/api/v1/notifications')).json().unread).toBe(responses.length - 1);
      // Someone else's notification is not found.
      expect((await call(opener, 'POST', `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(404);
    });

    it('sends the escalations after one that fails, and that one once it can be sent', async () => {
      // The earliest due response's notifications are refused by the database (a trigger stands for any defect or
      // refused data): its escalations wait, the later response's go out at once.
      const poisoned = await overdueResponse(4);
      const healthy = await overdueResponse(3);
      const db = h.t.database.db;
      await poison('insert', `new.response_id = '${poisoned}'`);
      const statusOf = async (responseId: string) =>
        (
          await db
            .selectFrom('escalation as e')
            .innerJoin('response_step as s', 's.id', 'e.response_step_id')
            .select('e.status')
            .where('s.response_id', '=', responseId)
            .where('e.due_at', '<=', new Date().toISOString())
            .execute()
        ).map((e) => e.status);
      const first = scheduler(h.t.database);
      expect(await first.runOnce()).toBeGreaterThan(0);
      expect(new Set(await statusOf(healthy))).toEqual(new Set(['sent']));
      // Those with someone to notify wait (an escalation with no one to notify inserts nothing, and is sent).
      expect(await statusOf(poisoned)).toContain('pending');
      // Not tried again at once: the next pass sends nothing.
      expect(await first.runOnce()).toBe(0);

      await cure();
      const later = new DeadlineScheduler({
        database: h.t.database,
        auditKey: auditChainKey(h.config.secretKey),
        intervalMs: 1000,
        now: () => new Date(Date.now() + FAILED_RETRY_MS + 1000),
      });
      expect(await later.runOnce()).toBeGreaterThan(0);
      expect(new Set(await statusOf(poisoned))).toEqual(new Set(['sent']));
    });

    it('cancels the escalations of a step completed in time', async () => {
      const id = await overdueResponse();
      const response = (await call(advocate, 'GET', `/api/v1/responses/${id}`)).json();
      const step = response.steps.find((s: { stepId: string }) => s.stepId === 'advocate-on-scene');
      const done = await call(advocate, 'POST', `/api/v1/responses/${id}/steps/advocate-on-scene/complete`, {
        version: step.version,
      });
      expect(done.statusCode, done.body).toBe(204);
      await scheduler(h.t.database).runOnce();
      const statuses = await h.t.database.db
        .selectFrom('escalation as e')
        .innerJoin('response_step as s', 's.id', 'e.response_step_id')
        .select('e.status')
        .where('s.response_id', '=', id)
        .where('s.step_id', '=', 'advocate-on-scene')
        .execute();
      expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'cancelled']);
    });

    it('e-mails each notification once through a real SMTP server, naming no youth', async () => {
      const smtp = await startSmtp();
      try {
        const id = await overdueResponse();
        const senders = [
          new MailSender({ url: smtp.url, from: 'Harbor <harbor@county.example>' }),
          new MailSender({ url: smtp.url, from: 'harbor@county.example' }),
        ];
        const mailer = new Mailer(senders[0]!, new URL('https://harbor.example'));
        const a = scheduler(h.t.database, mailer);
        const b = scheduler(second, new Mailer(senders[1]!, new URL('https://harbor.example')));
        for (let round = 0; round < 3; round++) await Promise.all([a.runOnce(), b.runOnce()]);
        const notes = await h.t.database.db
          .selectFrom('notification')
          .select(['id', 'email_status'])
          .where('response_id', '=', id)
          .execute();
        expect(notes.length).toBeGreaterThan(0);
        expect(notes.every((n) => n.email_status === 'sent')).toBe(true);
        // Quoted-printable text breaks long lines with "=" at the end: join them back before reading.
        const forThis = smtp.messages
          .map((m) => m.replace(/=\r?\n/g, ''))
          .filter((m) => m.includes(`/app/responses/${id}`));
        expect(smtp.messages).toHaveLength(notes.length);
        expect(forThis).toHaveLength(notes.length);
        const youth = await h.t.database.db
          .selectFrom('youth')
          .select('id')
          .where('id', '=', youthId)
          .executeTakeFirstOrThrow();
        for (const message of forThis) {
          expect(message).not.toContain(youth.id);
          expect(message).not.toMatch(/Test Youth/);
          expect(message).toMatch(/^Subject: Harbor/m);
        }
        for (const sender of senders) sender.close();
      } finally {
        await smtp.close();
      }
    });

    it("sends the other e-mails when one notification's cannot be recorded, and that one later", async () => {
      const smtp = await startSmtp();
      const sender = new MailSender({ url: smtp.url, from: 'harbor@county.example' });
      try {
        const id = await overdueResponse();
        // The notifications first, without e-mail; then one of them refuses its sent mark.
        await scheduler(h.t.database).runOnce();
        await h.t.database.db
          .updateTable('notification')
          .set({ email_status: 'pending' })
          .where('response_id', '=', id)
          .execute();
        const notes = await h.t.database.db
          .selectFrom('notification')
          .select('id')
          .where('response_id', '=', id)
          .orderBy('created_at')
          .execute();
        expect(notes.length).toBeGreaterThan(1);
        const refused = notes[0]!.id;
        await poison('update', `new.id = '${refused}' and new.email_status = 'sent'`);
        const statuses = async () =>
          Object.fromEntries(
            (
              await h.t.database.db
                .selectFrom('notification')
                .select(['id', 'email_status'])
                .where('response_id', '=', id)
                .execute()
            ).map((n) => [n.id, n.email_status]),
          );
        const mailer = new Mailer(sender, new URL('https://harbor.example'));
        await mailer.sendPending(h.t.database.db, new Date());
        const after = await statuses();
        expect(after[refused]).toBe('pending');
        expect(notes.filter((n) => n.id !== refused).every((n) => after[n.id] === 'sent')).toBe(true);
        // Not tried again at once.
        expect(await mailer.sendPending(h.t.database.db, new Date())).toBe(0);
        await cure();
        expect(await mailer.sendPending(h.t.database.db, new Date(Date.now() + FAILED_RETRY_MS + 1000))).toBe(1);
        expect((await statuses())[refused]).toBe('sent');
      } finally {
        sender.close();
        await smtp.close();
      }
    });
  });
}
