import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import { apiPost, type Enrolled, FIRST_ADMIN, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import { newContext, open, unexpectedConsoleErrors, visibleText, watchContext } from './support/browser.js';
import { seedDirectory } from './support/directory.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreen, PHONE, switchLanguage } from './support/screens.js';

/**
 * Issue 15, the browser test: a clinician finds a Spanish-speaking TF-CBT provider for a 15-year-old and refers her,
 * starting from the youth's page as a person does (the directory in pick mode, the referral form, its review with the
 * service's eligibility, sending); the advocate of the receiving agency finds it on My Harbor and accepts it in
 * Spanish. Every page on the way is axe-clean in both languages, at 1280 px and 320 px.
 */
const env = useHarborAndBrowser();
const CLINICIAN = testAccount('Dana Okafor', 'dana.okafor@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');
const ADVOCATE = testAccount(
  'Lucía Torres',
  'lucia.torres@valley-advocates.example',
  'Valley Youth Advocates',
  'advocacy',
);
/** A supervisor of the clinician's agency, who may send a referral the service's eligibility refuses. */
const SUPERVISOR = testAccount('Ruth Ashby', 'ruth.ashby@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');
const enrolled: Record<string, Enrolled> = {};
let youthId: string;
let youthName: string;
let referralId: string;

async function signIn(who: typeof CLINICIAN, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(env.browser, { serviceWorkers: 'block', locale, timezoneId: 'America/New_York' });
  enrolled[who.email] = await signInThroughApi(context, env.harbor, who, enrolled[who.email]);
  return { context, page: await context.newPage() };
}

/** A date of birth 15 years and 6 months before today: the youth is 15 whatever day the test runs. */
function fifteenYearsOld(): string {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() - 15 * 12 - 6);
  return day.toISOString().slice(0, 10);
}

beforeAll(async () => {
  const agencies = await setUpPeople(env.harbor, env.browser, [
    { account: CLINICIAN, role: 'clinician' },
    { account: ADVOCATE, role: 'advocate' },
    { account: SUPERVISOR, role: 'supervisor' },
  ]);
  // The TF-CBT clinic's referrals are received in Harbor by the advocate's agency.
  await seedDirectory(env.harbor, agencies[ADVOCATE.agencyName]!);
  const { context } = await signIn(CLINICIAN);
  const youth = sampleYouthInput({
    legalName: { given: 'Marisol', family: 'Quintero' },
    dateOfBirth: fifteenYearsOld(),
    genderIdentity: 'girl',
    preferredLanguage: 'es',
  });
  youthId = (await apiPost<{ id: string }>(env.harbor, context, '/api/v1/youth', youth)).id;
  youthName = 'Marisol Quintero';
  await context.close();
});

describe('a referral that closes the loop, in the browser', () => {
  it('lets a clinician find a Spanish-speaking TF-CBT provider for a 15-year-old and refer her', async () => {
    const { context, page } = await signIn(CLINICIAN);
    const problems = await watchContext(context, env.harbor.url);
    // From the youth's record, as a person starts.
    await open(page, `${env.harbor.url}/app/youth`);
    await page.getByRole('link', { name: youthName }).first().click();
    await page.waitForURL(new RegExp(`/app/youth/${youthId}$`));
    await page.getByTestId('youth-name').waitFor();
    await page.getByRole('link', { name: msg('en', 'referralWeb.refer') }).click();

    // The directory in pick mode, the youth's age filled in.
    await page.locator('main h1', { hasText: msg('en', 'directoryWeb.pick.title') }).waitFor();
    expect(await page.getByLabel(msg('en', 'directoryWeb.filter.age')).inputValue()).toBe('15');
    await page.getByLabel(msg('en', 'directoryWeb.filter.language')).selectOption('es');
    await page.getByLabel(msg('en', 'directoryWeb.filter.practice')).selectOption('tf_cbt');
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'directoryWeb.filter.submit'), exact: true })
      .click();
    await expect.poll(() => page.url()).toContain('practice=tf_cbt');
    const results = page.getByTestId('directory-service');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(1);
    const found = results.first();
    expect(await visibleText(found)).toContain('Trauma therapy for youth');
    expect(await visibleText(found.getByTestId('directory-service-languages'))).toContain('Spanish');
    await checkScreen(page, 'directory-pick');

    // The service's page: telephones are links to call.
    await found.getByRole('link', { name: 'Trauma therapy for youth', exact: true }).click();
    await page.getByTestId('service-name').waitFor();
    expect(await page.getByTestId('service-phones').getByRole('link').first().getAttribute('href')).toMatch(/^tel:\d+/);
    expect(await visibleText(page.getByTestId('service-practices'))).toContain('TF-CBT');
    await checkScreen(page, 'directory-service');
    await page.getByTestId('service-refer').click();

    // The form: nothing chosen in advance; sending it empty lists what is missing.
    await page.locator('main h1', { hasText: msg('en', 'referralWeb.new.title') }).waitFor();
    const sections = page.locator('input[id^="referral-section-"]');
    await sections.first().waitFor();
    expect(await sections.evaluateAll((boxes) => boxes.some((b) => (b as HTMLInputElement).checked))).toBe(false);
    await page.getByTestId('referral-submit').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await visibleText(summary)).toContain(msg('en', 'referralWeb.error.basis'));
    await checkScreen(page, 'referral-form-errors');

    await page.getByLabel(msg('en', 'referralWeb.field.reason')).fill('Trauma therapy in Spanish after a recovery.');
    await tick(page, 'referral-urgency-urgent');
    await tick(page, 'referral-basis-mdt_18961_7');
    const reported = new Date(Date.now() - 2 * 24 * 3600_000);
    await page.getByLabel(msg('en', 'referralWeb.field.mdtReportedAt')).fill(wallTime(reported));
    await page.getByTestId('referral-mdt-window').waitFor();
    await tick(page, 'referral-section-screenings');
    await tick(page, 'referral-do-not-contact');
    await page.getByLabel(msg('en', 'referralWeb.field.safeName')).fill('Rosa Díaz');
    await page.getByLabel(msg('en', 'referralWeb.field.safeRelationship')).fill('Aunt');
    await page.getByLabel(msg('en', 'referralWeb.field.safePhone')).fill('(213) 555-0142');
    // The service serves SPA 4 only: the eligibility asks where the youth lives until it is given.
    await expect
      .poll(() => visibleText(page.getByTestId('referral-eligibility')))
      .toContain(msg('en', 'referral.eligibility.areaUnknown'));
    await page.getByLabel(msg('en', 'referralWeb.field.youthArea')).fill('SPA 4 Metro');
    await tick(page, 'referral-runaway-no');
    // The service takes a 15-year-old: the eligibility, checked as the form is filled, fits.
    expect(await visibleText(page.getByTestId('referral-eligibility'))).toContain(
      msg('en', 'referralWeb.eligibility.fits'),
    );
    await checkScreen(page, 'referral-form');
    await page.getByTestId('referral-submit').click();

    // Sent: the referral's page, its clocks started.
    await page.waitForURL(/\/app\/referrals\/[0-9a-f-]{36}$/);
    referralId = page.url().split('/').pop()!;
    await page.getByTestId('referral-flash').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe(msg('en', 'referral.status.requested'));
    await page.getByTestId('referral-clock-acknowledge').waitFor();
    expect(await visibleText(page.getByTestId('referral-sections'))).toContain(
      msg('en', 'referral.section.screenings'),
    );
    await checkScreen(page, 'referral-sent');

    // The youth's page lists it with its status.
    await page.getByRole('link', { name: msg('en', 'referralWeb.youthLink') }).click();
    const line = page.getByTestId('youth-referrals').getByTestId('referral-line');
    await line.first().waitFor();
    expect(await line.first().textContent()).toContain(msg('en', 'referral.status.requested'));
    // Its status over time is on the youth's timeline: made, then sent.
    const changes = page.locator('[data-testid="timeline-entry"][data-kind="referral"]');
    await expect.poll(() => changes.count(), { timeout: 15_000 }).toBe(2);
    expect(await changes.allInnerTexts()).toContainEqual(
      expect.stringContaining(
        msg('en', 'youthPage.timeline.referral', {
          service: 'Trauma therapy for youth',
          status: msg('en', 'referral.status.requested'),
        }),
      ),
    );
    await checkScreen(page, 'youth-referrals');

    // The deadlines page names the answer the referrer waits for, beside the protocol's steps, and leads to it.
    await open(page, `${env.harbor.url}/app/deadlines`);
    await page.getByLabel(msg('en', 'responseWeb.deadlines.window')).selectOption('168');
    const due = page.getByTestId('deadline-row').filter({ hasText: msg('en', 'work.deadline.referral.acknowledge') });
    await due.first().waitFor();
    expect(await visibleText(due.first())).toContain(
      msg('en', 'work.deadline.referral.wait', { agency: 'Valley Youth Advocates' }),
    );
    await checkScreen(page, 'deadlines-referral');
    await due.first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/app/referrals/${referralId}$`));
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the advocate of the receiving agency find it on My Harbor and accept it in Spanish', async () => {
    const { context, page } = await signIn(ADVOCATE, 'es-MX');
    const problems = await watchContext(context, env.harbor.url);
    await page.setViewportSize(PHONE);
    await open(page, `${env.harbor.url}/app`);
    await switchLanguage(page, 'es');
    const waiting = page.getByTestId('home-referrals-waiting-on-me');
    await waiting.getByTestId('referral-line').first().waitFor();
    await waiting.getByTestId('referral-line').first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/app/referrals/${referralId}$`));
    await page.getByTestId('referral-do-not-contact').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe(msg('es', 'referral.status.requested'));
    expect(await visibleText(page.getByTestId('referral-contact'))).toContain('Rosa Díaz');
    await checkScreen(page, 'referral-received');

    await page.getByRole('button', { name: msg('es', 'referralWeb.action.accept'), exact: true }).click();
    await page.getByLabel(msg('es', 'referralWeb.action.note')).fill('La llamaremos por medio de su tía.');
    await page.getByTestId('referral-confirm').click();
    await expect
      .poll(() => page.getByTestId('referral-status').textContent(), { timeout: 15_000 })
      .toBe(msg('es', 'referral.status.accepted'));
    const events = page.getByTestId('referral-event');
    await expect.poll(() => events.count()).toBe(3);
    expect(await visibleText(events.last())).toContain('Lucía Torres');
    expect(await visibleText(events.last())).toContain('La llamaremos por medio de su tía.');
    await checkScreen(page, 'referral-accepted');
    // The youth's page, read through the referral, offers no change the server would refuse, and asks only for what
    // the referral shares (the screenings): not the responses, timeline or care team, which would be refused (404).
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await page.getByTestId('youth-name').waitFor();
    await page.getByRole('button', { name: msg('es', 'youthPage.actions.print') }).waitFor();
    await page.locator('#youth-screenings-heading').waitFor();
    await page.getByTestId('youth-referrals').getByTestId('referral-line').first().waitFor();
    expect(await page.locator('#youth-responses-heading, #youth-timeline-heading, #youth-team-heading').count()).toBe(
      0,
    );
    expect(await page.getByTestId('youth-open-response').count()).toBe(0);
    expect(await page.getByTestId('youth-refer').count()).toBe(0);
    expect(await page.getByRole('button', { name: msg('es', 'youthPage.actions.edit') }).count()).toBe(0);
    expect(await page.getByRole('link', { name: msg('es', 'youthPage.screenings.start') }).count()).toBe(0);
    await checkScreen(page, 'youth-through-referral');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();

    // The referrer sees it accepted among what waits on others.
    const clinician = await signIn(CLINICIAN);
    await open(clinician.page, `${env.harbor.url}/app`);
    const others = clinician.page.getByTestId('home-referrals-waiting-on-others').getByTestId('referral-line');
    await others.first().waitFor();
    expect(await others.first().textContent()).toContain(msg('en', 'referral.status.accepted'));
    // The whole list, beyond the home's first ten.
    await clinician.page
      .getByTestId('home-referrals-waiting-on-others')
      .getByRole('link', { name: msg('en', 'referralWeb.home.all') })
      .click();
    await clinician.page.getByTestId('referrals-outgoing').getByTestId('referral-line').first().waitFor();
    await checkScreen(clinician.page, 'referrals-list');
    await clinician.context.close();
  });
  it('closes the loop: services start, then the referral completes with its closure reason', async () => {
    const { context, page } = await signIn(ADVOCATE);
    const problems = await watchContext(context, env.harbor.url);
    await open(page, `${env.harbor.url}/app/referrals/${referralId}`);
    const confirm = async (action: 'start' | 'complete') => {
      await page.getByRole('button', { name: msg('en', `referralWeb.action.${action}`), exact: true }).click();
      // The confirmation takes focus.
      await expect
        .poll(() => page.locator('form.harbor-confirm').evaluate((f) => f === document.activeElement))
        .toBe(true);
    };
    await confirm('start');
    await page.getByTestId('referral-confirm').click();
    await expect
      .poll(() => page.getByTestId('referral-status').textContent(), { timeout: 15_000 })
      .toBe(msg('en', 'referral.status.in_progress'));
    await confirm('complete');
    // Completing has one closure reason, services received: chosen for the person.
    expect(await page.getByLabel(msg('en', 'referralWeb.action.closureReason')).inputValue()).toBe('services_received');
    await checkScreen(page, 'referral-complete');
    await page.getByTestId('referral-confirm').click();
    // Closed, the referral shares nothing with the receiving agency any more: the page says so.
    await page.getByText(msg('en', 'referralWeb.closedForReceiver')).waitFor();
    expect(await visibleText(page.getByTestId('referral-flash'))).toContain(
      msg('en', 'referralWeb.action.done', { status: msg('en', 'referral.status.completed') }),
    );
    await checkScreen(page, 'referral-closed');
    expect(unexpectedConsoleErrors(problems, [{ status: 404, path: `/api/v1/referrals/${referralId}` }])).toEqual([]);
    await context.close();

    // The referrer sees how it ended, with its closure reason.
    const clinician = await signIn(CLINICIAN);
    await open(clinician.page, `${env.harbor.url}/app/referrals/${referralId}`);
    await clinician.page.getByTestId('referral-events').waitFor();
    expect(await clinician.page.getByTestId('referral-status').textContent()).toBe(
      msg('en', 'referral.status.completed'),
    );
    expect(await visibleText(clinician.page.getByTestId('referral-events'))).toContain(
      msg('en', 'referral.closure.services_received'),
    );
    await checkScreen(clinician.page, 'referral-completed');
    await clinician.context.close();
  });
  it('lets a supervisor send a referral the service’s eligibility refuses, with the reason', async () => {
    const { context, page } = await signIn(SUPERVISOR);
    const problems = await watchContext(context, env.harbor.url);
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await page.getByTestId('youth-refer').click();
    await page.locator('main h1', { hasText: msg('en', 'directoryWeb.pick.title') }).waitFor();
    await page.getByLabel(msg('en', 'directoryWeb.filter.practice')).selectOption('tf_cbt');
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'directoryWeb.filter.submit'), exact: true })
      .click();
    await expect.poll(() => page.url()).toContain('practice=tf_cbt');
    await page.getByTestId('directory-refer').first().click();
    await page.getByLabel(msg('en', 'referralWeb.field.reason')).fill('The only TF-CBT clinician speaking Spanish.');
    await tick(page, 'referral-urgency-routine');
    await tick(page, 'referral-basis-youth_consent');
    // The youth lives outside the areas the service serves: the reason is shown, and a supervisor is asked why.
    await page.getByLabel(msg('en', 'referralWeb.field.youthArea')).fill('SPA 2 San Fernando');
    await tick(page, 'referral-runaway-no');
    const eligibility = page.getByTestId('referral-eligibility');
    await expect
      .poll(() => visibleText(eligibility))
      .toContain(msg('en', 'referral.eligibility.outsideArea', { area: 'SPA 2 San Fernando' }));
    await page.getByTestId('referral-submit').click();
    await page.getByTestId('error-summary').waitFor();
    expect(await visibleText(page.getByTestId('error-summary'))).toContain(
      msg('en', 'referralWeb.error.eligibilityOverride'),
    );
    await checkScreen(page, 'referral-override');
    await page.getByLabel(msg('en', 'referralWeb.field.override')).fill('The family moves to SPA 4 next week.');
    await page.getByTestId('referral-submit').click();
    await page.waitForURL(/\/app\/referrals\/[0-9a-f-]{36}$/);
    await page.getByTestId('referral-override').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe(msg('en', 'referral.status.requested'));
    expect(await visibleText(page.getByTestId('referral-override'))).toContain('The family moves to SPA 4 next week.');
    await checkScreen(page, 'referral-overridden');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();
  });

  it('lets a referrer change a draft the eligibility refused, then send it', async () => {
    const { context, page } = await signIn(CLINICIAN, 'es-MX');
    const problems = await watchContext(context, env.harbor.url);
    await page.setViewportSize(PHONE);
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await switchLanguage(page, 'es');
    await page.getByTestId('youth-refer').click();
    await page.locator('main h1', { hasText: msg('es', 'directoryWeb.pick.title') }).waitFor();
    await page.getByLabel(msg('es', 'directoryWeb.filter.practice')).selectOption('tf_cbt');
    await page
      .locator('main')
      .getByRole('button', { name: msg('es', 'directoryWeb.filter.submit'), exact: true })
      .click();
    await expect.poll(() => page.url()).toContain('practice=tf_cbt');
    await page.getByTestId('directory-refer').first().click();
    await page.getByLabel(msg('es', 'referralWeb.field.reason')).fill('Terapia del trauma en español.');
    await tick(page, 'referral-urgency-routine');
    await tick(page, 'referral-basis-caregiver_consent');
    await tick(page, 'referral-section-screenings');
    // Outside the service's area: a clinician may not override, so the referral is kept as a draft.
    await page.getByLabel(msg('es', 'referralWeb.field.youthArea')).fill('SPA 2 San Fernando');
    await tick(page, 'referral-runaway-no');
    await page.getByTestId('referral-submit').click();
    await page.waitForURL(/\/app\/referrals\/[0-9a-f-]{36}$/);
    const draftId = page.url().split('/').pop()!;
    expect(await page.getByTestId('referral-status').textContent()).toBe(msg('es', 'referral.status.draft'));

    // Changed: the form comes back filled with the draft's answers, the area and runaway status among them.
    await page.getByTestId('referral-edit').click();
    await page.locator('main h1', { hasText: msg('es', 'referralWeb.edit.title') }).waitFor();
    const area = page.getByLabel(msg('es', 'referralWeb.field.youthArea'));
    await expect.poll(() => area.inputValue()).toBe('SPA 2 San Fernando');
    expect(await page.getByLabel(msg('es', 'referralWeb.field.reason')).inputValue()).toBe(
      'Terapia del trauma en español.',
    );
    expect(await page.locator('#referral-runaway-no').isChecked()).toBe(true);
    expect(await page.locator('#referral-basis-caregiver_consent').isChecked()).toBe(true);
    expect(await page.locator('#referral-section-screenings').isChecked()).toBe(true);
    await checkScreen(page, 'referral-edit');
    await area.fill('SPA 4 Metro');
    await expect
      .poll(() => visibleText(page.getByTestId('referral-eligibility')))
      .toContain(msg('es', 'referralWeb.eligibility.fits'));
    await page.getByTestId('referral-submit').click();
    await page.waitForURL(new RegExp(`/app/referrals/${draftId}$`));
    await page.getByTestId('referral-flash').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe(msg('es', 'referral.status.requested'));
    expect(await page.getByTestId('referral-edit').count()).toBe(0);
    // The referral's page leads to the help on following it.
    await page.getByRole('link', { name: msg('es', 'referralWeb.helpFollow') }).click();
    await page.locator('main h1', { hasText: msg('es', 'help.referrals.title') }).waitFor();
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();
  });
});

/** Ticks a USWDS radio button or checkbox as a person does: by its label (USWDS draws the box itself). */
async function tick(page: Page, id: string): Promise<void> {
  await page.locator(`label[for="${id}"]`).click();
  expect(await page.locator(`#${id}`).isChecked()).toBe(true);
}

/** A time as the date-time field takes it, on the county's clock (Los Angeles). */
function wallTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
