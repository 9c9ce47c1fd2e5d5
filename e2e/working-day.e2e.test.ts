import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ageOn, SHIPPED_INSTRUMENTS, toZonedInput } from '@harbor/core';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersFor } from '../packages/server/src/testing/answers.js';
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
 * A working day in Harbor, as people take it, from the home page's buttons: a deputy opens a response for a recovery
 * and finds the youth named in every line (home, deadlines, notifications, the response); a clinician finds the youth
 * from the header, changes the record (and meets someone else's change) and reads the timeline, then prints it; a
 * social worker links a screening of a youth not identified then by finding the youth. Each in English and in
 * Spanish, on a desktop and at 320 px, axe-clean. The clock of the telephone report is set back in the database
 * (the server has no clock of its own to turn), so its escalation is due without waiting.
 */
const env = useHarborAndBrowser({ settings: async () => ({ HARBOR_SCHEDULER_INTERVAL_MS: '300' }) });
const DEPUTY = testAccount('Amara Diallo', 'amara.diallo@sheriff.example', 'Sheriff', 'sheriff');
const WORKER = testAccount('Grace Kim', 'grace.kim@dcfs.example', 'DCFS', 'child_welfare');
const CLINICIAN = testAccount('Noor Haddad', 'noor.haddad@dmh.example', 'DMH', 'mental_health');
const YOUTH = { given: 'María José', family: 'Hernández', dateOfBirth: '2011-03-04' };
const NAME = `${YOUTH.given} ${YOUTH.family}`;
const AGE = ageOn({ dateOfBirth: YOUTH.dateOfBirth }, new Date())!;
const ZONE = 'America/Los_Angeles';

const enrolled = new Map<string, Enrolled>();
let youthId = '';
let agencies: Record<string, string> = {};

/** A signed-in person's browser, in the county's time zone unless another is given. */
async function personContext(
  account: typeof DEPUTY,
  options: { locale?: string; width?: number; zone?: string } = {},
): Promise<{ context: BrowserContext; problems: Awaited<ReturnType<typeof watchContext>> }> {
  const context = await newContext(env.browser, {
    serviceWorkers: 'block',
    timezoneId: options.zone ?? ZONE,
    locale: options.locale ?? 'en-US',
    ...(options.width ? { viewport: { width: options.width, height: 900 } } : {}),
  });
  const problems = await watchContext(context, env.harbor.url);
  enrolled.set(account.email, await signInThroughApi(context, env.harbor, account, enrolled.get(account.email)));
  return { context, problems };
}

async function expectAxeClean(page: Page) {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Nothing wider than the screen at phone size (no sideways scrolling). */
async function expectFits(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

function expectNoProblems(
  problems: Awaited<ReturnType<typeof watchContext>>,
  expected: { status: number; path: string }[] = [],
) {
  expect(unexpectedConsoleErrors(problems, expected)).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
}

/** Sets a response's telephone report back in time, as if the response had been opened `minutes` ago. */
function setTelephoneClockBack(responseId: string, minutes: number) {
  const db = new Database(join(env.harbor.dataDir, 'harbor.sqlite'));
  db.pragma('busy_timeout = 10000');
  const shift = (iso: string) => new Date(Date.parse(iso) - minutes * 60_000).toISOString();
  try {
    db.transaction(() => {
      const response = db.prepare('select opened_at from response where id = ?').get(responseId) as {
        opened_at: string;
      };
      db.prepare('update response set opened_at = ? where id = ?').run(shift(response.opened_at), responseId);
      const step = db
        .prepare(
          "select id, starts_at, due_at from response_step where response_id = ? and step_id = 'telephone-report'",
        )
        .get(responseId) as { id: string; starts_at: string; due_at: string };
      db.prepare('update response_step set starts_at = ?, due_at = ? where id = ?').run(
        shift(step.starts_at),
        shift(step.due_at),
        step.id,
      );
      for (const e of db.prepare('select id, due_at from escalation where response_step_id = ?').all(step.id) as {
        id: string;
        due_at: string;
      }[]) {
        db.prepare('update escalation set due_at = ? where id = ?').run(shift(e.due_at), e.id);
      }
    }).immediate();
  } finally {
    db.close();
  }
}

/** Waits (bounded) until the person has a notification about the response: the scheduler runs every 300 ms. */
async function waitForNotification(context: BrowserContext, responseId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const list = (await (await context.request.get(`${env.harbor.url}/api/v1/notifications`)).json()) as {
      items: { responseId: string | null }[];
    };
    if (list.items.some((n) => n.responseId === responseId)) return;
    if (Date.now() > deadline) throw new Error('no notification arrived');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  agencies = await setUpPeople(env.harbor, env.browser, [
    { account: DEPUTY, role: 'law_enforcement' },
    { account: WORKER, role: 'social_worker' },
    { account: CLINICIAN, role: 'clinician' },
  ]);
  // The social worker knows the youth; the deputy and the clinician are on the care team.
  const { context } = await personContext(WORKER);
  youthId = (
    await apiPost<{ id: string }>(env.harbor, context, '/api/v1/youth', {
      legalName: { given: YOUTH.given, family: YOUTH.family },
      dateOfBirth: YOUTH.dateOfBirth,
    })
  ).id;
  for (const who of ['Amara Diallo', 'Noor Haddad']) {
    const [person] = (await (
      await context.request.get(`${env.harbor.url}/api/v1/users/directory?q=${encodeURIComponent(who)}`)
    ).json()) as { id: string }[];
    await apiPost(env.harbor, context, `/api/v1/youth/${youthId}/care-team`, {
      userId: person!.id,
      basis: 'protocol_response',
    });
  }
  await context.close();
}, 120_000);

describe('a working day in Harbor', () => {
  let responseUrl = '';

  it('a deputy opens a response for a recovery from the home page and sees the youth named in every line', async () => {
    const { context, problems } = await personContext(DEPUTY, { zone: 'America/New_York' });
    const page = await context.newPage();
    const url = env.harbor.url;
    await open(page, `${url}/app`);
    await page.getByTestId('home-open-response').click();
    await page.locator('main h1', { hasText: msg('en', 'responseWeb.open.title') }).waitFor();

    // Who: find the youth Harbor knows.
    await page.getByText(msg('en', 'responseWeb.open.whoFind'), { exact: true }).click();
    const find = page.getByTestId('open-find-youth');
    await find.getByLabel(msg('en', 'findYouth.name')).fill('hernandez');
    await find.getByRole('button', { name: msg('en', 'findYouth.search') }).click();
    await find.getByRole('button', { name: msg('en', 'responseWeb.open.choose', { name: NAME }) }).click();
    const forWhom = page.getByTestId('response-for');
    await forWhom.waitFor();
    expect(await visibleText(forWhom)).toContain(msg('en', 'responseWeb.open.forAge', { name: NAME, age: AGE }));
    await expectAxeClean(page);

    // What: a recovery three hours ago, in county time.
    await page.getByText(msg('en', 'responseWeb.openedBy.recovery'), { exact: true }).click();
    // The deputy's phone is set to New York; the field reads the county's clock (Los Angeles) and says so.
    const threeHoursAgo = toZonedInput(new Date(Date.now() - 3 * 3600_000), ZONE);
    const recovered = page.getByLabel(msg('en', 'responseWeb.open.recoveredAt'));
    expect(await recovered.getAttribute('aria-describedby')).toBeTruthy();
    // (The date-time field names the county's zone: issue 12, item 4.)
    await page.getByText(msg('en', 'dateTime.zone', { zone: 'Pacific Time (Los Angeles)' })).waitFor();
    await page.getByLabel(msg('en', 'responseWeb.open.recoveredAt')).fill(threeHoursAgo);
    await page.getByRole('button', { name: msg('en', 'responseWeb.open.submit') }).click();
    await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
    responseUrl = page.url();
    const responseId = responseUrl.split('/').pop()!;
    await page.getByTestId('response-youth').waitFor();
    expect(await visibleText(page.getByTestId('response-youth'))).toBe(
      msg('en', 'responseWeb.aboutAge', { name: NAME, age: AGE }),
    );

    // The telephone report has waited 62 minutes: the scheduler escalates it to the deputy.
    setTelephoneClockBack(responseId, 61.75);
    await waitForNotification(context, responseId);

    // The home: every line names the youth; the telephone report says how late and whose.
    await open(page, `${url}/app`);
    const deadlines = page.getByTestId('home-deadline');
    await deadlines.first().waitFor();
    const lines = await deadlines.allInnerTexts();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('M. J. H.');
    const telephone = lines.find((l) => l.includes('Telephone report'))!;
    const late =
      /Telephone report to the child abuse hotline for M\. J\. H\. is (\d+) minutes overdue \(Amara Diallo\)/.exec(
        telephone,
      );
    expect(late === null ? telephone : 'matched').toBe('matched');
    expect(Number(late![1])).toBeGreaterThanOrEqual(62);
    expect(Number(late![1])).toBeLessThan(70);
    expect(telephone).toMatch(/Due .*P[SD]T/);
    await page.getByTestId('home-response').first().waitFor();
    for (const line of await page.getByTestId('home-response').allInnerTexts()) expect(line).toContain('M. J. H.');
    await page.getByTestId('home-notification').first().waitFor();
    for (const line of await page.getByTestId('home-notification').allInnerTexts())
      expect(line).toMatch(/M\. J\. H\. is \d+ minutes overdue \(Amara Diallo\)/);
    // The header counts the unread notifications, in the link's accessible name too.
    const unread = page.getByTestId('unread-count');
    await unread.waitFor();
    const count = Number((await visibleText(unread)).match(/\d+/)![0]);
    const notificationsLink = page.getByRole('link', {
      name: `${msg('en', 'responseWeb.nav.notifications')} ${msg('en', 'shell.nav.unread', { count })}`,
      exact: true,
    });
    await notificationsLink.waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'home-deputy-en');

    // Notifications: named; reading them all empties the header's count.
    await notificationsLink.click();
    await page.locator('main h1', { hasText: msg('en', 'responseWeb.notifications.title') }).waitFor();
    await page.getByTestId('notification').first().waitFor();
    for (const line of await page.getByTestId('notification').allInnerTexts()) expect(line).toContain('M. J. H.');
    await expectAxeClean(page);
    await page.getByRole('button', { name: msg('en', 'responseWeb.notifications.markAll') }).click();
    await page.getByTestId('notifications-notice').getByText(msg('en', 'responseWeb.notifications.allRead')).waitFor();
    await unread.waitFor({ state: 'detached' });

    // Deadlines: named, in county time.
    await page.getByRole('link', { name: msg('en', 'responseWeb.nav.deadlines'), exact: true }).click();
    await page.getByTestId('deadline-row').first().waitFor();
    for (const line of await page.getByTestId('deadline-row').allInnerTexts()) expect(line).toContain('M. J. H.');
    await expectAxeClean(page);

    // The list of responses, filtered to what was opened by a recovery with an overdue step.
    await page.getByRole('link', { name: msg('en', 'responseWeb.nav.responses'), exact: true }).click();
    await page.getByText(msg('en', 'responseWeb.openedBy.recovery'), { exact: true }).click();
    await page.getByText(msg('en', 'responseList.overdue'), { exact: true }).click();
    await page.getByRole('button', { name: msg('en', 'responseList.apply') }).click();
    await page
      .getByTestId('responses-count')
      .getByText(msg('en', 'responseList.count', { count: 1 }))
      .waitFor();
    expect(await visibleText(page.getByTestId('response-line'))).toContain(
      msg('en', 'work.response.line', { youth: 'M. J. H.', openedBy: 'recovery' }),
    );
    await expectAxeClean(page);
    expectNoProblems(problems);
    await context.close();
  }, 120_000);

  it('the deputy’s day in Spanish at 320 px: the same lines, named, axe-clean, nothing wider than the phone', async () => {
    const { context, problems } = await personContext(DEPUTY, { locale: 'es-MX', width: 320 });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/app`);
    await page.getByTestId('home-deadline').first().waitFor();
    const telephone = (await page.getByTestId('home-deadline').allInnerTexts()).find((l) =>
      l.includes('Reporte telefónico'),
    );
    expect(telephone).toMatch(
      /Reporte telefónico a la línea de abuso infantil de M\. J\. H\.: vencido hace \d+ minutos \(Amara Diallo\)/,
    );
    await expectAxeClean(page);
    await expectFits(page);
    await screenshot(page, 'home-deputy-es-320');
    for (const [path, testId] of [
      ['/app/deadlines', 'deadline-row'],
      ['/app/notifications', 'notification'],
      ['/app/responses', 'response-line'],
    ] as const) {
      await open(page, `${env.harbor.url}${path}`);
      await page.getByTestId(testId).first().waitFor();
      expect(await visibleText(page.getByTestId(testId).first())).toContain('M. J. H.');
      await expectAxeClean(page);
      await expectFits(page);
      await screenshot(page, `${testId}-es-320`);
    }
    await open(page, responseUrl);
    await page.getByTestId('response-youth').waitFor();
    expect(await visibleText(page.getByTestId('response-youth'))).toBe(
      msg('es', 'responseWeb.aboutAge', { name: NAME, age: AGE }),
    );
    await expectAxeClean(page);
    await expectFits(page);
    expectNoProblems(problems);
    await context.close();
  }, 120_000);

  it('a clinician finds the youth from the header, changes the record, meets another change, reads the timeline and prints it', async () => {
    const { context, problems } = await personContext(CLINICIAN);
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/app`);
    await page.getByLabel(msg('en', 'shell.search.label')).fill('Hernández');
    await page.getByRole('button', { name: msg('en', 'shell.search.submit'), exact: true }).click();
    await page.waitForURL(/\/app\/youth\?name=/);
    await page.getByTestId('youth-search-results').getByRole('link', { name: NAME }).click();
    await page.getByTestId('youth-name').getByText(NAME).waitFor();
    expect(await visibleText(page.getByTestId('youth-age'))).toBe(
      msg('en', 'youthPage.record.born', { date: YOUTH.dateOfBirth, age: AGE }),
    );

    // Change the record: pronouns and the DCFS case number given by DCFS.
    await page.getByRole('button', { name: msg('en', 'youthPage.actions.edit') }).click();
    const edit = page.getByTestId('youth-edit');
    await edit.getByLabel(msg('en', 'youthPage.field.pronouns')).fill('she/her');
    await edit.getByRole('button', { name: msg('en', 'youthPage.identifiers.add') }).click();
    await edit.getByLabel(msg('en', 'youthPage.identifiers.kind', { n: 1 }), { exact: true }).selectOption('dcfs_case');
    await edit.getByLabel(msg('en', 'youthPage.identifiers.value', { n: 1 }), { exact: true }).fill('DCFS-2026-551208');
    await edit
      .getByLabel(msg('en', 'youthPage.identifiers.agency', { n: 1 }), { exact: true })
      .selectOption(agencies.DCFS!);
    // And whom to call about her: her mother (contact class, which a clinician may change).
    await edit.getByRole('button', { name: msg('en', 'youthPage.contacts.add') }).click();
    await edit.getByLabel(msg('en', 'youthPage.contacts.name', { n: 1 }), { exact: true }).fill('Graciela Hernández');
    await edit.getByLabel(msg('en', 'youthPage.contacts.relationship', { n: 1 }), { exact: true }).fill('mother');
    await edit.getByLabel(msg('en', 'youthPage.contacts.phone', { n: 1 }), { exact: true }).fill('310 555 0147');
    await expectAxeClean(page);
    await edit.getByRole('button', { name: msg('en', 'youthPage.edit.save') }).click();
    await page.getByTestId('youth-saved').waitFor();
    const facts = await visibleText(page.getByTestId('youth-facts'));
    expect(facts).toContain('she/her');
    expect(facts).toContain('DCFS-2026-551208');
    expect(facts).toContain('Graciela Hernández, 310 555 0147');

    // Someone else changes the record while the clinician edits: nothing is lost silently.
    await page.getByRole('button', { name: msg('en', 'youthPage.actions.edit') }).click();
    const { context: worker } = await personContext(WORKER);
    const current = (await (await worker.request.get(`${env.harbor.url}/api/v1/youth/${youthId}`)).json()) as {
      version: number;
    };
    const patched = await worker.request.patch(`${env.harbor.url}/api/v1/youth/${youthId}`, {
      headers: {
        'x-csrf-token': (
          (await (await worker.request.get(`${env.harbor.url}/api/v1/auth/session`)).json()) as { csrfToken: string }
        ).csrfToken,
      },
      data: { version: current.version, pronouns: 'they/them' },
    });
    expect(patched.status()).toBe(200);
    await worker.close();
    await edit.getByLabel(msg('en', 'youthPage.field.pronouns')).fill('she/they');
    await edit.getByRole('button', { name: msg('en', 'youthPage.edit.save') }).click();
    const conflict = page.getByTestId('youth-conflict');
    await conflict.waitFor();
    expect(await visibleText(conflict)).toContain(msg('en', 'youthPage.edit.conflict.body'));
    await expectAxeClean(page);
    await conflict.getByRole('button', { name: msg('en', 'youthPage.edit.conflict.reload') }).click();
    await expect
      .poll(() => page.getByTestId('youth-edit').getByLabel(msg('en', 'youthPage.field.pronouns')).inputValue())
      .toBe('they/them');
    await page
      .getByTestId('youth-edit')
      .getByRole('button', { name: msg('en', 'youthPage.cancel') })
      .click();

    // The timeline: the response the deputy opened, its telephone report clock, the care team, the record.
    const timeline = page.getByTestId('youth-timeline');
    await timeline.waitFor();
    const kinds = await page
      .getByTestId('timeline-entry')
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['response_opened', 'care_team_joined', 'record_opened']));
    expect(await visibleText(timeline)).toContain(
      msg('en', 'youthPage.timeline.response_opened', { openedBy: 'recovery' }),
    );
    // Whom to call at 2 a.m.: the care team with their e-mail.
    expect(await visibleText(page.getByTestId('care-team'))).toContain(DEPUTY.email);
    await expectAxeClean(page);
    await screenshot(page, 'youth-clinician-en');

    // Printed: no navigation, and marked confidential on every page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.harbor-header').isVisible()).toBe(false);
    expect(await page.getByTestId('print-mark').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'Letter' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
    expect(doc.numPages).toBeGreaterThan(0);
    for (let n = 1; n <= doc.numPages; n++) {
      const text = (await (await doc.getPage(n)).getTextContent()).items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ');
      expect(text, `printed page ${n}`).toContain('Confidential: W&I 827');
      expect(text, `printed page ${n}`).not.toContain(msg('en', 'shell.nav.label'));
    }
    await page.emulateMedia({ media: 'screen' });

    // In Spanish at 320 px.
    const { context: phone, problems: phoneProblems } = await personContext(CLINICIAN, { locale: 'es-MX', width: 320 });
    const small = await phone.newPage();
    await open(small, `${env.harbor.url}/app/youth/${youthId}`);
    await small.getByTestId('youth-timeline').waitFor();
    expect(await visibleText(small.getByTestId('youth-age'))).toBe(
      msg('es', 'youthPage.record.born', { date: YOUTH.dateOfBirth, age: AGE }),
    );
    await small.getByRole('button', { name: msg('es', 'youthPage.actions.edit') }).click();
    await small.getByTestId('youth-edit').waitFor();
    await expectAxeClean(small);
    await expectFits(small);
    await screenshot(small, 'youth-clinician-es-320');
    expectNoProblems(problems, [{ status: 409, path: `/api/v1/youth/${youthId}` }]);
    expectNoProblems(phoneProblems);
    await phone.close();
    await context.close();
  }, 180_000);

  it('a social worker links a screening of a youth not identified then, by finding the youth (Spanish, 320 px; then English)', async () => {
    const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief')!;
    const { context, problems } = await personContext(WORKER, { locale: 'es-MX', width: 320 });
    const screening = await apiPost<{ id: string }>(env.harbor, context, '/api/v1/screenings', {
      instrumentId: brief.id,
      instrumentVersion: brief.version,
      answers: answersFor(brief),
      complete: true,
      idempotencyKey: randomUUID(),
    });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/app`);
    const waiting = page.getByTestId('home-screening');
    await waiting.first().waitFor();
    expect(await visibleText(waiting.first())).toBe(msg('es', 'work.screenings.unlinked'));
    await expectAxeClean(page);
    await waiting.first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/app/screenings/${screening.id}$`));
    expect(await visibleText(page.getByTestId('screening-youth'))).toBe(msg('es', 'screeningForm.youth.unidentified'));
    const find = page.getByTestId('link-find-youth');
    await find.getByLabel(msg('es', 'findYouth.name')).fill('María José');
    await find.getByLabel(msg('es', 'findYouth.dob')).fill(YOUTH.dateOfBirth);
    await find.getByRole('button', { name: msg('es', 'findYouth.search') }).click();
    await find.getByTestId('link-results').waitFor();
    await expectAxeClean(page);
    await expectFits(page);
    await screenshot(page, 'link-screening-es-320');
    await find.getByRole('button', { name: msg('es', 'screeningForm.link.choose', { name: NAME }) }).click();
    await page.getByTestId('link-done').waitFor();
    await expect
      .poll(() => visibleText(page.getByTestId('screening-youth')))
      .toBe(msg('es', 'screeningForm.youth.namedAge', { name: NAME, age: AGE }));
    await expectAxeClean(page);
    expectNoProblems(problems);
    await context.close();

    // In English: the result names the youth, and the home has nothing left to link.
    const { context: desk, problems: deskProblems } = await personContext(WORKER);
    const deskPage = await desk.newPage();
    await open(deskPage, `${env.harbor.url}/app/screenings/${screening.id}`);
    await deskPage
      .getByTestId('screening-youth')
      .getByText(msg('en', 'screeningForm.youth.namedAge', { name: NAME, age: AGE }))
      .waitFor();
    await open(deskPage, `${env.harbor.url}/app`);
    await deskPage.getByTestId('home-screenings').getByText(msg('en', 'work.screenings.none')).waitFor();
    await expectAxeClean(deskPage);
    expectNoProblems(deskProblems);
    await desk.close();
  }, 120_000);
});
