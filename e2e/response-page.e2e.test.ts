import { DEFAULT_TIME_ZONE, formatInZone, fromZonedInput, toZonedInput } from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import { apiPost, type Enrolled, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import { newContext, open, unexpectedConsoleErrors, visibleText, watchContext } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreen, PHONE, switchLanguage } from './support/screens.js';

/**
 * The response page says what it means (issue 11, item 9): the telephone report is asked for now, never "overdue by
 * 1 min"; other steps count down in words on the county's clock; the safety step is offered, and asks (naming whom it
 * notifies) before it notifies anyone; the written report has one-line fields for one-line facts, names its recipient
 * and times in words, and is reviewed before it is marked sent; law enforcement chooses an action (none is chosen for
 * them), and an SB 1322 refusal is titled with the rule and says what to do instead. Issue 12, item 7: the action
 * asks the day of the conduct; an earlier arrest has its own section and form, and an unlawful one alerts the team.
 */
const env = useHarborAndBrowser();
const WORKER = testAccount('Marisol Vega', 'marisol.vega@dcfs.example', 'DCFS', 'child_welfare');
const CLINICIAN = testAccount('Dana Okafor', 'dana.okafor@dmh.example', 'DMH clinic', 'mental_health');
const DEPUTY = testAccount('Tomás Reyes', 'tomas.reyes@sheriff.example', 'Sheriff', 'sheriff');
const ADVOCATE = testAccount('Lucía Torres', 'lucia.torres@advocates.example', 'Advocates', 'advocacy');
const enrolled: Record<string, Enrolled> = {};
let youthId: string;

/** A person signs in (their browser on New York time: the page must still read the county's clock, Los Angeles). */
async function signIn(who: typeof WORKER, locale = 'en-US', viewport?: { width: number; height: number }) {
  const context = await newContext(env.browser, {
    serviceWorkers: 'block',
    locale,
    timezoneId: 'America/New_York',
    ...(viewport ? { viewport } : {}),
  });
  enrolled[who.email] = await signInThroughApi(context, env.harbor, who, enrolled[who.email]);
  return context;
}

/** Someone opens a response about the youth (each test its own, so that each can run alone). */
async function responseOpened(): Promise<void> {
  const worker = await signIn(WORKER);
  await apiPost(env.harbor, worker, '/api/v1/responses', { openedBy: 'disclosure', youthId });
  await worker.close();
}

/** From the list of responses (the page a person uses to find one) to the newest response. */
async function openFromList(page: Page): Promise<string> {
  await open(page, `${env.harbor.url}/app/responses`);
  await page.getByTestId('response-line').first().getByRole('link').click();
  await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
  await page.getByTestId('response-step').first().waitFor();
  return page.url().split('/').pop()!;
}

async function notificationsOf(context: BrowserContext): Promise<{ kind: string; responseId: string | null }[]> {
  const answer = await context.request.get(`${env.harbor.url}/api/v1/notifications`);
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { items: { kind: string; responseId: string | null }[] }).items;
}

beforeAll(async () => {
  await setUpPeople(env.harbor, env.browser, [
    { account: WORKER, role: 'social_worker' },
    { account: CLINICIAN, role: 'clinician' },
    { account: DEPUTY, role: 'law_enforcement' },
    { account: ADVOCATE, role: 'advocate' },
  ]);
  const worker = await signIn(WORKER);
  // A minor on every day these tests use (SB 1322 counts the age on the day of the conduct).
  youthId = (
    await apiPost<{ id: string }>(env.harbor, worker, '/api/v1/youth', sampleYouthInput({ dateOfBirth: '2011-04-02' }))
  ).id;
  // Someone of another agency is found by the start of the given and family names (issue 13, item 10).
  for (const name of ['Dana Okafor', 'Tomás Reyes', 'Lucía Torres']) {
    const found = (await (
      await worker.request.get(`${env.harbor.url}/api/v1/users/directory?q=${encodeURIComponent(name)}`)
    ).json()) as { id: string }[];
    await apiPost(env.harbor, worker, `/api/v1/youth/${youthId}/care-team`, {
      userId: found[0]!.id,
      basis: 'protocol_response',
    });
  }
  await worker.close();
});

describe('the response page', () => {
  it('asks for the telephone call now however long it waits, counts down the rest in words, on the county’s clock', async () => {
    const worker = await signIn(WORKER);
    const problems = await watchContext(worker, env.harbor.url);
    const page = await worker.newPage();
    // The page's clock is the test's: minutes pass without waiting for them.
    await page.clock.install();
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await page.getByRole('link', { name: msg('en', 'youthPage.actions.openResponse') }).click();
    // (USWDS draws its own radio button: the label is what is clicked.)
    await page.locator('label', { hasText: msg('en', 'responseWeb.openedBy.disclosure') }).click();
    await page.getByRole('button', { name: msg('en', 'responseWeb.open.submit') }).click();
    await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const response = (await (await worker.request.get(`${env.harbor.url}/api/v1/responses/${id}`)).json()) as {
      openedAt: string;
      steps: { stepId: string; dueAt: string | null }[];
    };
    const county = (iso: string) => formatInZone(new Date(iso), DEFAULT_TIME_ZONE, 'en');
    const telephone = page.locator('[data-step="telephone-report"]').getByTestId('step-status');
    const health = page.locator('[data-step="health-evaluation"]').getByTestId('step-status');
    await telephone.waitFor();
    const callNow = `${msg('en', 'responseWeb.step.callNow')} (${msg('en', 'responseWeb.step.waitingSince', { time: county(response.openedAt) })})`;
    // (Until the protocol's definition has loaded, the step says "Required immediately", to anyone.)
    await expect.poll(() => visibleText(telephone)).toBe(callNow);

    // Ten minutes later (the page counts every 30 seconds) the call is still asked for, never "overdue by 10 min";
    // the health evaluation counts down in words, due by a time on the county's clock, whatever the device's zone.
    await page.clock.fastForward('10:00');
    const healthDue = response.steps.find((s) => s.stepId === 'health-evaluation')!.dueAt!;
    await expect
      .poll(() => visibleText(health))
      .toBe(`Due in 2 days 23 hours (${msg('en', 'responseWeb.step.dueAt', { time: county(healthDue) })})`);
    expect(await visibleText(telephone)).toBe(callNow);
    expect(await visibleText(page.getByTestId('response-steps'))).not.toMatch(/Overdue|min\b/);
    expect(county(healthDue)).toMatch(/P[SD]T$/);
    // The deadlines page, a list of work across responses, says how late the call is (ten minutes on).
    await open(page, `${env.harbor.url}/app/deadlines`);
    await page.getByTestId('deadlines').waitFor();
    expect(await visibleText(page.getByTestId('deadlines'))).toMatch(/ is 1\d minutes overdue \(/);
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await worker.close();
  });

  it('runs the written report’s 36 hours from when the reporter received the information, not from the call (PC 11166(a)), in both languages', async () => {
    await responseOpened();
    const worker = await signIn(WORKER);
    const problems = await watchContext(worker, env.harbor.url);
    const page = await worker.newPage();
    const id = await openFromList(page);
    const county = (iso: string | number, locale: 'en' | 'es' = 'en') =>
      formatInZone(new Date(iso), DEFAULT_TIME_ZONE, locale);
    const read = async () =>
      (await (await worker.request.get(`${env.harbor.url}/api/v1/responses/${id}`)).json()) as {
        learnedAt: string;
        steps: { stepId: string; dueAt: string | null }[];
      };
    // Before any call the written report is already due, 36 hours from the information (here, the opening).
    const opened = await read();
    const firstDue = Date.parse(opened.learnedAt) + 36 * 3600_000;
    const written = page.locator('[data-step="written-report"]').getByTestId('step-status');
    await expect
      .poll(() => visibleText(written))
      .toContain(msg('en', 'responseWeb.step.dueAt', { time: county(firstDue) }));

    // The reporter learned of it the evening before, and says so with the call.
    const form = page.getByTestId('telephone-form');
    const learned = toZonedInput(new Date(Date.now() - 20 * 3600_000), DEFAULT_TIME_ZONE);
    await form.getByLabel(msg('en', 'responseWeb.telephone.learnedAt')).fill(learned);
    await form.getByLabel(msg('en', 'responseWeb.telephone.worker')).fill('Hotline worker Pérez');
    await form.getByLabel(msg('en', 'responseWeb.telephone.category')).selectOption('immediate');
    await form.getByLabel(msg('en', 'responseWeb.telephone.referral')).fill('1234-5678-9012-3456-789');
    await form.getByRole('button', { name: msg('en', 'responseWeb.telephone.submit') }).click();
    await page.getByTestId('telephone-reports').waitFor();
    const due = fromZonedInput(learned, DEFAULT_TIME_ZONE).getTime() + 36 * 3600_000;
    const clock = page.getByTestId('written-report-clock');
    await expect.poll(() => visibleText(clock)).toBe(msg('en', 'responseWeb.written.clock', { time: county(due) }));
    expect(await visibleText(page.getByTestId('response-learned-at'))).toContain(
      county(fromZonedInput(learned, DEFAULT_TIME_ZONE).getTime()),
    );
    expect(new Date(firstDue).getTime()).toBeGreaterThan(due);
    expect((await read()).steps.find((s) => s.stepId === 'written-report')!.dueAt).toBe(new Date(due).toISOString());
    // After the call the reporter corrects it again: earlier still, and the clock follows.
    await page.getByRole('button', { name: msg('en', 'responseWeb.learnedAt.open') }).click();
    const earlier = toZonedInput(new Date(Date.now() - 30 * 3600_000), DEFAULT_TIME_ZONE);
    const correct = page.getByTestId('learned-at-form');
    await correct.getByLabel(msg('en', 'responseWeb.telephone.learnedAt')).fill(earlier);
    await correct.getByRole('button', { name: msg('en', 'responseWeb.learnedAt.submit') }).click();
    await page.getByTestId('response-flash').getByText(msg('en', 'responseWeb.learnedAt.saved')).waitFor();
    const due2 = fromZonedInput(earlier, DEFAULT_TIME_ZONE).getTime() + 36 * 3600_000;
    await expect.poll(() => visibleText(clock)).toBe(msg('en', 'responseWeb.written.clock', { time: county(due2) }));
    // In Spanish, on a phone and a desktop, axe-clean.
    await switchLanguage(page, 'es');
    await expect
      .poll(() => visibleText(clock))
      .toBe(msg('es', 'responseWeb.written.clock', { time: county(due2, 'es') }));
    await checkScreen(page, 'response-learned-at');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await worker.close();
  });

  it('opens a response for a youth who ran from placement, with the reports to law enforcement and NCMEC due 24 hours from learning of it (Spanish at 320 px, then English)', async () => {
    const worker = await signIn(WORKER, 'es-MX', PHONE);
    const problems = await watchContext(worker, env.harbor.url);
    const page = await worker.newPage();
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await page.getByRole('link', { name: msg('es', 'youthPage.actions.openResponse') }).click();
    await page.locator('label', { hasText: msg('es', 'responseWeb.openedBy.ran_from_placement') }).click();
    // When the worker learned of it: the hour the 24 hours count from, on the county's clock.
    const learned = toZonedInput(new Date(Date.now() - 2 * 3600_000), DEFAULT_TIME_ZONE);
    const since = page.getByLabel(msg('es', 'responseWeb.open.missingSince'));
    await since.fill(learned);
    // A youth missing from placement is in child welfare services: the form does not ask.
    expect(await page.getByLabel(msg('es', 'responseWeb.open.inChildWelfare')).count()).toBe(0);
    await checkScreen(page, 'response-open-missing');
    await page.getByRole('button', { name: msg('es', 'responseWeb.open.submit') }).click();
    await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
    await page.getByTestId('response-step').first().waitFor();
    const due = formatInZone(
      new Date(fromZonedInput(learned, DEFAULT_TIME_ZONE).getTime() + 24 * 3600_000),
      DEFAULT_TIME_ZONE,
      'es',
    );
    for (const stepId of ['missing-report-law-enforcement', 'missing-report-ncmec']) {
      await expect
        .poll(() => visibleText(page.locator(`[data-step="${stepId}"]`).getByTestId('step-status')))
        .toContain(msg('es', 'responseWeb.step.dueAt', { time: due }));
    }
    // Nothing that starts from a suspicion of exploitation: no telephone report is asked for a youth who is missing.
    expect(await page.getByTestId('response-step').count()).toBe(2);
    expect(await visibleText(page.getByTestId('response-steps'))).toContain('1-800-843-5678');
    await checkScreen(page, 'response-missing');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await worker.close();
  });

  it('has a deputy’s response ask for the cross-report to child welfare and the district attorney at once (PC 11166(k))', async () => {
    const deputy = await signIn(DEPUTY);
    const problems = await watchContext(deputy, env.harbor.url);
    const page = await deputy.newPage();
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await page.getByRole('link', { name: msg('en', 'youthPage.actions.openResponse') }).click();
    await page.locator('label', { hasText: msg('en', 'responseWeb.openedBy.disclosure') }).click();
    await page.getByRole('button', { name: msg('en', 'responseWeb.open.submit') }).click();
    await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
    const immediate = page.locator('[data-step="cross-report-immediate"]');
    await expect
      .poll(() => visibleText(immediate.getByTestId('step-status')))
      .toContain(msg('en', 'responseWeb.step.immediate'));
    const steps = await page
      .getByTestId('response-step')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-step')));
    expect(steps.indexOf('cross-report-immediate')).toBeLessThan(steps.indexOf('cross-report-child-welfare'));
    expect(steps).not.toContain('cross-report-law-enforcement');
    await checkScreen(page, 'response-deputy-cross-reports', [PHONE]);
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await deputy.close();
  });

  it('asks who made the report when it was made another way, and keeps the written report due (a colleague, in Spanish)', async () => {
    await responseOpened();
    // A clinician on the care team, not the opener, says the report went through the county's online system.
    const clinician = await signIn(CLINICIAN, 'es-MX');
    const problems = await watchContext(clinician, env.harbor.url);
    const page = await clinician.newPage();
    const id = await openFromList(page);
    const step = page.locator('[data-step="telephone-report"]');
    await step.getByRole('button', { name: msg('es', 'responseWeb.elsewhere.open') }).click();
    const form = step.getByTestId('elsewhere-form');
    const who = form.getByLabel(msg('es', 'responseWeb.elsewhere.who'));
    // Nothing is chosen for the person; sending it so says what is missing, with focus on the field.
    expect(await who.inputValue()).toBe('');
    await form.getByRole('button', { name: msg('es', 'responseWeb.elsewhere.submit') }).click();
    await form.getByText(msg('es', 'response.madeBy.required')).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('elsewhere-by');
    await checkScreen(page, 'response-made-elsewhere');
    await who.selectOption('online_system');
    const madeAt = toZonedInput(new Date(Date.now() - 45 * 60_000), DEFAULT_TIME_ZONE);
    await form.getByLabel(msg('es', 'responseWeb.elsewhere.when')).fill(madeAt);
    await form.getByRole('button', { name: msg('es', 'responseWeb.elsewhere.submit') }).click();
    await page.getByTestId('response-flash').getByText(msg('es', 'responseWeb.elsewhere.saved')).waitFor();
    const made = fromZonedInput(madeAt, DEFAULT_TIME_ZONE).getTime();
    expect(await visibleText(step.getByTestId('report-made-elsewhere'))).toBe(
      msg('es', 'responseWeb.elsewhere.line', {
        by: msg('es', 'responseWeb.elsewhere.by.online_system'),
        time: formatInZone(new Date(made), DEFAULT_TIME_ZONE, 'es'),
      }),
    );
    // The written report's clock is still there, 36 hours from the information.
    const response = (await (await clinician.request.get(`${env.harbor.url}/api/v1/responses/${id}`)).json()) as {
      learnedAt: string;
      steps: { stepId: string; status: string; dueAt: string | null }[];
    };
    const written = response.steps.find((s) => s.stepId === 'written-report')!;
    expect(written.status).toBe('pending');
    expect(Date.parse(written.dueAt!)).toBe(Date.parse(response.learnedAt) + 36 * 3600_000);
    await expect
      .poll(() => visibleText(page.locator('[data-step="written-report"]').getByTestId('step-status')))
      .toContain(
        msg('es', 'responseWeb.step.dueAt', { time: formatInZone(new Date(written.dueAt!), DEFAULT_TIME_ZONE, 'es') }),
      );
    await checkScreen(page, 'response-made-elsewhere-done');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await clinician.close();
  });

  it('moves the 72-hour steps to a recovery recorded later, and records an advocate the youth declines as declined', async () => {
    await responseOpened();
    const worker = await signIn(WORKER);
    const problems = await watchContext(worker, env.harbor.url);
    const page = await worker.newPage();
    const id = await openFromList(page);
    const county = (iso: string | number, locale: 'en' | 'es' = 'en') =>
      formatInZone(new Date(iso), DEFAULT_TIME_ZONE, locale);
    // The youth had been recovered six hours before the disclosure was recorded.
    await page.getByRole('button', { name: msg('en', 'responseWeb.recovery.open') }).click();
    const recovered = toZonedInput(new Date(Date.now() - 6 * 3600_000), DEFAULT_TIME_ZONE);
    const form = page.getByTestId('recovery-form');
    await form.getByLabel(msg('en', 'responseWeb.open.recoveredAt')).fill(recovered);
    await form.getByRole('button', { name: msg('en', 'responseWeb.recovery.submit') }).click();
    await page.getByTestId('response-flash').getByText(msg('en', 'responseWeb.recovery.saved')).waitFor();
    const healthDue = fromZonedInput(recovered, DEFAULT_TIME_ZONE).getTime() + 72 * 3600_000;
    await expect
      .poll(() => visibleText(page.locator('[data-step="health-evaluation"]').getByTestId('step-status')))
      .toContain(msg('en', 'responseWeb.step.dueAt', { time: county(healthDue) }));
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await worker.close();

    // The advocate, in Spanish: the youth declines an advocate for now.
    const advocate = await signIn(ADVOCATE, 'es-MX');
    const advocatePage = await advocate.newPage();
    await open(advocatePage, `${env.harbor.url}/app/responses/${id}`);
    const engagement = advocatePage.locator('[data-step="advocate-engagement"]');
    await engagement.getByRole('button', { name: msg('es', 'responseWeb.step.markDeclined') }).click();
    await engagement.getByLabel(msg('es', 'responseWeb.step.note')).fill('No quiere una persona de apoyo por ahora.');
    await engagement.getByRole('button', { name: msg('es', 'responseWeb.step.markDeclined') }).click();
    await advocatePage.getByTestId('response-flash').getByText(msg('es', 'responseWeb.step.saved')).waitFor();
    await expect
      .poll(() => visibleText(engagement.getByTestId('step-status')))
      .toMatch(new RegExp(`^${msg('es', 'responseWeb.step.markDeclined')} \\(lo registró ${ADVOCATE.displayName}, `));
    expect(await visibleText(engagement.getByTestId('step-status'))).not.toMatch(/Vencido|⚠/);
    await checkScreen(advocatePage, 'response-declined');
    await advocate.close();
  });

  it('asks for the referral number only for the dispositions that give one, and shows the DCFS clock a disposition starts', async () => {
    await responseOpened();
    const worker = await signIn(WORKER);
    const problems = await watchContext(worker, env.harbor.url);
    const page = await worker.newPage();
    const id = await openFromList(page);
    const form = page.getByTestId('telephone-form');
    const disposition = form.getByLabel(msg('en', 'responseWeb.telephone.category'));
    const referral = form.getByLabel(msg('en', 'responseWeb.telephone.referral'));
    expect(await disposition.inputValue()).toBe('');
    await disposition.selectOption('consultation');
    expect(await referral.count()).toBe(0);
    await disposition.selectOption('immediate');
    await referral.fill('1234-5678-9012-3456-789');
    await form.getByLabel(msg('en', 'responseWeb.telephone.worker')).fill('Hotline worker Pérez');
    await form.getByRole('button', { name: msg('en', 'responseWeb.telephone.submit') }).click();
    await page.getByTestId('telephone-reports').waitFor();
    const read = (await (await worker.request.get(`${env.harbor.url}/api/v1/responses/${id}`)).json()) as {
      telephoneReports: { calledAt: string }[];
    };
    const due = Date.parse(read.telephoneReports[0]!.calledAt) + 24 * 3600_000;
    const county = (locale: 'en' | 'es') => formatInZone(new Date(due), DEFAULT_TIME_ZONE, locale);
    await expect
      .poll(() => visibleText(page.getByTestId('telephone-disposition')))
      .toContain(msg('en', 'responseWeb.disposition.due', { time: county('en') }));
    await switchLanguage(page, 'es');
    await expect
      .poll(() => visibleText(page.getByTestId('telephone-disposition')))
      .toContain(msg('es', 'responseWeb.disposition.due', { time: county('es') }));
    await checkScreen(page, 'response-disposition');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await worker.close();
  });

  it('offers the safety step, names whom it will notify, and notifies no one until the person confirms', async () => {
    await responseOpened();
    const worker = await signIn(WORKER);
    const clinician = await signIn(CLINICIAN);
    const page = await worker.newPage();
    const id = await openFromList(page);
    const before = (await notificationsOf(clinician)).filter((n) => n.responseId === id);
    expect(before).toEqual([]);

    // Not a red one-tap button: a secondary action, under the words that say when it is for.
    const offer = page.getByTestId('safety-offer');
    const openButton = offer.getByRole('button', { name: msg('en', 'responseWeb.safety.open') });
    expect(await openButton.getAttribute('class')).toContain('usa-button--outline');
    expect(await page.getByTestId('safety-step').count()).toBe(0);

    // Asking names the clinician; cancelling notifies no one, opens nothing, and puts focus back on the button.
    await openButton.click();
    const confirm = page.getByTestId('safety-confirm');
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('safety-confirm');
    expect(await visibleText(confirm)).toContain(msg('en', 'responseWeb.safety.confirmHeading'));
    expect(await visibleText(confirm.getByTestId('safety-notifies'))).toBe(CLINICIAN.displayName);
    await checkScreen(page, 'response-safety-confirm');
    await confirm.getByRole('button', { name: msg('en', 'youthPage.cancel') }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(msg('en', 'responseWeb.safety.open'));
    expect((await notificationsOf(clinician)).filter((n) => n.responseId === id)).toEqual([]);
    const read = await worker.request.get(`${env.harbor.url}/api/v1/responses/${id}`);
    expect(((await read.json()) as { crisis: unknown }).crisis).toBeNull();

    // Confirming opens it and notifies the clinician, once.
    await openButton.click();
    await confirm.getByRole('button', { name: msg('en', 'responseWeb.safety.confirm') }).click();
    await page.getByTestId('safety-step').waitFor();
    await page
      .getByTestId('response-flash')
      .getByText(msg('en', 'responseWeb.safety.opened', { count: 1 }))
      .waitFor();
    const after = (await notificationsOf(clinician)).filter((n) => n.responseId === id);
    expect(after.map((n) => n.kind)).toEqual(['crisis']);
    await worker.close();
    await clinician.close();
  });

  it('writes the written report in plain words, one-line fields for one-line facts, and reviews it before it is marked sent (Spanish, 320 px)', async () => {
    await responseOpened();
    const worker = await signIn(WORKER, 'es-MX', PHONE);
    const problems = await watchContext(worker, env.harbor.url);
    const page = await worker.newPage();
    await openFromList(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const status = page.locator('[data-step="telephone-report"]').getByTestId('step-status');
    await expect.poll(() => visibleText(status)).toContain(msg('es', 'responseWeb.step.callNow'));

    const form = page.getByTestId('telephone-form');
    await form.getByLabel(msg('es', 'responseWeb.telephone.worker')).fill('Hotline worker Pérez');
    await form.getByLabel(msg('es', 'responseWeb.telephone.category')).selectOption('five_day');
    await form.getByLabel(msg('es', 'responseWeb.telephone.referral')).fill('1234-5678-9012-3456-789');
    await form.getByRole('button', { name: msg('es', 'responseWeb.telephone.submit') }).click();
    await page.getByTestId('telephone-reports').waitFor();

    expect(await visibleText(page.getByTestId('telephone-reports'))).toContain(
      'a la Línea Directa de Protección Infantil de DCFS',
    );

    // The pre-fill: the call on the county's clock, the recipient by name, in the reporter's language.
    const report = page.getByTestId('written-report');
    const telephoneField = report.getByLabel(msg('es', 'response.writtenReport.field.telephoneReport'));
    await expect.poll(() => telephoneField.inputValue()).toMatch(/a la Línea Directa de Protección Infantil de DCFS/);
    expect(await telephoneField.inputValue()).toMatch(/P[SD]T/);
    expect(await telephoneField.inputValue()).not.toMatch(/UTC|dcfs_/);
    // One-line facts in one-line inputs; the story in text areas.
    const tag = (key: Parameters<typeof msg>[1]) =>
      report.getByLabel(msg('es', key), { exact: false }).evaluate((e) => `${e.tagName}.${e.className}`);
    expect(await tag('response.writtenReport.field.reporterPhone')).toBe('INPUT.usa-input');
    expect(await tag('response.writtenReport.field.childName')).toBe('INPUT.usa-input');
    expect(await tag('response.writtenReport.field.suspicionBasis')).toBe('TEXTAREA.usa-textarea');

    // Reviewing with what PC 11167(a) requires missing lists it, and nothing is recorded.
    await report.getByTestId('written-report-review').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await visibleText(summary)).toContain(msg('es', 'response.writtenReport.field.reporterBusinessAddress'));
    expect(await visibleText(summary)).toContain(msg('es', 'responseWeb.written.methodRequired'));
    expect(await visibleText(summary)).not.toContain(msg('es', 'response.writtenReport.field.childSchool'));
    expect(await report.getByTestId('written-report-review-step').count()).toBe(0);

    await report
      .getByLabel(msg('es', 'response.writtenReport.field.reporterBusinessAddress'), { exact: false })
      .fill('510 S Vermont Ave, Los Angeles');
    await report
      .getByLabel(msg('es', 'response.writtenReport.field.reporterPhone'), { exact: false })
      .fill('(213) 555-0190');
    await report
      .getByLabel(msg('es', 'response.writtenReport.field.suspicionBasis'), { exact: false })
      .fill('La joven contó que un hombre mayor se queda con el dinero que le dan por sexo.');
    await report
      .getByLabel(msg('es', 'response.writtenReport.field.suspicionSource'), { exact: false })
      .fill('La joven, en una entrevista con la trabajadora social.');
    await report.getByLabel(msg('es', 'responseWeb.written.method')).selectOption('email');
    const sentAt = await report.getByLabel(msg('es', 'responseWeb.written.submittedAt')).inputValue();
    await report.getByTestId('written-report-review').click();
    const review = report.getByTestId('written-report-review-step');
    await review.waitFor();
    const reviewText = await visibleText(review);
    expect(reviewText).toContain('La Línea Directa de Protección Infantil de DCFS');
    expect(reviewText).toContain('Por correo electrónico');
    // The time typed, read on the county's clock and named with its zone.
    const [date, clock] = sentAt.split('T') as [string, string];
    const [hour, minute] = clock.split(':').map(Number) as [number, number];
    expect(reviewText).toContain(`${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')}`);
    expect(reviewText).toMatch(/P[SD]T/);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Both languages, phone and desktop (the page stays in review as the language changes).
    await checkScreen(page, 'response-written-review');
    await review.waitFor();

    // "Go back" records nothing and returns to the button; "Confirm" marks it sent.
    await review.getByRole('button', { name: msg('es', 'responseWeb.written.goBack') }).click();
    await review.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'written-report-review',
    );
    const draft = await worker.request.get(`${page.url().replace('/app/', '/api/v1/')}/written-report`);
    expect(((await draft.json()) as { submittedAt: string | null }).submittedAt).toBeNull();
    await report.getByTestId('written-report-review').click();
    await review.getByRole('button', { name: msg('es', 'responseWeb.written.submit') }).click();
    await page.getByTestId('response-flash').getByText(msg('es', 'responseWeb.written.submitted')).waitFor();
    await expect.poll(() => visibleText(report.getByTestId('written-report-sent'))).toContain('Por correo electrónico');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await worker.close();
  });

  it('has law enforcement choose an action, and titles an SB 1322 refusal with the rule and what to do instead', async () => {
    await responseOpened();
    const deputy = await signIn(DEPUTY);
    const page = await deputy.newPage();
    await openFromList(page);
    const action = page.getByTestId('action-form');
    const kind = action.getByLabel(msg('en', 'responseWeb.action.kind'));
    // No action is chosen for the officer; sending nothing says what is missing, at the field, with focus on it.
    expect(await kind.inputValue()).toBe('');
    expect(await kind.locator('option:checked').textContent()).toBe(msg('en', 'responseWeb.choose'));
    await action.getByRole('button', { name: msg('en', 'responseWeb.action.submit') }).click();
    await action.getByText(msg('en', 'responseWeb.action.kindRequired')).waitFor();
    await action.getByText(msg('en', 'responseWeb.action.codeRequired')).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('action-kind');
    expect(await page.getByTestId('response-flash').count()).toBe(0);

    // The day of the conduct is today in the county unless the officer says otherwise.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE }).format(new Date());
    expect(await action.getByLabel(msg('en', 'responseWeb.action.conductOn')).inputValue()).toBe(today);

    await kind.selectOption('arrest');
    await action.getByLabel(msg('en', 'responseWeb.action.code')).fill('PC 647(b)');
    await action.getByRole('button', { name: msg('en', 'responseWeb.action.submit') }).click();
    const flash = page.getByTestId('response-flash');
    await flash.getByRole('heading', { name: msg('en', 'responseWeb.sb1322.title') }).waitFor();
    const text = await visibleText(flash);
    expect(text).not.toContain(msg('en', 'admin.error.heading'));
    expect(text).toContain(msg('en', 'responseWeb.sb1322.why', { code: 'PC 647(b)' }));
    expect(text).toContain(msg('en', 'responseWeb.sb1322.crossReport'));
    expect(await flash.getByRole('link', { name: /\(800\) 540-4000/ }).getAttribute('href')).toBe('tel:+18005404000');
    // The title is the rule in either language.
    await checkScreen(page, 'response-sb1322');
    expect(await flash.getByRole('heading').textContent()).toBe(msg('en', 'responseWeb.sb1322.title'));
    await deputy.close();
  });

  it('keeps an earlier arrest in its own section, marks an unlawful one, and alerts the care team', async () => {
    await responseOpened();
    const deputy = await signIn(DEPUTY);
    const page = await deputy.newPage();
    const problems = await watchContext(deputy, env.harbor.url);
    await openFromList(page);
    const section = page.getByTestId('earlier-arrests');
    await section.getByRole('heading', { name: msg('en', 'responseWeb.earlier.heading') }).waitFor();
    const form = section.getByTestId('earlier-arrest-form');
    await form.getByRole('button', { name: msg('en', 'responseWeb.earlier.submit') }).click();
    await form.getByText(msg('en', 'responseWeb.earlier.agencyRequired')).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('earlier-kind');

    await form.getByLabel(msg('en', 'responseWeb.earlier.kind')).selectOption('arrest');
    await form.getByLabel(msg('en', 'responseWeb.earlier.code')).fill('Pen. Code 647(b)');
    await form.getByLabel(msg('en', 'responseWeb.earlier.occurredOn')).fill('2024-03-05');
    await form.getByLabel(msg('en', 'responseWeb.earlier.agency')).fill('Long Beach Police Department');
    await form.getByRole('button', { name: msg('en', 'responseWeb.earlier.submit') }).click();
    await page.getByTestId('response-flash').getByText(msg('en', 'responseWeb.earlier.saved')).waitFor();
    const list = section.getByTestId('earlier-arrest-list');
    await list.getByText(msg('en', 'responseWeb.earlier.unlawful.sb1322_minor')).waitFor();
    expect(await visibleText(list)).toContain(msg('en', 'responseWeb.earlier.vacatur'));
    // The refusal of an action now stays apart: nothing was refused, and the action form is untouched.
    expect(await page.getByTestId('action-form').getByLabel(msg('en', 'responseWeb.action.code')).inputValue()).toBe(
      '',
    );
    await checkScreen(page, 'response-earlier-arrests');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await deputy.close();

    // The social worker on the care team is alerted.
    const worker = await signIn(WORKER);
    await expect.poll(async () => (await notificationsOf(worker)).map((n) => n.kind)).toContain('unlawful_arrest');
    await worker.close();
  });
});
