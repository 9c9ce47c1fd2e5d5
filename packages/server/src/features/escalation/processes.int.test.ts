import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createUser } from '../../identity/accounts.js';
import { createSession, csrfTokenFor } from '../../identity/sessions.js';
import { createTestDatabase, type TestDatabase } from '../../testing/databases.js';
import { type HarborProcess, startHarbor } from '../../testing/harbor-process.js';
import { schedulerBacklog } from '../../testing/scheduler-work.js';
import { startSmtp } from '../../testing/smtp.js';
import { sampleYouthInput } from '../../testing/youth.js';

const SECRET = 'd'.repeat(64);

/**
 * Two real `harbor serve` processes on one PostgreSQL database, each running the deadline scheduler every 200 ms and
 * sending e-mail to a real SMTP server: every due escalation is sent once, with one notification per recipient and one
 * e-mail per notification; after one process is killed (SIGKILL), the other carries on and nothing is sent twice.
 */
describe('deadline scheduler across two server processes [postgres]', () => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const processes: HarborProcess[] = [];
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    smtp = await startSmtp();
    const dcfs = await createAgency(t.database.db, { name: 'DCFS', kind: 'child_welfare' });
    const advocacy = await createAgency(t.database.db, { name: 'Advocates', kind: 'advocacy' });
    const worker = await createUser(t.database.db, {
      agencyId: dcfs.id,
      email: 'worker@dcfs.example',
      displayName: 'Worker',
      role: 'social_worker',
      passwordHash: null,
    });
    for (const [email, role] of [
      ['advocate@advocates.example', 'advocate'],
      ['supervisor@advocates.example', 'supervisor'],
    ] as const) {
      await createUser(t.database.db, { agencyId: advocacy.id, email, displayName: email, role, passwordHash: null });
    }
    const { token } = await createSession(t.database.db, { userId: worker.id, stage: 'active' });
    headers = {
      cookie: `harbor=${token}`,
      'x-csrf-token': csrfTokenFor(Buffer.from(SECRET, 'hex'), token),
      'content-type': 'application/json',
    };
    for (let i = 0; i < 2; i++) {
      processes.push(
        await startHarbor({
          dataDir: t.dir,
          env: {
            HARBOR_DATABASE_URL: t.config.kind === 'postgres' ? t.config.url : '',
            HARBOR_SECRET_KEY: SECRET,
            HARBOR_SCHEDULER_INTERVAL_MS: '200',
            HARBOR_SMTP_URL: smtp.url,
          },
        }),
      );
    }
  }, 60_000);
  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) await p.stop();
    await smtp.close();
    await t.drop();
  });

  /** A youth with an advocate on the team, recovered three hours ago: every on-scene step is long overdue. */
  async function overdueResponse(base: string): Promise<string> {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(201);
      return (await res.json()) as { id: string };
    };
    const youth = await post('/api/v1/youth', sampleYouthInput());
    const advocate = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'advocate@advocates.example')
      .executeTakeFirstOrThrow();
    await post(`/api/v1/youth/${youth.id}/care-team`, { userId: advocate.id, basis: 'protocol_response' });
    const response = await post('/api/v1/responses', {
      openedBy: 'recovery',
      youthId: youth.id,
      recoveredAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    return response.id;
  }

  /** Waits until no due escalation is pending and no e-mail is waiting. */
  async function settled(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const backlog = await schedulerBacklog(t.database.db);
      if (backlog.escalations === 0 && backlog.emails === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`not settled: ${backlog.escalations} escalations, ${backlog.emails} e-mails`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function expectEachSentOnce(): Promise<number> {
    const sent = await t.database.db
      .selectFrom('escalation')
      .select(['id', 'status'])
      .where('due_at', '<=', new Date().toISOString())
      .execute();
    expect(sent.every((e) => e.status === 'sent')).toBe(true);
    // One notification per recipient and step and kind: never two.
    const notes = await t.database.db
      .selectFrom('notification')
      .select(['user_id', 'response_step_id', 'kind', 'email_status'])
      .execute();
    const keys = notes.map((n) => `${n.user_id}|${n.response_step_id}|${n.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(notes.every((n) => n.email_status === 'sent')).toBe(true);
    expect(smtp.messages).toHaveLength(notes.length);
    return notes.length;
  }

  it('sends each escalation once, and carries on after one process is killed', async () => {
    for (let i = 0; i < 3; i++) await overdueResponse(processes[0]!.url);
    await settled();
    const before = await expectEachSentOnce();
    expect(before).toBeGreaterThanOrEqual(3 * 2);

    processes[0]!.child.kill('SIGKILL');
    await processes[0]!.stop();
    for (let i = 0; i < 2; i++) await overdueResponse(processes[1]!.url);
    await settled();
    const after = await expectEachSentOnce();
    expect(after).toBeGreaterThan(before);
  }, 90_000);
});
