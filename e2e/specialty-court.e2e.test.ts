import { readFileSync } from 'node:fs';
import { addDays, countyDate } from '@harbor/core';
import { PDFDocument } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import { apiPost, type Enrolled, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import { newContext, open, unexpectedConsoleErrors, visibleText, watchContext } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreen, followMenu, PHONE, switchLanguage } from './support/screens.js';

/**
 * Issue 16, the browser test: a probation officer enrolls a youth in STAR from the youth's page (voluntary, offered
 * at disposition), records the weekly hearing (the next one is set a week later), adds to the response log, writes
 * the agency's progress report for the next hearing (edited, signed, sent) and downloads its PDF, read back field by
 * field; the caseload view shows the cap of 25. The court's liaison sees the court-relevant fields only. Every screen
 * is axe-clean in both languages at 1280 and 320 px.
 */
const env = useHarborAndBrowser();
const OFFICER = testAccount('Rafael Ibarra', 'rafael.ibarra@probation.example', 'Probation Department', 'probation');
const LIAISON = testAccount('Joan Whitfield', 'joan.whitfield@court.example', 'Juvenile Court', 'court');
const enrolled: Record<string, Enrolled> = {};
const YOUTH = 'Marisol Quintero';
let youthId: string;
let reportId: string;
// The server's county (HARBOR_TIME_ZONE, Los Angeles by default).
const today = countyDate(new Date(), 'America/Los_Angeles');
const nextHearing = addDays(today, 7);

async function signIn(who: typeof OFFICER, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(env.browser, {
    serviceWorkers: 'block',
    locale,
    timezoneId: 'America/Los_Angeles',
    acceptDownloads: true,
  });
  enrolled[who.email] = await signInThroughApi(context, env.harbor, who, enrolled[who.email]);
  return { context, page: await context.newPage() };
}

const api = async <T>(context: BrowserContext, path: string): Promise<T> => {
  const response = await context.request.get(`${env.harbor.url}${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
};

beforeAll(async () => {
  await setUpPeople(env.harbor, env.browser, [
    { account: OFFICER, role: 'probation_officer' },
    { account: LIAISON, role: 'court_liaison' },
  ]);
  const liaison = await signIn(LIAISON);
  const liaisonId = (await api<{ user: { id: string } }>(liaison.context, '/api/v1/auth/session')).user.id;
  await liaison.context.close();
  const { context } = await signIn(OFFICER);
  youthId = (
    await apiPost<{ id: string }>(
      env.harbor,
      context,
      '/api/v1/youth',
      sampleYouthInput({ legalName: { given: 'Marisol', family: 'Quintero' } }),
    )
  ).id;
  await apiPost(env.harbor, context, `/api/v1/youth/${youthId}/care-team`, { userId: liaisonId, basis: 'court_order' });
  await context.close();
});

describe('a STAR court enrollment, in the browser', () => {
  it('lets a probation officer enroll a youth, hold the weekly hearing, log a response and send a report', async () => {
    const { context, page } = await signIn(OFFICER);
    const problems = await watchContext(context, env.harbor.url);
    await open(page, `${env.harbor.url}/app`);
    await followMenu(page, msg('en', 'youthPage.nav'));
    await page.getByRole('link', { name: YOUTH }).first().click();
    await page.waitForURL(new RegExp(`/app/youth/${youthId}$`));
    const court = page.getByTestId('youth-court');
    await court.getByText(msg('en', 'courtsWeb.youth.none')).waitFor();

    // Enrollment is voluntary: without the youth's agreement it is refused, and says why.
    const form = court.getByTestId('court-enroll');
    await form.getByLabel(msg('en', 'courtsWeb.enroll.program'), { exact: true }).selectOption('star');
    await form.getByText(msg('en', 'courtsWeb.enroll.disposition'), { exact: true }).click();
    await form.getByRole('button', { name: msg('en', 'courtsWeb.enroll.submit') }).click();
    await form.getByText(msg('en', 'court.enroll.notVoluntary')).first().waitFor();
    expect(await court.getByTestId('court-enrollment').count()).toBe(0);
    // With the keyboard: the agreement ticked with Space, the form sent with Enter.
    await form.getByLabel(msg('en', 'courtsWeb.enroll.agreed'), { exact: true }).focus();
    await page.keyboard.press('Space');
    expect(await form.getByLabel(msg('en', 'courtsWeb.enroll.officer'), { exact: true }).isChecked()).toBe(true);
    await form.getByRole('button', { name: msg('en', 'courtsWeb.enroll.submit') }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => court.getByTestId('court-status').textContent(), { timeout: 15_000 })
      .toBe(msg('en', 'court.status.active'));
    expect(await court.getByTestId('court-phase').textContent()).toBe('Phase 1: engagement');
    await checkScreen(page, 'court-enrolled');

    // This week's hearing, recorded: STAR sits weekly, so the next is set a week later.
    const schedule = court.getByTestId('court-schedule');
    await schedule.getByLabel(msg('en', 'courtsWeb.hearing.day'), { exact: true }).fill(today);
    await schedule.getByLabel(msg('en', 'courtsWeb.hearing.department'), { exact: true }).fill('Dept. 260');
    await schedule.getByRole('button', { name: msg('en', 'courtsWeb.schedule.submit') }).click();
    const hearings = court.getByTestId('court-hearing');
    await expect.poll(() => hearings.count(), { timeout: 15_000 }).toBe(1);
    await court.getByRole('button', { name: msg('en', 'courtsWeb.hearing.record', { day: today }) }).click();
    const record = court.getByTestId('court-record');
    await record.getByText(msg('en', 'court.appeared.youth'), { exact: true }).click();
    await record.getByText(msg('en', 'court.appeared.probation_officer'), { exact: true }).click();
    await record.getByLabel(msg('en', 'courtsWeb.hearing.outcome'), { exact: true }).selectOption('incentive');
    await checkScreen(page, 'court-record-hearing');
    await record.getByRole('button', { name: msg('en', 'courtsWeb.record.submit') }).click();
    await expect.poll(() => hearings.count(), { timeout: 15_000 }).toBe(2);
    expect(await visibleText(hearings.first())).toContain(msg('en', 'court.outcome.incentive'));
    expect(await visibleText(hearings.first())).toContain(msg('en', 'court.appeared.probation_officer'));
    expect(await visibleText(hearings.nth(1))).toContain(nextHearing);

    // The response log: an incentive, with the behaviour, the response, the day and the team's decision.
    const log = court.getByTestId('court-response-form');
    await log.getByLabel(msg('en', 'courtsWeb.responses.kind'), { exact: true }).selectOption('incentive');
    await log
      .getByLabel(msg('en', 'courtsWeb.responses.behaviour'), { exact: true })
      .fill('Went to school every day this week.');
    await log.getByLabel(msg('en', 'courtsWeb.responses.response'), { exact: true }).fill('Praise from the bench');
    await log.getByLabel(msg('en', 'courtsWeb.responses.decision'), { exact: true }).fill('Agreed by the MDT');
    await log.getByRole('button', { name: msg('en', 'courtsWeb.responses.submit'), exact: true }).click();
    const entries = court.getByTestId('court-response');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(1);
    expect(await visibleText(entries.first())).toContain('Praise from the bench');
    await checkScreen(page, 'court-hearings-log');

    // The agency's progress report for next week's hearing, on W&I 827.
    await court.getByRole('button', { name: msg('en', 'courtsWeb.report.start', { day: nextHearing }) }).click();
    const start = court.getByTestId('court-report-start');
    await start.getByLabel(msg('en', 'courtsWeb.report.basis'), { exact: true }).selectOption('wic_827');
    await start.getByRole('button', { name: msg('en', 'courtsWeb.report.startSubmit') }).click();
    await page.waitForURL(/\/app\/courts\/reports\/[0-9a-f-]{36}$/);
    reportId = page.url().split('/').pop()!;
    const school = page.getByLabel(msg('en', 'court.report.section.school'), { exact: true });
    await school.waitFor();
    expect(await page.getByLabel(msg('en', 'court.report.section.compliance'), { exact: true }).inputValue()).toContain(
      'Went to school every day this week.',
    );
    await checkScreen(page, 'court-report-draft');
    await school.fill('Attends every class; no absence this month.');
    await page.getByRole('button', { name: msg('en', 'courtsWeb.report.save') }).click();
    await expect
      .poll(() => page.getByTestId('report-notice').textContent())
      .toContain(msg('en', 'courtsWeb.report.saved'));
    await page.getByRole('button', { name: msg('en', 'courtsWeb.report.sign') }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('report-notice').textContent())
      .toContain(msg('en', 'courtsWeb.report.signedNotice'));
    await page.getByRole('button', { name: msg('en', 'courtsWeb.report.send') }).click();
    await expect
      .poll(() => page.getByTestId('report-notice').textContent())
      .toContain(msg('en', 'courtsWeb.report.sentNotice'));
    expect(await visibleText(page.getByTestId('report-facts'))).toContain(msg('en', 'court.report.status.sent'));
    await checkScreen(page, 'court-report-sent');

    // The PDF, downloaded as a person does, read back field by field.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
    const form2 = (await PDFDocument.load(readFileSync((await download.path())!))).getForm();
    const value = (name: string) => form2.getTextField(name).getText();
    const sent = await api<{ signedAt: string }>(context, `/api/v1/court-progress-reports/${reportId}`);
    expect(value('youth')).toBe(YOUTH);
    expect(value('program')).toBe('STAR court (Succeeding Through Achievement and Resilience)');
    expect(value('phase')).toBe('Phase 1: engagement');
    expect(value('hearing')).toBe(`${nextHearing}, Dept. 260`);
    expect(value('agency')).toBe('Probation Department');
    expect(value('author')).toBe('Rafael Ibarra');
    expect(value('dueOn')).toBe(addDays(nextHearing, -2));
    expect(value('basis')).toBe(msg('en', 'court.report.basis.wic_827'));
    expect(value('signed')).toBe(sent.signedAt);
    expect(value('section.school')).toBe('Attends every class; no absence this month.');
    expect(value('section.compliance')).toContain('Went to school every day this week.');
    expect(form2.getFields().map((f) => f.getName())).not.toContain('section.treatment_progress');

    // The caseload view, from the menu: the cap of 25 and nobody over it.
    await followMenu(page, msg('en', 'courtsWeb.nav'));
    await page.waitForURL(/\/app\/courts$/);
    // STAR's caseloads (DREAM sets no cap).
    const caseload = page.getByTestId('court-program').filter({ hasText: 'STAR court' }).getByTestId('court-caseload');
    await caseload.waitFor();
    expect(await caseload.getByTestId('court-caseload-summary').textContent()).toBe(
      msg('en', 'courtsWeb.caseload.noneOver', { cap: 25 }),
    );
    const officer = caseload.getByTestId('court-caseload-officer');
    expect(await visibleText(officer)).toContain('Rafael Ibarra');
    expect(await visibleText(officer)).toContain(msg('en', 'courtsWeb.caseload.remaining', { count: 24 }));
    await checkScreen(page, 'court-caseloads');
    // The one refusal asked for: the enrollment without the youth's agreement.
    expect(
      unexpectedConsoleErrors(problems, [{ status: 400, path: `/api/v1/youth/${youthId}/court-enrollments` }]),
    ).toEqual([]);
    await context.close();
  });

  it('shows the court’s liaison the court-relevant fields only, and nothing to change, in Spanish at 320 px', async () => {
    const { context, page } = await signIn(LIAISON, 'es-MX');
    const problems = await watchContext(context, env.harbor.url);
    await page.setViewportSize(PHONE);
    await open(page, `${env.harbor.url}/app`);
    await switchLanguage(page, 'es');
    await followMenu(page, msg('es', 'youthPage.nav'));
    await page.getByRole('link', { name: YOUTH }).first().click();
    await page.waitForURL(new RegExp(`/app/youth/${youthId}$`));
    const court = page.getByTestId('youth-court');
    await expect
      .poll(() => court.getByTestId('court-status').textContent(), { timeout: 15_000 })
      .toBe(msg('es', 'court.status.active'));
    // The court-relevant classes only: never the clinical one.
    const record = await api<{ fieldClasses: string[] }>(context, `/api/v1/youth/${youthId}`);
    expect(record.fieldClasses).not.toContain('clinical');
    expect(await visibleText(court.getByTestId('court-response').first())).toContain('Praise from the bench');
    for (const form of ['court-enroll', 'court-schedule', 'court-record', 'court-response-form', 'court-advance'])
      expect(await court.getByTestId(form).count(), form).toBe(0);
    // The timeline tells what happened in the program (the texts stay in the court section).
    const entries = page.locator('[data-testid="timeline-entry"][data-kind="court"]');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(4);
    expect(await entries.allInnerTexts()).toContainEqual(
      expect.stringContaining(msg('es', 'courtsWeb.timeline', { event: 'enrolled', program: 'STAR', hearing: '' })),
    );
    expect(await entries.allInnerTexts()).toContainEqual(
      expect.stringContaining(
        msg('es', 'courtsWeb.timeline', { event: 'report_sent', program: 'STAR', hearing: nextHearing }),
      ),
    );
    // The record's disclosures list probation's report as sent to the court, on its basis.
    const disclosure = page.getByTestId('youth-disclosure');
    await expect
      .poll(() => disclosure.allInnerTexts(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining(msg('es', 'meetings.youth.forHearing', { day: nextHearing })));
    expect(await visibleText(disclosure.first())).toContain(msg('es', 'meetings.basis.wic_827'));
    await checkScreen(page, 'court-liaison-youth');
    // Probation's report, sent to the court: read, downloaded, not changed.
    await open(page, `${env.harbor.url}/app/courts/reports/${reportId}`);
    await page.getByLabel(msg('es', 'court.report.section.school'), { exact: true }).waitFor();
    expect(await page.getByLabel(msg('es', 'court.report.section.school'), { exact: true }).inputValue()).toBe(
      'Attends every class; no absence this month.',
    );
    expect(await page.getByRole('button', { name: msg('es', 'courtsWeb.report.save') }).count()).toBe(0);
    await page.getByTestId('report-pdf').waitFor();
    await checkScreen(page, 'court-liaison-report');
    // The caseloads are the court's to see too: the cap and who is over it, by counts only.
    await followMenu(page, msg('es', 'courtsWeb.nav'));
    const star = page.getByTestId('court-program').filter({ hasText: 'Tribunal STAR' });
    await star.getByTestId('court-caseload').waitFor();
    expect(await visibleText(star.getByTestId('court-caseload-summary'))).toBe(
      msg('es', 'courtsWeb.caseload.noneOver', { cap: 25 }),
    );
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();
  });
});
