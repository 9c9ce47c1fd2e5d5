import { type Locale, youthRecordReference } from '@harbor/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import {
  type Account,
  apiPost,
  createUserThroughApi,
  csrfOf,
  FIRST_ADMIN,
  setUpFirstAdministrator,
  signInThroughApi,
} from './support/accounts.js';
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
import { followMenu } from './support/screens.js';

const env = useHarborAndBrowser();

const DMH = FIRST_ADMIN.agencyName;
const DCFS = 'Children and Family Services';

const SUPERVISOR: Account = {
  displayName: 'Marisol Vega',
  email: 'marisol.vega@dmh.lacounty.example',
  password: 'copper kettle autumn meadow',
  agencyName: DMH,
  agencyKind: 'mental_health',
};
const CLINICIAN: Account = {
  displayName: 'Daniel Okafor',
  email: 'daniel.okafor@dmh.lacounty.example',
  password: 'violet canyon paper lantern',
  agencyName: DMH,
  agencyKind: 'mental_health',
};
const SOCIAL_WORKER: Account = {
  displayName: 'Teresa Lin',
  email: 'teresa.lin@dcfs.lacounty.example',
  password: 'granite orchard sleepy otter',
  agencyName: DCFS,
  agencyKind: 'child_welfare',
};

const NOTE = 'Ask Teresa why she did not page the on-call clinician first.';

const REASON =
  'Youth arrived at the county hospital after midnight and the care team could not be reached; I need the ' +
  'placement history to arrange a safe bed tonight.';

/** A moment as the page must show it: Los Angeles time with its zone, whatever the browser's own time zone. */
function countyTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Text with every kind of space as one plain space (ICU versions differ in the spaces they put in times). */
const spaces = (text: string) => text.replace(/\s+/gu, ' ').trim();

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
});

describe('break-glass review', () => {
  it('shows a supervisor the emergency accesses to their agency’s youth, in English and Spanish; others may not', async () => {
    const url = env.harbor.url;

    // The administrator adds a second agency and three people.
    const admin = await newContext(env.browser);
    await signInThroughApi(admin, env.harbor, FIRST_ADMIN);
    const agencies = (await (await admin.request.get(`${url}/api/v1/agencies`)).json()) as {
      id: string;
      name: string;
    }[];
    const dmhId = agencies.find((a) => a.name === DMH)?.id;
    expect(dmhId).toBeTruthy();
    const dcfs = await apiPost<{ id: string }>(env.harbor, admin, '/api/v1/agencies', {
      name: DCFS,
      kind: 'child_welfare',
    });
    await createUserThroughApi(env.harbor, admin, SUPERVISOR, 'supervisor', dmhId!);
    await createUserThroughApi(env.harbor, admin, CLINICIAN, 'clinician', dmhId!);
    await createUserThroughApi(env.harbor, admin, SOCIAL_WORKER, 'social_worker', dcfs.id);
    await admin.close();

    // The supervisor's browser runs on Tokyo time: the page must still show county (Los Angeles) time.
    const supervisor = await newContext(env.browser, { serviceWorkers: 'block', timezoneId: 'Asia/Tokyo' });
    const problems = await watchContext(supervisor, url);
    await signInThroughApi(supervisor, env.harbor, SUPERVISOR);
    const page = await supervisor.newPage();

    const expectNoAxeViolations = async () => {
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    };

    // Nothing yet: the explanation and the empty state.
    await open(page, `${url}/app`);
    await followMenu(page, msg('en', 'admin.nav.breakGlass'));
    await page.locator('main h1', { hasText: msg('en', 'admin.breakGlass.title') }).waitFor();
    expect(await page.title()).toContain(msg('en', 'admin.breakGlass.title'));
    await page.getByText(msg('en', 'admin.breakGlass.intro')).waitFor();
    await page.getByTestId('break-glass-empty').waitFor();
    expect(await visibleText(page.getByTestId('break-glass-empty'))).toBe(msg('en', 'admin.breakGlass.empty'));
    await expectNoAxeViolations();

    // The clinician opens a youth record (so the care team includes the supervisor's agency).
    const clinician = await newContext(env.browser, { serviceWorkers: 'block' });
    const clinicianProblems = await watchContext(clinician, url);
    await signInThroughApi(clinician, env.harbor, CLINICIAN);
    const youth = await apiPost<{ id: string }>(
      env.harbor,
      clinician,
      '/api/v1/youth',
      sampleYouthInput({ legalName: { given: 'Ximena', family: 'Quintero' } }),
    );
    const youthRef = youthRecordReference(youth.id);

    // The social worker, from another agency and not on the care team, uses emergency access with a reason.
    const socialWorker = await newContext(env.browser);
    await signInThroughApi(socialWorker, env.harbor, SOCIAL_WORKER);
    expect((await socialWorker.request.get(`${url}/api/v1/youth/${youth.id}`)).status()).toBe(404);
    const grant = await apiPost<{ id: string; expiresAt: string }>(
      env.harbor,
      socialWorker,
      `/api/v1/youth/${youth.id}/break-glass`,
      {
        reason: REASON,
      },
    );
    expect((await socialWorker.request.get(`${url}/api/v1/youth/${youth.id}`)).status()).toBe(200);
    await socialWorker.close();
    const expiresAt = grant.expiresAt;
    const grantedAt = new Date(Date.parse(expiresAt) - 60 * 60_000).toISOString();

    // The supervisor sees it: who and from which agency, when, until when, still active, the youth (named: the
    // agency is on the care team) with the record's reference, the reason, and that it waits for review.
    await page.reload();
    const row = page.getByTestId('break-glass-row');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-youth-id')).toBe(youth.id);
    const table = page.getByRole('table', { name: msg('en', 'admin.breakGlass.caption') });
    await table.waitFor();
    const header = row.getByRole('rowheader');
    expect(spaces(await visibleText(header))).toBe(`${SOCIAL_WORKER.displayName} ${DCFS}`);
    let text = spaces(await visibleText(row));
    expect(text).toContain(spaces(countyTime(grantedAt, 'en')));
    expect(text).toContain(spaces(countyTime(expiresAt, 'en')));
    expect(spaces(await visibleText(row.getByTestId('break-glass-youth')))).toContain(
      `Ximena Quintero ${msg('en', 'admin.breakGlass.youthRef', { ref: youthRef })}`,
    );
    expect(text).toContain(REASON);
    expect(await visibleText(row.getByTestId('break-glass-status'))).toBe(msg('en', 'admin.breakGlass.active'));
    expect(await visibleText(row.getByTestId('break-glass-disposition'))).toBe(msg('en', 'admin.breakGlass.waiting'));
    expect(await visibleText(page.getByTestId('break-glass-waiting-count'))).toBe(
      msg('en', 'admin.breakGlass.waitingCount', { count: 1 }),
    );
    expect(await row.locator('time').first().getAttribute('datetime')).toBe(grantedAt);
    await expectNoAxeViolations();
    await screenshot(page, 'break-glass-en');

    // In Spanish.
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('es', 'admin.breakGlass.title') }).waitFor();
    await page.getByRole('table', { name: msg('es', 'admin.breakGlass.caption') }).waitFor();
    await page.getByText(msg('es', 'admin.breakGlass.intro')).waitFor();
    expect(await visibleText(row.getByTestId('break-glass-status'))).toBe(msg('es', 'admin.breakGlass.active'));
    text = spaces(await visibleText(row));
    expect(text).toContain(spaces(countyTime(grantedAt, 'es')));
    expect(text).toContain(spaces(countyTime(expiresAt, 'es')));
    expect(text).toContain(REASON);
    for (const column of ['who', 'opened', 'until', 'status', 'youth', 'reason', 'reviewColumn'] as const) {
      await page.getByRole('columnheader', { name: msg('es', `admin.breakGlass.${column}`), exact: true }).waitFor();
    }
    await expectNoAxeViolations();
    await screenshot(page, 'break-glass-es');
    await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('en', 'admin.breakGlass.title') }).waitFor();

    // Usable at 320 px: the table stacks, nothing scrolls sideways, and it stays clean for axe.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await row.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect((await row.getByRole('rowheader').boundingBox())?.width).toBeLessThanOrEqual(320);
    await expectNoAxeViolations();
    await screenshot(page, 'break-glass-320');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The review, by keyboard: the form opens with its heading focused, refuses an incomplete answer, then saves.
    const reviewButton = row.getByTestId('break-glass-review-button');
    expect(await reviewButton.textContent()).toContain(msg('en', 'admin.breakGlass.record'));
    await reviewButton.focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('break-glass-review-form');
    const formHeading = form.getByRole('heading', {
      name: msg('en', 'admin.breakGlass.form.heading', { name: SOCIAL_WORKER.displayName }),
    });
    await formHeading.waitFor();
    await expect.poll(() => formHeading.evaluate((h) => h === document.activeElement)).toBe(true);
    const save = form.getByRole('button', { name: msg('en', 'admin.breakGlass.form.save') });
    await save.click();
    await form.getByText(msg('en', 'admin.breakGlass.form.chooseOne')).waitFor();
    const justified = form.getByLabel(msg('en', 'admin.breakGlass.form.justified'));
    await expect.poll(() => justified.evaluate((r) => r === document.activeElement)).toBe(true);
    // Arrow keys move between the two answers.
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel(msg('en', 'admin.breakGlass.form.followUp')).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await form.getByText(msg('en', 'admin.breakGlass.form.noteRequired')).waitFor();
    const note = form.getByLabel(msg('en', 'admin.breakGlass.form.note'));
    await expect.poll(() => note.evaluate((n) => n === document.activeElement)).toBe(true);
    await expectNoAxeViolations();
    await page.keyboard.type(NOTE);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations();
    await screenshot(page, 'break-glass-review-form-320');
    await page.setViewportSize({ width: 1280, height: 900 });
    await save.focus();
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('break-glass-saved').getByText(msg('en', 'admin.breakGlass.saved')).waitFor();
    expect(await visibleText(row.getByTestId('break-glass-disposition'))).toBe(
      msg('en', 'admin.audit.value.disposition.follow_up'),
    );
    expect(await visibleText(row.getByTestId('break-glass-note'))).toBe(NOTE);
    expect(spaces(await visibleText(row.getByTestId('break-glass-review')))).toContain(`By ${SUPERVISOR.displayName},`);
    expect(await visibleText(page.getByTestId('break-glass-waiting-count'))).toBe(
      msg('en', 'admin.breakGlass.waitingCount', { count: 0 }),
    );
    // Focus is back on the row's button, which now changes the review.
    await expect.poll(() => reviewButton.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await reviewButton.textContent()).toContain(msg('en', 'admin.breakGlass.change'));
    await expectNoAxeViolations();

    // Someone else at the agency changes the review meanwhile: the save is refused, the list shows theirs, the form
    // keeps what was typed; saving again (now knowing) changes it.
    await reviewButton.click();
    await form.waitFor();
    expect(await form.getByLabel(msg('en', 'admin.breakGlass.form.followUp')).isChecked()).toBe(true);
    expect(await note.inputValue()).toBe(NOTE);
    const meanwhile = await supervisor.request.put(`${url}/api/v1/break-glass/${grant.id}/review`, {
      headers: { 'x-csrf-token': await csrfOf(env.harbor, supervisor) },
      data: { version: 1, disposition: 'justified', note: 'Checked with the hospital: they called her.' },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    // (USWDS draws its own radio button: the label is what is clicked.)
    await form.locator('label', { hasText: msg('en', 'admin.breakGlass.form.justified') }).click();
    await save.click();
    await form.getByTestId('break-glass-conflict').waitFor();
    await expect
      .poll(() => visibleText(row.getByTestId('break-glass-note')))
      .toBe('Checked with the hospital: they called her.');
    expect(await form.getByLabel(msg('en', 'admin.breakGlass.form.justified')).isChecked()).toBe(true);
    await expectNoAxeViolations();
    await save.click();
    await form.waitFor({ state: 'detached' });
    expect(await visibleText(row.getByTestId('break-glass-disposition'))).toBe(
      msg('en', 'admin.audit.value.disposition.justified'),
    );
    expect(await visibleText(row.getByTestId('break-glass-note'))).toBe(NOTE);

    // In Spanish, with the form open, at 320 px.
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('es', 'admin.breakGlass.title') }).waitFor();
    expect(await visibleText(row.getByTestId('break-glass-disposition'))).toBe(
      msg('es', 'admin.audit.value.disposition.justified'),
    );
    await reviewButton.click();
    await form.getByRole('group', { name: msg('es', 'admin.breakGlass.form.disposition') }).waitFor();
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations();
    await screenshot(page, 'break-glass-review-form-es-320');
    await form.getByRole('button', { name: msg('es', 'admin.breakGlass.form.cancel') }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => reviewButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('en', 'admin.breakGlass.title') }).waitFor();

    // By keyboard, to the audit log filtered by this youth.
    const auditLink = row.getByTestId('break-glass-audit-link');
    expect(await auditLink.getAttribute('href')).toBe(`/app/admin/audit?youthId=${youth.id}`);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await auditLink.evaluate((link) => link === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: msg('en', 'admin.audit.title') }).waitFor();
    await page.getByTestId('audit-table').waitFor();
    expect(await visibleText(page.getByTestId('audit-youth-chosen'))).toBe(
      msg('en', 'admin.audit.youthChosen', { name: 'Ximena Quintero' }),
    );
    const about = await page.getByTestId('audit-about').allInnerTexts();
    expect(about.length).toBeGreaterThan(0);
    for (const cell of about) expect(cell).toContain('Ximena Quintero');
    // The reviews are in the log, with the visitor they were about.
    const reviewed = msg('en', 'admin.audit.event.access.break_glass_reviewed');
    const reviews = page.getByTestId('audit-row').filter({ hasText: reviewed });
    expect(await reviews.count()).toBe(3);
    for (const text of await reviews.allInnerTexts()) expect(text).toContain(SOCIAL_WORKER.displayName);

    // The one refusal provoked on purpose: the save that met someone else's change.
    expect(
      unexpectedConsoleErrors(problems, [{ status: 409, path: `/api/v1/break-glass/${grant.id}/review` }]),
    ).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await supervisor.close();

    // A clinician may not review break-glass: no navigation entry, and the API refuses.
    const clinicianPage = await clinician.newPage();
    await open(clinicianPage, `${url}/app`);
    const nav = clinicianPage.getByRole('navigation', { name: msg('en', 'shell.nav.label') });
    await nav.getByRole('link', { name: msg('en', 'shell.nav.myHarbor'), exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: msg('en', 'admin.nav.breakGlass'), includeHidden: true }).count()).toBe(
      0,
    );
    const refused = await clinician.request.get(`${url}/api/v1/break-glass`);
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    // Typing the address shows the refusal, not the list.
    await open(clinicianPage, `${url}/app/admin/break-glass`);
    await clinicianPage.getByTestId('admin-problem').waitFor();
    expect(await clinicianPage.getByTestId('break-glass-table').count()).toBe(0);
    expect(unexpectedConsoleErrors(clinicianProblems, [{ status: 403, path: '/api/v1/break-glass' }])).toEqual([]);
    expect(clinicianProblems.pageErrors).toEqual([]);
    await clinician.close();
  });
});
