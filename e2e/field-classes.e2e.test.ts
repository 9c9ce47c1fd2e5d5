import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPost, type Enrolled, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import {
  describeViolations,
  newContext,
  open,
  runAxe,
  screenshot,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/**
 * The field classes in the browser: a deputy who did not make the report, on a phone and in Spanish, sees that a
 * telephone report was made and when, never its details, the written report or the crisis plan, and none of the
 * screening's clinical answers; the deputy who made the report sees and writes it, with what PC 11167(a) asks for.
 */

const env = useHarborAndBrowser();
const CLINICIAN = testAccount('Ana Ruiz', 'ana.ruiz@dmh.example', 'DMH', 'mental_health');
const REPORTER = testAccount('Luis Ortega', 'luis.ortega@sheriff.example', 'Sheriff', 'sheriff');
const DEPUTY = testAccount('Dora Vega', 'dora.vega@sheriff.example', 'Sheriff', 'sheriff');
const SHELTER = 'Casa Esperanza, 12 Alta Loma';
const OBSERVATION = 'Said the boyfriend keeps her phone at night';
const SAFE_PEOPLE = 'Aunt Rosario 323 555 0188';
const WORKER = 'Hotline Worker Obregon';

let youthId = '';
let screeningId = '';
let responseId = '';

async function expectNoViolations(page: Page) {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Each person's authenticator, once enrolled, for signing in again. */
const enrolments = new Map<string, Enrolled>();

const signedIn = async (account: typeof CLINICIAN, options: Parameters<typeof newContext>[1] = {}) => {
  const context = await newContext(env.browser, { serviceWorkers: 'block', ...options });
  enrolments.set(account.email, await signInThroughApi(context, env.harbor, account, enrolments.get(account.email)));
  return context;
};

/** A PUT or a POST answered without a body (204). */
const send = async (context: BrowserContext, method: 'put' | 'post', path: string, data: unknown) => {
  const session = await context.request.get(`${env.harbor.url}/api/v1/auth/session`);
  const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  const response = await context.request[method](`${env.harbor.url}${path}`, {
    headers: { 'x-csrf-token': csrf },
    data,
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
};

beforeAll(async () => {
  await setUpPeople(env.harbor, env.browser, [
    { account: CLINICIAN, role: 'clinician' },
    { account: REPORTER, role: 'law_enforcement' },
    { account: DEPUTY, role: 'law_enforcement' },
  ]);
  const clinician = await signedIn(CLINICIAN);
  const youth = await apiPost<{ id: string }>(env.harbor, clinician, '/api/v1/youth', {
    legalName: { given: 'Yesenia', family: 'Quintanilla' },
    dateOfBirth: '2011-05-17',
    placement: { kind: 'shelter', detail: SHELTER },
    contacts: [{ name: 'Graciela Quintanilla', relationship: 'mother', phone: '310 555 0147', address: null }],
  });
  youthId = youth.id;
  for (const name of ['Luis Ortega', 'Dora Vega']) {
    const [person] = (await (
      await clinician.request.get(`${env.harbor.url}/api/v1/users/directory?q=${encodeURIComponent(name)}`)
    ).json()) as {
      id: string;
    }[];
    await apiPost(env.harbor, clinician, `/api/v1/youth/${youthId}/care-team`, {
      userId: person!.id,
      basis: 'protocol_response',
    });
  }
  const instruments = (await (await clinician.request.get(`${env.harbor.url}/api/v1/instruments`)).json()) as {
    id: string;
    version: number;
    audience: string;
  }[];
  const staff = instruments.find((i) => i.audience === 'staff')!;
  const definition = (await (
    await clinician.request.get(`${env.harbor.url}/api/v1/instruments/${staff.id}/versions/${staff.version}`)
  ).json()) as {
    domains: { items: { id: string; answer: { type: string }; required?: boolean; showIf?: unknown }[] }[];
  };
  const answers: Record<string, string> = {};
  for (const item of definition.domains.flatMap((d) => d.items)) {
    if (item.showIf) continue;
    if (item.answer.type === 'yes_no_unknown') answers[item.id] = 'no';
    else if (item.answer.type === 'concern') answers[item.id] = 'none';
    else if (item.answer.type === 'text') answers[item.id] = OBSERVATION;
  }
  Object.assign(answers, { exchange: 'clear', 'suicide-self-harm': 'yes' });
  const choices = definition.domains.flatMap((d) => d.items).filter((i) => i.answer.type === 'choice' && !i.showIf);
  for (const item of choices) {
    answers[item.id] = (item.answer as unknown as { options: { id: string }[] }).options.at(-1)!.id;
  }
  screeningId = (
    await apiPost<{ id: string }>(env.harbor, clinician, '/api/v1/screenings', {
      instrumentId: staff.id,
      instrumentVersion: staff.version,
      youthId,
      answers,
      complete: true,
      idempotencyKey: randomUUID(),
    })
  ).id;
  const reporter = await signedIn(REPORTER);
  responseId = (
    await apiPost<{ id: string }>(env.harbor, reporter, '/api/v1/responses', { openedBy: 'recovery', youthId })
  ).id;
  await apiPost(env.harbor, reporter, `/api/v1/responses/${responseId}/telephone-report`, {
    calledAt: new Date(Date.now() - 60_000).toISOString(),
    hotline: 'dcfs_child_protection_hotline',
    workerName: WORKER,
    referralNumber: '0123-4567-8901-2345-678',
    responseCategory: 'immediate',
  });
  await send(reporter, 'post', `/api/v1/responses/${responseId}/crisis`, { reason: 'Talked about dying' });
  const response = (await (await clinician.request.get(`${env.harbor.url}/api/v1/responses/${responseId}`)).json()) as {
    version: number;
  };
  await send(clinician, 'put', `/api/v1/responses/${responseId}/crisis-plan`, {
    version: response.version,
    plan: { safePeople: SAFE_PEOPLE },
  });
  await clinician.close();
  await reporter.close();
});

describe('field classes in the browser', () => {
  it('shows a deputy who did not make the report, on a phone in Spanish, only what law enforcement may see', async () => {
    const deputy = await signedIn(DEPUTY, { locale: 'es-MX', viewport: { width: 320, height: 740 } });
    const problems = await watchContext(deputy, env.harbor.url);
    const page = await deputy.newPage();
    await open(page, `${env.harbor.url}/app/responses/${responseId}`);
    await page.locator('main h1', { hasText: msg('es', 'responseWeb.title') }).waitFor();
    const reports = page.getByTestId('telephone-reports');
    await reports.waitFor();
    // That a report was made, and when, in the deputy's language; who took it is not said.
    const made = msg('es', 'responseWeb.telephone.lineMade', { time: '' }).trim();
    expect(await visibleText(reports)).toContain(made.slice(made.indexOf('se hizo'), made.indexOf('se hizo') + 40));
    const confidential = page.getByTestId('written-report-confidential');
    await confidential.waitFor();
    expect(await visibleText(confidential)).toContain('11167(d)');
    expect(await page.getByTestId('written-report-pdf').count()).toBe(0);
    await page.getByTestId('safety-plan-hidden').waitFor();
    expect(await page.locator('#plan-safePeople').count()).toBe(0);
    const body = await visibleText(page.locator('main'));
    for (const secret of [WORKER, '0123456789012345678', SAFE_PEOPLE, SHELTER]) expect(body).not.toContain(secret);
    // The page fits a phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoViolations(page);
    await screenshot(page, 'field-classes-deputy-response-es-320');

    await open(page, `${env.harbor.url}/app/screenings/${screeningId}`);
    const hidden = page.getByTestId('answers-hidden');
    await hidden.waitFor();
    expect(await visibleText(page.locator('main'))).not.toContain(OBSERVATION);
    await page.getByTestId('correction-ask-clinician').waitFor();
    await expectNoViolations(page);
    await screenshot(page, 'field-classes-deputy-screening-es-320');

    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await page.getByTestId('youth-name').waitFor();
    expect(await visibleText(page.locator('main'))).not.toContain(SHELTER);
    await expectNoViolations(page);
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await deputy.close();
  });

  it('shows the deputy who made the report what PC 11167(a) asks for, and the clinician the clinical answers', async () => {
    const reporter = await signedIn(REPORTER);
    const problems = await watchContext(reporter, env.harbor.url);
    const page = await reporter.newPage();
    await open(page, `${env.harbor.url}/app/responses/${responseId}`);
    const reports = page.getByTestId('telephone-reports');
    await reports.waitFor();
    expect(await visibleText(reports)).toContain(WORKER);
    const report = page.getByTestId('written-report');
    await report.getByTestId('written-report-pdf').waitFor();
    expect(await report.getByLabel(msg('en', 'response.writtenReport.field.childAddress')).inputValue()).toContain(
      SHELTER,
    );
    expect(await report.getByLabel(msg('en', 'response.writtenReport.field.parents')).inputValue()).toContain(
      'Graciela Quintanilla',
    );
    await page.getByTestId('safety-plan-hidden').waitFor();
    await expectNoViolations(page);
    await screenshot(page, 'field-classes-reporter-response-en');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await reporter.close();

    const clinician = await signedIn(CLINICIAN, { locale: 'es-MX' });
    const clinicianPage = await clinician.newPage();
    await open(clinicianPage, `${env.harbor.url}/app/screenings/${screeningId}`);
    await clinicianPage.getByTestId('result-level').waitFor();
    expect(await clinicianPage.getByTestId('answers-hidden').count()).toBe(0);
    expect(await visibleText(clinicianPage.locator('main'))).toContain(OBSERVATION);
    await open(clinicianPage, `${env.harbor.url}/app/responses/${responseId}`);
    await clinicianPage.getByTestId('safety-step').waitFor();
    expect(await clinicianPage.locator('#plan-safePeople').inputValue()).toBe(SAFE_PEOPLE);
    expect(await clinicianPage.getByTestId('written-report-confidential').count()).toBe(1);
    await expectNoViolations(clinicianPage);
    await screenshot(clinicianPage, 'field-classes-clinician-response-es');
    await clinician.close();
  });
});
