import { youthRecordReference } from '@harbor/core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import {
  type Account,
  apiPost,
  createUserThroughApi,
  FIRST_ADMIN,
  setUpFirstAdministrator,
  signInThroughApi,
  testAccount,
} from './support/accounts.js';
import {
  describeViolations,
  newContext,
  open,
  pageTasksRun,
  runAxe,
  screenshot,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { followMenu } from './support/screens.js';

/**
 * The audit log as an administrator and a supervisor read it: people by name, events in plain words, youth named only
 * for the supervisor whose agency is on the care team (a short record reference for the administrator), filters that
 * pick a person or a youth by name (or by reference), nothing cut off at 1280 px, stacked at 320 px, axe-clean in
 * English and Spanish, and a CSV export with the same names.
 */

const env = useHarborAndBrowser();

const DMH = FIRST_ADMIN.agencyName;
const DCFS = 'Children and Family Services';
const SUPERVISOR = testAccount('Marisol Vega', 'marisol.vega@dmh.lacounty.example', DMH, 'mental_health');
const CLINICIAN = testAccount('Daniel Okafor', 'daniel.okafor@dmh.lacounty.example', DMH, 'mental_health');
const VISITOR: Account = testAccount('Teresa Lin', 'teresa.lin@dcfs.lacounty.example', DCFS, 'child_welfare');
const YOUTH = { given: 'Ximena', family: 'Quintero' };
const YOUTH_NAME = `${YOUTH.given} ${YOUTH.family}`;

let youthId = '';
let ref = '';
/** The administrator's browser, signed in once (the first test reads the log in it). */
let admin: BrowserContext;
let adminProblems: Awaited<ReturnType<typeof watchContext>>;

beforeAll(async () => {
  const url = env.harbor.url;
  await setUpFirstAdministrator(env.harbor);
  admin = await newContext(env.browser, { serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  adminProblems = await watchContext(admin, url);
  await signInThroughApi(admin, env.harbor, FIRST_ADMIN);
  const agencies = (await (await admin.request.get(`${url}/api/v1/agencies`)).json()) as { id: string; name: string }[];
  const dmh = agencies.find((a) => a.name === DMH)!.id;
  const dcfs = (
    await apiPost<{ id: string }>(env.harbor, admin, '/api/v1/agencies', { name: DCFS, kind: 'child_welfare' })
  ).id;
  await createUserThroughApi(env.harbor, admin, SUPERVISOR, 'supervisor', dmh);
  await createUserThroughApi(env.harbor, admin, CLINICIAN, 'clinician', dmh);
  await createUserThroughApi(env.harbor, admin, VISITOR, 'social_worker', dcfs);
  // The clinician opens the youth's record; a social worker of another agency opens it in an emergency.
  const clinician = await newContext(env.browser);
  await signInThroughApi(clinician, env.harbor, CLINICIAN);
  youthId = (
    await apiPost<{ id: string }>(env.harbor, clinician, '/api/v1/youth', sampleYouthInput({ legalName: YOUTH }))
  ).id;
  ref = youthRecordReference(youthId);
  await clinician.close();
  const visitor = await newContext(env.browser);
  await signInThroughApi(visitor, env.harbor, VISITOR);
  await apiPost(env.harbor, visitor, `/api/v1/youth/${youthId}/break-glass`, {
    reason: 'Youth at the county hospital after midnight; the care team cannot be reached tonight.',
  });
  expect((await visitor.request.get(`${url}/api/v1/youth/${youthId}`)).status()).toBe(200);
  await visitor.close();
});

/** Nothing is cut off or scrolled sideways: the page, the table and every cell fit their width. */
async function expectNothingCutOff(page: Page, width: number) {
  const overflow = await page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('[data-testid="audit-table"]')!;
    const cells = Array.from(table.querySelectorAll<HTMLElement>('th, td')).filter(
      (c) => c.scrollWidth > c.clientWidth + 1,
    );
    return {
      page: document.documentElement.scrollWidth,
      table: table.getBoundingClientRect().right,
      container: table.parentElement!.getBoundingClientRect().right,
      cells: cells.map((c) => c.textContent?.slice(0, 40)),
    };
  });
  expect(overflow.page, 'the page scrolls sideways').toBeLessThanOrEqual(width);
  expect(overflow.table, 'the table is wider than its place').toBeLessThanOrEqual(overflow.container + 1);
  expect(overflow.cells, 'cells cut off').toEqual([]);
}

describe('the audit log', () => {
  it('shows the newest search when an earlier one is answered after it (a busy server)', async () => {
    const page = await admin.newPage();
    // Counts the audit answers the page has read, so the test waits until the page has handled the late one.
    await page.addInitScript(() => {
      const json = Response.prototype.json;
      Response.prototype.json = async function (this: Response) {
        const value = await json.call(this);
        const w = window as unknown as { auditAnswers?: number };
        if (new URL(this.url).pathname === '/api/v1/audit') w.auditAnswers = (w.auditAnswers ?? 0) + 1;
        return value;
      };
    });
    let asked = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/audit') asked += 1;
    });
    // The page's first, unfiltered load is held until the search asked after it has been answered.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    await page.route(
      (u) => u.pathname === '/api/v1/audit',
      async (route) => {
        const wait = first;
        first = false;
        if (wait) await held;
        await route.continue();
      },
    );
    await open(page, `${env.harbor.url}/app/admin/audit`);
    await page.getByLabel(msg('en', 'admin.audit.event'), { exact: true }).selectOption('access.break_glass');
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'admin.audit.search'), exact: true })
      .click();
    const only = [msg('en', 'admin.audit.event.access.break_glass')];
    const shown = async () => [...new Set(await page.getByTestId('audit-event').allInnerTexts())];
    await expect.poll(shown).toEqual(only);
    // Now the earlier answer arrives; once the page has read every answer and drawn what they changed (React draws
    // in a MessageChannel task, which one more message through a channel follows), it still shows the search asked last.
    release();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { auditAnswers?: number }).auditAnswers))
      .toBe(asked);
    await pageTasksRun(page);
    expect(await shown()).toEqual(only);
    await page.close();
  });

  it('shows an administrator names and plain words, youth by reference only, filters, fits 1280 and 320 px', async () => {
    const url = env.harbor.url;
    const context = admin;
    const problems = adminProblems;
    const page = await context.newPage();
    const axe = async () => {
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    };

    await open(page, `${url}/app`);
    await followMenu(page, msg('en', 'admin.nav.audit'));
    await page.getByTestId('audit-table').waitFor();
    const rows = page.getByTestId('audit-row');
    const breakGlass = rows.filter({ hasText: msg('en', 'admin.audit.event.access.break_glass') });
    await breakGlass.first().waitFor();
    // Who, by name and agency; the youth by the record's reference, never by name.
    expect(await visibleText(breakGlass.first().getByTestId('audit-actor'))).toBe(`${VISITOR.displayName}\n${DCFS}`);
    expect(await linkText(breakGlass.first().getByTestId('audit-youth'))).toBe(
      msg('en', 'admin.audit.record', { ref }),
    );
    expect(await visibleText(page.locator('main'))).not.toContain(YOUTH.family);
    // Details in words: the access of a read, the minutes of the emergency access.
    const read = rows.filter({ hasText: msg('en', 'admin.audit.event.youth.read') }).first();
    expect(await visibleText(read)).toContain(
      `${msg('en', 'admin.audit.detail.access')}: ${msg('en', 'admin.audit.value.access.break_glass')}`,
    );
    expect(await visibleText(breakGlass.first())).toContain(`${msg('en', 'admin.audit.detail.minutes')}: 60`);
    await expectNothingCutOff(page, 1280);
    await axe();
    await screenshot(page, 'audit-admin-1280');

    // By the record's reference, typed.
    await page.getByLabel(msg('en', 'admin.audit.reference')).fill(ref.toLowerCase());
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'admin.audit.search'), exact: true })
      .click();
    await expect.poll(() => page.url()).toContain(`youthRef=${ref.toLowerCase()}`);
    await expect.poll(() => youthOfEveryRow(page)).toEqual([msg('en', 'admin.audit.record', { ref })]);
    // A reference that is not one is refused in the form.
    await page.getByLabel(msg('en', 'admin.audit.reference')).fill('Ximena');
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'admin.audit.search'), exact: true })
      .click();
    await page.getByText(msg('en', 'admin.audit.referenceInvalid')).waitFor();
    await expect
      .poll(() =>
        page.getByLabel(msg('en', 'admin.audit.reference')).evaluate((input) => input === document.activeElement),
      )
      .toBe(true);
    await axe();

    // A person by name, and an event in words.
    await page.getByLabel(msg('en', 'admin.audit.reference')).fill('');
    await page
      .getByLabel(msg('en', 'admin.audit.user'), { exact: true })
      .selectOption({ label: msg('en', 'admin.audit.personOption', { name: VISITOR.displayName, agency: DCFS }) });
    await page.getByLabel(msg('en', 'admin.audit.event'), { exact: true }).selectOption('access.break_glass');
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'admin.audit.search'), exact: true })
      .click();
    await expect
      .poll(async () => [
        ...new Set(await page.getByTestId('audit-event').allInnerTexts()),
        ...new Set(await page.getByTestId('audit-actor').allInnerTexts()),
      ])
      .toEqual([msg('en', 'admin.audit.event.access.break_glass'), `${VISITOR.displayName}\n${DCFS}`]);

    // The export of the same search: names in columns of their own, no youth's name for an administrator.
    const href = await page.getByTestId('audit-csv').getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/audit\.csv\?actorUserId=[0-9a-f-]+&event=access\.break_glass$/);
    const csv = await (await context.request.get(`${url}${href}`)).text();
    const [header, line] = csv.split('\r\n');
    // Every cell quoted (issue 13, item 11).
    expect(header).toMatch(
      /^"seq","at","event","outcome","actor_user_id","actor_name","actor_agency_id","actor_agency_name",/,
    );
    expect(line).toContain(`,"${VISITOR.displayName}",`);
    expect(line).toContain(`,"${DCFS}",`);
    expect(line).toContain(`,"${youthId}","${ref}","",`);
    expect(csv).not.toContain(YOUTH.family);

    // In Spanish: the event's words, the labels.
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('es', 'admin.audit.title') }).waitFor();
    await expect
      .poll(async () => [...new Set(await page.getByTestId('audit-event').allInnerTexts())])
      .toEqual([msg('es', 'admin.audit.event.access.break_glass')]);
    await page.getByRole('columnheader', { name: msg('es', 'admin.audit.what'), exact: true }).waitFor();
    expect(await visibleText(rows.first())).toContain(`${msg('es', 'admin.audit.detail.minutes')}: 60`);
    await axe();
    await screenshot(page, 'audit-admin-es');

    // 320 px: the entries stack; nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, `${url}/app/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    await expectNothingCutOff(page, 320);
    for (const box of await Promise.all((await rows.all()).slice(0, 5).map((r) => r.boundingBox()))) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
    await axe();
    await screenshot(page, 'audit-admin-320');
    await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('names the youth for a supervisor of an agency on the care team, and finds a youth by name to filter', async () => {
    const url = env.harbor.url;
    const context = await newContext(env.browser, { serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const problems = await watchContext(context, url);
    await signInThroughApi(context, env.harbor, SUPERVISOR);
    const page = await context.newPage();
    const axe = async () => {
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    };

    await open(page, `${url}/app/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    const rows = page.getByTestId('audit-row');
    const breakGlass = rows.filter({ hasText: msg('en', 'admin.audit.event.access.break_glass') }).first();
    // The visitor from another agency, by name; the youth by name (the supervisor's agency is on the team).
    expect(await visibleText(breakGlass.getByTestId('audit-actor'))).toBe(`${VISITOR.displayName}\n${DCFS}`);
    expect(await linkText(breakGlass.getByTestId('audit-youth'))).toBe(YOUTH_NAME);
    await expectNothingCutOff(page, 1280);
    await axe();
    await screenshot(page, 'audit-supervisor-1280');

    // Find the youth by name, by keyboard: Enter in the field finds, the choice takes focus, Search filters.
    await page.locator('main').getByLabel(msg('en', 'admin.audit.youthFind')).fill(YOUTH.family.toLowerCase());
    await page.locator('main').getByLabel(msg('en', 'admin.audit.youthFind')).press('Enter');
    const choice = page.getByTestId('audit-youth-found').getByRole('button', { name: new RegExp(`^${YOUTH_NAME}, `) });
    await choice.waitFor();
    await axe();
    await choice.focus();
    await page.keyboard.press('Enter');
    const chosen = page.getByTestId('audit-youth-chosen');
    await chosen.waitFor();
    expect(await visibleText(chosen)).toBe(msg('en', 'admin.audit.youthChosen', { name: YOUTH_NAME }));
    await expect.poll(() => chosen.evaluate((p) => p === document.activeElement)).toBe(true);
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'admin.audit.search'), exact: true })
      .click();
    await expect.poll(() => page.url()).toContain(`youthId=${youthId}`);
    await expect.poll(() => youthOfEveryRow(page)).toEqual([YOUTH_NAME]);
    // A name no youth of the supervisor's has.
    await page.getByRole('button', { name: msg('en', 'admin.audit.youthClear') }).click();
    const find = page.locator('main').getByLabel(msg('en', 'admin.audit.youthFind'));
    await expect.poll(() => find.evaluate((input) => input === document.activeElement)).toBe(true);
    await find.fill('Nobody Here');
    await page.getByRole('button', { name: msg('en', 'admin.audit.youthFindButton') }).click();
    await page.getByTestId('audit-youth-none').waitFor();

    // The export names the youth for this reader.
    const csv = await (await context.request.get(`${url}/api/v1/audit.csv?youthId=${youthId}`)).text();
    expect(csv).toContain(`,"${youthId}","${ref}","${YOUTH_NAME}",`);

    // Spanish and 320 px.
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('es', 'admin.audit.title') }).waitFor();
    await page.getByText(msg('es', 'admin.audit.youthFindHint')).waitFor();
    await axe();
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNothingCutOff(page, 320);
    await axe();
    await screenshot(page, 'audit-supervisor-es-320');
    await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();

    // Looking up the youth by name was the youth search: audited, as the supervisor's own reads are.
    const trail = (await (
      await context.request.get(`${url}/api/v1/audit?actorUserId=${await userIdOf(page)}`)
    ).json()) as {
      entries: { event: string; details: Record<string, unknown> }[];
    };
    expect(trail.entries.map((e) => e.event)).toEqual(expect.arrayContaining(['youth.searched', 'audit.searched']));
    expect(trail.entries.some((e) => e.event === 'youth.read' && e.details.via === 'audit_search')).toBe(true);

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});

/** The signed-in person's id, from the session. */
async function userIdOf(page: Page): Promise<string> {
  const response = await page.context().request.get(`${new URL(page.url()).origin}/api/v1/auth/session`);
  return ((await response.json()) as { user: { id: string } }).user.id;
}

/** A youth link's visible words (without the words only a screen reader reads: what the link does). */
function linkText(link: Locator): Promise<string> {
  return link.evaluate((a) =>
    Array.from(a.childNodes)
      .filter((n) => !(n instanceof HTMLElement && n.classList.contains('usa-sr-only')))
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
}

/**
 * The youth of the rows shown, when every row is about a youth (else a marker that no filter expects): a condition
 * the results of a youth filter meet and the page's earlier results do not.
 */
async function youthOfEveryRow(page: Page): Promise<string[]> {
  const rows = await page.getByTestId('audit-row').all();
  const texts: string[] = [];
  for (const row of rows) {
    const link = row.getByTestId('audit-youth');
    if ((await link.count()) === 0) return ['(a row about no youth)'];
    texts.push(await linkText(link));
  }
  return [...new Set(texts)];
}
