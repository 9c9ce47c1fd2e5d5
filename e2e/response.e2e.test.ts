import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import { apiPost, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import {
  describeViolations,
  newContext,
  open,
  runAxe,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

const env = useHarborAndBrowser();
const WORKER = testAccount('Grace Kim', 'grace.kim@dcfs.example', 'DCFS', 'child_welfare');
const DEPUTY = testAccount('Luis Ortega', 'luis.ortega@sheriff.example', 'Sheriff', 'sheriff');

beforeAll(async () => {
  await setUpPeople(env.harbor, env.browser, [
    { account: WORKER, role: 'social_worker' },
    { account: DEPUTY, role: 'law_enforcement' },
  ]);
});

async function expectNoViolations(page: Page) {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('a response in the web app', () => {
  it('runs from a clear-concern screening to the telephone report, the written report and its PDF; SB 1322 for law enforcement', async () => {
    const worker = await newContext(env.browser, { serviceWorkers: 'block' });
    const problems = await watchContext(worker, env.harbor.url);
    await signInThroughApi(worker, env.harbor, WORKER);
    const youth = await apiPost<{ id: string }>(
      env.harbor,
      worker,
      '/api/v1/youth',
      sampleYouthInput({ dateOfBirth: '2011-02-03' }),
    );
    const deputyId = (
      (await (await worker.request.get(`${env.harbor.url}/api/v1/users/directory?q=Luis%20Ortega`)).json()) as {
        id: string;
      }[]
    )[0]!.id;
    await apiPost(env.harbor, worker, `/api/v1/youth/${youth.id}/care-team`, {
      userId: deputyId,
      basis: 'protocol_response',
    });
    const instruments = (await (await worker.request.get(`${env.harbor.url}/api/v1/instruments`)).json()) as {
      id: string;
      version: number;
      audience: string;
    }[];
    const brief = instruments.find((i) => i.audience === 'brief')!;
    const definition = (await (
      await worker.request.get(`${env.harbor.url}/api/v1/instruments/${brief.id}/versions/${brief.version}`)
    ).json()) as { domains: { items: { id: string }[] }[] };
    const answers = Object.fromEntries(definition.domains.flatMap((d) => d.items.map((i) => [i.id, 'yes'])));
    const screening = await apiPost<{ id: string; level: string }>(env.harbor, worker, '/api/v1/screenings', {
      instrumentId: brief.id,
      instrumentVersion: brief.version,
      youthId: youth.id,
      answers,
      complete: true,
      idempotencyKey: randomUUID(),
    });
    expect(screening.level).toBe('clear');

    // From the screening's result page to a response.
    const page = await worker.newPage();
    await open(page, `${env.harbor.url}/app/screenings/${screening.id}`);
    await page.getByRole('link', { name: msg('en', 'responseWeb.open.fromScreening') }).click();
    await page.locator('main h1', { hasText: msg('en', 'responseWeb.open.title') }).waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: msg('en', 'responseWeb.open.submit') }).click();
    await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
    const responseUrl = page.url();
    const steps = page.getByTestId('response-step');
    await steps.first().waitFor();
    // The safety item was answered yes: the safety step is open with 988 and the ACCESS Helpline.
    const safety = page.getByTestId('safety-step');
    expect(await safety.getByRole('link', { name: /988/ }).getAttribute('href')).toBe('tel:988');
    expect(await safety.getByRole('link', { name: /854-7771/ }).getAttribute('href')).toBe('tel:+18008547771');
    // The telephone report is due at once: asked for now, not counted as overdue.
    await expect
      .poll(() => visibleText(steps.first().getByTestId('step-status')))
      .toContain(msg('en', 'responseWeb.step.callNow'));
    await expectNoViolations(page);

    // The telephone report: a referral number of the wrong shape is refused; the right one completes the step.
    const form = page.getByTestId('telephone-form');
    await form.getByLabel(msg('en', 'responseWeb.telephone.worker')).fill('Hotline worker Pérez');
    // No disposition is chosen for the reporter; the referral number is asked for the ones that give it.
    const disposition = form.getByLabel(msg('en', 'responseWeb.telephone.category'));
    expect(await disposition.inputValue()).toBe('');
    expect(await form.getByLabel(msg('en', 'responseWeb.telephone.referral')).count()).toBe(0);
    await disposition.selectOption('immediate');
    await form.getByLabel(msg('en', 'responseWeb.telephone.referral')).fill('1234-5678');
    await form.getByLabel(msg('en', 'responseWeb.telephone.referral')).blur();
    await form.getByText(msg('en', 'response.referralNumber.invalid')).first().waitFor();
    await form.getByRole('button', { name: msg('en', 'responseWeb.telephone.submit') }).click();
    await page.getByTestId('response-flash').getByText(msg('en', 'response.referralNumber.invalid')).waitFor();
    await form.getByLabel(msg('en', 'responseWeb.telephone.referral')).fill('1234-5678-9012-3456-789');
    await form.getByRole('button', { name: msg('en', 'responseWeb.telephone.submit') }).click();
    await page.getByTestId('telephone-reports').waitFor();
    expect(await visibleText(page.getByTestId('telephone-reports'))).toContain('1234567890123456789');

    // The written report: its 36-hour clock, the PDF, then marked sent.
    const report = page.getByTestId('written-report');
    await report.getByTestId('written-report-clock').waitFor();
    const pdf = await worker.request.get(`${responseUrl.replace('/app/', '/api/v1/')}/written-report.pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await report
      .getByLabel(msg('en', 'response.writtenReport.field.reporterBusinessAddress'))
      .fill('510 S Vermont Ave, Los Angeles');
    await report.getByLabel(msg('en', 'response.writtenReport.field.reporterPhone')).fill('(213) 555-0190');
    await report.getByRole('button', { name: msg('en', 'responseWeb.written.save') }).click();
    await page.getByTestId('response-flash').getByText(msg('en', 'responseWeb.written.saved')).waitFor();
    await report.getByLabel(msg('en', 'responseWeb.written.method')).selectOption('fax');
    await report.getByRole('button', { name: msg('en', 'responseWeb.written.review') }).click();
    await report.getByRole('button', { name: msg('en', 'responseWeb.written.submit') }).click();
    await page.getByTestId('response-flash').getByText(msg('en', 'responseWeb.written.submitted')).waitFor();
    const written = page.locator('[data-step="written-report"]').getByTestId('step-status');
    expect(await visibleText(written)).toContain('Grace Kim');

    // The deadlines page: the steps still open for this social worker, most urgent first.
    await open(page, `${env.harbor.url}/app/deadlines`);
    await page.getByTestId('deadlines').waitFor();
    expect(await page.getByTestId('deadline-row').count()).toBeGreaterThan(0);
    await expectNoViolations(page);
    expect(
      unexpectedConsoleErrors(problems, [
        { status: 400, path: `${new URL(responseUrl).pathname.replace('/app/', '/api/v1/')}/telephone-report` },
      ]),
    ).toEqual([]);
    await worker.close();

    // The deputy, in Spanish: an arrest under PC 647(b) is refused with the SB 1322 explanation.
    const deputy = await newContext(env.browser, { serviceWorkers: 'block', locale: 'es-MX' });
    await signInThroughApi(deputy, env.harbor, DEPUTY);
    const deputyPage = await deputy.newPage();
    await open(deputyPage, responseUrl);
    await deputyPage.locator('main h1', { hasText: msg('es', 'responseWeb.title') }).waitFor();
    await deputyPage.getByLabel(msg('es', 'responseWeb.action.kind')).selectOption('arrest');
    await deputyPage.getByLabel(msg('es', 'responseWeb.action.code')).fill('PC 647(b)');
    await deputyPage.getByRole('button', { name: msg('es', 'responseWeb.action.submit') }).click();
    const flash = deputyPage.getByTestId('response-flash');
    await flash.getByRole('heading', { name: msg('es', 'responseWeb.sb1322.title') }).waitFor();
    expect(await visibleText(flash)).toContain(msg('es', 'responseWeb.sb1322.why', { code: 'PC 647(b)' }));
    await flash.getByRole('link', { name: msg('es', 'responseWeb.toTelephoneReport') }).waitFor();
    await expectNoViolations(deputyPage);
    await deputy.close();
  }, 120_000);
});
