import { DEFAULT_TIME_ZONE, toZonedInput } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../packages/server/src/testing/smtp.js';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import { apiPost, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import { describeViolations, newContext, open, runAxe, visibleText } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/**
 * The protocol's clock end to end: a recovery recorded three hours late leaves the advocate's 90-minute step overdue;
 * the running server's scheduler escalates it by e-mail to a real SMTP server (the advocate, then the advocate's
 * supervisor), the advocate sees the notification in the app and completes the step.
 */
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const env = useHarborAndBrowser({
  settings: async () => {
    smtp = await startSmtp();
    return { HARBOR_SMTP_URL: smtp.url, HARBOR_SCHEDULER_INTERVAL_MS: '300' };
  },
});
afterAll(() => smtp?.close());

const WORKER = testAccount('Rosa Méndez', 'rosa.mendez@dcfs.example', 'DCFS', 'child_welfare');
const ADVOCATE = testAccount('Jada Brooks', 'jada.brooks@advocates.example', 'Advocates', 'advocacy');
const ADVOCATE_SUPERVISOR = testAccount('Hui Chen', 'hui.chen@advocates.example', 'Advocates', 'advocacy');

beforeAll(async () => {
  await setUpPeople(env.harbor, env.browser, [
    { account: WORKER, role: 'social_worker' },
    { account: ADVOCATE, role: 'advocate' },
    { account: ADVOCATE_SUPERVISOR, role: 'supervisor' },
  ]);
});

const quotedPrintable = (text: string) => text.replace(/=\r?\n/g, '');

describe('an overdue step, escalated by e-mail', () => {
  it('reaches the owner and then their supervisor, shows in the app, and the owner completes the step', async () => {
    const worker = await newContext(env.browser, { serviceWorkers: 'block' });
    await signInThroughApi(worker, env.harbor, WORKER);
    const youth = await apiPost<{ id: string }>(env.harbor, worker, '/api/v1/youth', sampleYouthInput());
    const advocateId = (
      (await (await worker.request.get(`${env.harbor.url}/api/v1/users/directory?q=Jada%20Bro`)).json()) as {
        id: string;
      }[]
    )[0]!.id;
    await apiPost(env.harbor, worker, `/api/v1/youth/${youth.id}/care-team`, {
      userId: advocateId,
      basis: 'protocol_response',
    });

    // The social worker records a recovery that happened three hours ago.
    const page = await worker.newPage();
    await open(page, `${env.harbor.url}/app/responses/new?youth=${youth.id}`);
    await page.getByLabel(msg('en', 'responseWeb.openedBy.recovery')).check();
    // The field reads the county's clock (Los Angeles), whatever the device's zone.
    const threeHoursAgo = toZonedInput(new Date(Date.now() - 3 * 3600_000), DEFAULT_TIME_ZONE);
    await page.getByLabel(msg('en', 'responseWeb.open.recoveredAt')).fill(threeHoursAgo);
    await page.getByRole('button', { name: msg('en', 'responseWeb.open.submit') }).click();
    await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
    const responseId = page.url().split('/').pop()!;
    await worker.close();

    // The scheduler sends the advocate's escalation and, for the same overdue step, the supervisor's.
    const deadline = Date.now() + 30_000;
    const mailFor = (address: string) =>
      smtp.messages
        .map(quotedPrintable)
        .filter((m) => m.includes(`To: ${address}`) && m.includes(`/app/responses/${responseId}`));
    while (mailFor(ADVOCATE.email).length === 0 || mailFor(ADVOCATE_SUPERVISOR.email).length === 0) {
      if (Date.now() > deadline) throw new Error(`no escalation e-mail arrived: ${smtp.messages.length} messages`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(mailFor(ADVOCATE.email)).toHaveLength(1);
    expect(mailFor(ADVOCATE.email)[0]).toMatch(/^Subject: Harbor: a step you are responsible for is overdue/m);
    expect(mailFor(ADVOCATE_SUPERVISOR.email)[0]).toMatch(/^Subject: Harbor: a step in your agency is overdue/m);

    // The advocate sees it in the app, opens the response and completes the step.
    const advocate = await newContext(env.browser, { serviceWorkers: 'block' });
    await signInThroughApi(advocate, env.harbor, ADVOCATE);
    const advocatePage = await advocate.newPage();
    await open(advocatePage, `${env.harbor.url}/app/notifications`);
    await advocatePage.getByTestId('notifications').waitFor();
    // It names the step, the youth by initials, how late it is and whose it is.
    expect(await visibleText(advocatePage.getByTestId('notifications'))).toMatch(
      /The advocate on scene for T\. Y\. is \d+ (minutes|hours?)( \d+ minutes?)? overdue \(Advocate\)/,
    );
    const violations = await runAxe(advocatePage);
    expect(violations, describeViolations(violations)).toEqual([]);
    await advocatePage
      .getByRole('link', { name: /The advocate on scene for T\. Y\./ })
      .first()
      .click();
    const step = advocatePage.locator('[data-step="advocate-on-scene"]');
    await step.waitFor();
    expect(await visibleText(step.getByTestId('step-status'))).toMatch(/Overdue by .*escalated/);
    await step.getByRole('button', { name: msg('en', 'responseWeb.step.complete') }).click();
    await step.getByRole('button', { name: msg('en', 'responseWeb.step.complete') }).click();
    await advocatePage.getByTestId('response-flash').getByText(msg('en', 'responseWeb.step.saved')).waitFor();
    await expect.poll(() => visibleText(step.getByTestId('step-status'))).toContain('Jada Brooks');
    // Steps of other roles are not the advocate's to complete.
    const childWelfare = advocatePage.locator('[data-step="child-welfare-on-scene"]');
    expect(await childWelfare.getByRole('button', { name: msg('en', 'responseWeb.step.complete') }).count()).toBe(0);
    await advocate.close();
  }, 90_000);
});
