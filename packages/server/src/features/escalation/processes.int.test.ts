import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectEachEscalationSentOnce,
  PROCESS_SECRET,
  schedulerSettled,
  seedCounty,
  youthWithResponse,
} from '../../testing/county.js';
import { createTestDatabase, type TestDatabase } from '../../testing/databases.js';
import { type HarborProcess, startHarbor } from '../../testing/harbor-process.js';
import { startSmtp } from '../../testing/smtp.js';

/**
 * Two real `harbor serve` processes on one PostgreSQL database, each running the deadline scheduler every 200 ms and
 * sending e-mail to a real SMTP server: every due escalation is sent once, with one notification per recipient and one
 * e-mail per notification; after one process is killed (SIGKILL), the other carries on and nothing is sent twice.
 */
describe('deadline scheduler across two server processes [postgres]', () => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const processes: HarborProcess[] = [];
  let county: Awaited<ReturnType<typeof seedCounty>>;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    smtp = await startSmtp();
    county = await seedCounty(t);
    for (let i = 0; i < 2; i++) {
      processes.push(
        await startHarbor({
          dataDir: t.dir,
          env: {
            HARBOR_DATABASE_URL: t.config.kind === 'postgres' ? t.config.url : '',
            HARBOR_SECRET_KEY: PROCESS_SECRET,
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

  it('sends each escalation once, and carries on after one process is killed', async () => {
    // A youth with an advocate on the team, recovered three hours ago: every on-scene step is long overdue.
    for (let i = 0; i < 3; i++) await youthWithResponse(processes[0]!.url, county);
    await schedulerSettled(t);
    const before = await expectEachEscalationSentOnce(t, smtp.messages);
    expect(before).toBeGreaterThanOrEqual(3 * 2);

    processes[0]!.child.kill('SIGKILL');
    await processes[0]!.stop();
    for (let i = 0; i < 2; i++) await youthWithResponse(processes[1]!.url, county);
    await schedulerSettled(t);
    const after = await expectEachEscalationSentOnce(t, smtp.messages);
    expect(after).toBeGreaterThan(before);
  }, 90_000);
});
