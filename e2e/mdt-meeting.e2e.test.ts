import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleYouthInput } from '../packages/server/src/testing/youth.js';
import {
  apiPost,
  csrfOf,
  type Enrolled,
  FIRST_ADMIN,
  setUpPeople,
  signInThroughApi,
  testAccount,
} from './support/accounts.js';
import {
  newContext,
  open,
  type PageProblems,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreen, followMenu, PHONE, switchLanguage } from './support/screens.js';

/**
 * Issue 16, the browser test of MDT meetings: a DMH clinician chairs a meeting with a probation officer and an
 * advocate of two other agencies; each puts a youth of their own on the agenda and sees only that youth, "Restricted"
 * for the two others (no name, nothing else). The chair discloses her youth to the probation officer under
 * W&I 18961.7: refused with a report 40 days old (outside the 30 days), accepted with one 5 days old, and the probation
 * officer then sees that youth. An action item is added with the keyboard; the chair signs the minutes off, after
 * which only addenda are offered (and the server refuses anything else). The youth's page lists the disclosure. Every
 * screen is axe-clean in both languages at 1280 px and 320 px; people start from My Harbor and the menu.
 */
const env = useHarborAndBrowser();
const CHAIR = testAccount('Dana Okafor', 'dana.okafor@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');
const PROBATION = testAccount('Marcus Bell', 'marcus.bell@probation.example', 'County Probation', 'probation');
const ADVOCATE = testAccount('Lucía Torres', 'lucia.torres@advocates.example', 'Valley Youth Advocates', 'advocacy');
/** A supervisor: the widest menu, which must hold "Meetings" on one line. */
const SUPERVISOR = testAccount('Ruth Ashby', 'ruth.ashby@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');
/** An administrator, who keeps the county's meeting types. */
const ADMIN = testAccount('Grace Kim', 'grace.kim@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');
const YOUTHS = {
  chair: { given: 'Marisol', family: 'Quintero' },
  probation: { given: 'Jayden', family: 'Brooks' },
  advocate: { given: 'Aaliyah', family: 'Moreno' },
} as const;
const nameOf = (who: keyof typeof YOUTHS) => `${YOUTHS[who].given} ${YOUTHS[who].family}`;
const enrolled: Record<string, Enrolled> = {};
let meetingUrl = '';

async function signIn(
  who: typeof CHAIR,
  locale = 'en-US',
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await newContext(env.browser, { serviceWorkers: 'block', locale, timezoneId: 'America/New_York' });
  enrolled[who.email] = await signInThroughApi(context, env.harbor, who, enrolled[who.email]);
  const problems = await watchContext(context, env.harbor.url);
  return { context, page: await context.newPage(), problems };
}

/** Signed in, from My Harbor through the menu to the meeting (its line on "my meetings"). */
async function openMeeting(who: typeof CHAIR) {
  const session = await signIn(who);
  await open(session.page, `${env.harbor.url}/app`);
  await followMenu(session.page, msg('en', 'meetings.nav'));
  await session.page.getByTestId('meeting-line').first().getByRole('link').click();
  await session.page.getByTestId('meeting-heading').waitFor();
  meetingUrl ||= session.page.url();
  expect(session.page.url()).toBe(meetingUrl);
  return session;
}

const entries = (page: Page) => page.getByTestId('roster-entry');
const restricted = (page: Page) => page.locator('[data-testid="roster-entry"][data-restricted="true"]');
const openEntry = (page: Page, name: string) =>
  page
    .locator('[data-testid="roster-entry"][data-restricted="false"]')
    .filter({ has: page.getByRole('heading', { name }) });

/** What the reader sees of the roster: each youth's name, or "Restricted", with every restricted panel's whole text. */
async function roster(page: Page, locale: 'en' | 'es' = 'en') {
  const word = msg(locale, 'meetings.roster.restricted');
  const headings = await entries(page).locator('h3').allInnerTexts();
  for (const text of await restricted(page).allInnerTexts()) expect(text.trim()).toBe(word);
  return headings;
}

/** Puts a youth the reader may see on the agenda, through "Find the youth". */
async function addYouth(page: Page, who: keyof typeof YOUTHS) {
  const before = await entries(page).count();
  const finder = page.getByTestId('meeting-youth-find-youth');
  await finder.getByLabel(msg('en', 'findYouth.name')).fill(nameOf(who));
  await finder.getByRole('button', { name: msg('en', 'findYouth.search') }).click();
  await page.getByRole('button', { name: msg('en', 'meetings.roster.addChoose', { name: nameOf(who) }) }).click();
  await expect.poll(() => entries(page).count(), { timeout: 15_000 }).toBe(before + 1);
  await page.getByTestId('add-youth-outcome').waitFor();
  // The confirmation takes focus.
  expect(await page.getByTestId('add-youth-outcome').evaluate((e) => e === document.activeElement)).toBe(true);
}

/** Ticks a USWDS radio button or checkbox as a person does: by its label. */
async function tick(page: Page, id: string): Promise<void> {
  await page.locator(`label[for="${id}"]`).click();
  expect(await page.locator(`[id="${id}"]`).isChecked()).toBe(true);
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
const DAY = 24 * 3600_000;

beforeAll(async () => {
  await setUpPeople(env.harbor, env.browser, [
    { account: CHAIR, role: 'clinician' },
    { account: PROBATION, role: 'probation_officer' },
    { account: ADVOCATE, role: 'advocate' },
    { account: SUPERVISOR, role: 'supervisor' },
    { account: ADMIN, role: 'admin' },
  ]);
  // Each member opens the record of a youth of their own (and is on that youth's care team).
  for (const [who, account] of [
    ['chair', CHAIR],
    ['probation', PROBATION],
    ['advocate', ADVOCATE],
  ] as const) {
    const { context } = await signIn(account);
    await apiPost(env.harbor, context, '/api/v1/youth', sampleYouthInput({ legalName: YOUTHS[who] }));
    await context.close();
  }
});

describe('an MDT meeting of three agencies, in the browser', () => {
  it('keeps a supervisor’s menu, with Meetings, on one line at 1280 px in both languages', async () => {
    const { context, page } = await signIn(SUPERVISOR);
    await open(page, `${env.harbor.url}/app`);
    for (const locale of ['en', 'es'] as const) {
      await switchLanguage(page, locale);
      const items = page.locator('#primary-navigation .usa-nav__primary > li');
      await page.getByRole('link', { name: msg(locale, 'meetings.nav'), exact: true }).waitFor();
      const tops = await items.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size, `${locale}: ${tops.join(',')}`).toBe(1);
    }
    await context.close();
  });

  it('lets the DMH clinician schedule it from the menu, inviting a probation officer and an advocate', async () => {
    const { context, page, problems } = await signIn(CHAIR);
    await open(page, `${env.harbor.url}/app`);
    await followMenu(page, msg('en', 'meetings.nav'));
    await page.locator('main h1', { hasText: msg('en', 'meetings.list.title') }).waitFor();
    await page.getByTestId('schedule-meeting').waitFor();
    await page.locator('#meeting-type option').nth(1).waitFor({ state: 'attached' });
    // Sent empty, the form lists what is missing and the summary takes focus.
    await page.getByTestId('schedule-submit').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await visibleText(summary)).toContain(msg('en', 'meetings.error.type'));
    await checkScreen(page, 'meetings-schedule-errors');

    await page.getByLabel(msg('en', 'meetings.field.type')).selectOption('protocol_30_day');
    await page.getByLabel(msg('en', 'meetings.field.startsAt')).fill(wallTime(new Date(Date.now() + 2 * DAY)));
    await page.getByLabel(msg('en', 'meetings.field.place')).fill('DMH Compton, room 4');
    for (const person of [PROBATION, ADVOCATE]) {
      await page.getByRole('textbox', { name: msg('en', 'meetings.staff.find') }).fill(person.email);
      await page
        .getByTestId('schedule-staff-picker')
        .getByRole('button', { name: msg('en', 'meetings.staff.search'), exact: true })
        .click();
      const choice = page.getByLabel(msg('en', 'meetings.staff.person'));
      // Someone of another agency is found by the whole e-mail, and listed by name and agency only.
      await expect
        .poll(() => choice.locator('option').allInnerTexts(), { timeout: 15_000 })
        .toEqual([msg('en', 'meetings.field.choose'), `${person.displayName} · ${person.agencyName}`]);
      await choice.selectOption({ index: 1 });
      await page.getByLabel(msg('en', 'meetings.staff.meetingRole')).selectOption('member');
      await page.getByRole('button', { name: msg('en', 'meetings.staff.add'), exact: true }).click();
    }
    await expect.poll(() => page.getByTestId('schedule-attendees').locator('li').count(), { timeout: 15_000 }).toBe(2);
    await checkScreen(page, 'meetings-schedule');
    await page.getByTestId('schedule-submit').click();

    await page.waitForURL(/\/app\/meetings\/[0-9a-f-]{36}$/);
    meetingUrl = page.url();
    await page.getByTestId('meeting-scheduled').waitFor();
    await expect.poll(() => page.getByTestId('meeting-attendee').count(), { timeout: 15_000 }).toBe(3);
    const attendees = await visibleText(page.getByTestId('meeting-attendees'));
    for (const text of ['Dana Okafor', 'Marcus Bell', 'Lucía Torres', 'County Probation', 'Valley Youth Advocates'])
      expect(attendees).toContain(text);
    // The chair can take an attendee off the meeting (asked again first), never the chair: declining keeps them.
    const attendeeRows = page.getByTestId('meeting-attendee');
    expect(
      await page.getByRole('button', { name: msg('en', 'meetings.attendees.remove', { name: 'Dana Okafor' }) }).count(),
    ).toBe(0);
    await page.getByRole('button', { name: msg('en', 'meetings.attendees.remove', { name: 'Marcus Bell' }) }).click();
    await page.getByRole('button', { name: msg('en', 'meetings.attendees.removeKeep') }).click();
    await expect.poll(() => attendeeRows.count()).toBe(3);
    // The invitation (.ics) names the meeting and no youth.
    const href = await page.getByTestId('meeting-invitation').getAttribute('href');
    const ics = await context.request.get(`${env.harbor.url}${href}`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    expect(await ics.text()).toContain('SEQUENCE:0');
    // The chair moves it to another room: the form holds today's values, a bad link is named, the invitation changes.
    await page.getByTestId('meeting-move').click();
    const move = page.getByTestId('meeting-move-form');
    expect(await move.getByLabel(msg('en', 'meetings.field.place')).inputValue()).toBe('DMH Compton, room 4');
    await move.getByLabel(msg('en', 'meetings.field.link')).fill('http://not-secure.example');
    await page.getByTestId('meeting-move-save').click();
    await move.getByTestId('error-summary').waitFor();
    expect(await visibleText(move.getByTestId('error-summary'))).toContain(msg('en', 'meetings.error.link'));
    await checkScreen(page, 'meeting-move-errors');
    await move.getByLabel(msg('en', 'meetings.field.link')).fill('');
    await move.getByLabel(msg('en', 'meetings.field.place')).fill('DMH Compton, room 5');
    await page.getByTestId('meeting-move-save').click();
    await page.getByText(msg('en', 'meetings.moved')).waitFor();
    expect(await visibleText(page.getByTestId('meeting-facts'))).toContain('DMH Compton, room 5');
    expect(await move.count()).toBe(0);
    const moved = await (await context.request.get(`${env.harbor.url}${href}`)).text();
    expect(moved).toContain('SEQUENCE:1');
    expect(moved).toContain('DMH Compton\\, room 5');

    await addYouth(page, 'chair');
    expect(await roster(page)).toEqual([nameOf('chair')]);
    await checkScreen(page, 'meeting-chair-one-youth');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();
  });

  it('shows each member only their own youth, and “Restricted” for the others', async () => {
    for (const [who, account] of [
      ['probation', PROBATION],
      ['advocate', ADVOCATE],
    ] as const) {
      const { context, page, problems } = await openMeeting(account);
      await addYouth(page, who);
      expect((await roster(page)).filter((h) => h !== msg('en', 'meetings.roster.restricted'))).toEqual([nameOf(who)]);
      expect(unexpectedConsoleErrors(problems)).toEqual([]);
      await context.close();
    }
    // The advocate, on a phone and in Spanish: two panels say only "Restringido".
    const { context, page } = await openMeeting(ADVOCATE);
    await page.setViewportSize(PHONE);
    await switchLanguage(page, 'es');
    await expect.poll(() => entries(page).count(), { timeout: 15_000 }).toBe(3);
    expect(await roster(page, 'es')).toEqual([
      msg('es', 'meetings.roster.restricted'),
      msg('es', 'meetings.roster.restricted'),
      nameOf('advocate'),
    ]);
    const text = await visibleText(page.locator('main'));
    for (const other of ['chair', 'probation'] as const) expect(text).not.toContain(YOUTHS[other].family);
    await checkScreen(page, 'meeting-advocate');
    await context.close();

    const chair = await openMeeting(CHAIR);
    await expect.poll(() => entries(chair.page).count(), { timeout: 15_000 }).toBe(3);
    expect(await roster(chair.page)).toEqual([
      nameOf('chair'),
      msg('en', 'meetings.roster.restricted'),
      msg('en', 'meetings.roster.restricted'),
    ]);
    await chair.context.close();
  });

  it('refuses a W&I 18961.7 disclosure outside the 30 days, accepts it within them, and the member then sees the youth', async () => {
    const { context, page, problems } = await openMeeting(CHAIR);
    const panel = openEntry(page, nameOf('chair'));
    const form = panel.getByTestId('disclose-form');
    const entryId = (await panel.getAttribute('aria-labelledby'))!.replace(/^entry-/, '');
    const p = `${entryId}-disclose`;
    await tick(page, `${p}-basis-mdt_18961_7`);
    await form.getByLabel(msg('en', 'meetings.field.reportedAt')).fill(wallTime(new Date(Date.now() - 40 * DAY)));
    await form.getByTestId('disclose-window').waitFor();
    await tick(page, `${p}-to-chosen`);
    await form.locator('label', { hasText: 'Marcus Bell' }).click();
    await tick(page, `${p}-classes-identity`);
    await tick(page, `${p}-classes-protocol`);
    await form.getByTestId('disclose-submit').click();
    const outcome = form.getByTestId('disclose-outcome');
    await outcome.waitFor();
    expect(await outcome.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await outcome.getAttribute('class')).toContain('usa-alert--error');
    expect(await visibleText(outcome)).toContain('18961.7');
    expect(await panel.getByTestId('entry-disclosure').count()).toBe(0);
    await checkScreen(page, 'meeting-disclosure-refused');

    await form.getByLabel(msg('en', 'meetings.field.reportedAt')).fill(wallTime(new Date(Date.now() - 5 * DAY)));
    await form.getByTestId('disclose-submit').click();
    await expect.poll(() => panel.getByTestId('entry-disclosure').count(), { timeout: 15_000 }).toBe(1);
    expect(await outcome.getAttribute('class')).toContain('usa-alert--success');
    expect(await visibleText(panel.getByTestId('entry-disclosure'))).toContain('Marcus Bell');
    expect(
      unexpectedConsoleErrors(problems, [
        { status: 409, path: `/api/v1/mdt/meetings/${meetingUrl.split('/').pop()}/entries/${entryId}/disclosures` },
      ]),
    ).toEqual([]);
    await context.close();

    // The probation officer now sees the chair's youth, by the disclosure, at this meeting.
    const probation = await openMeeting(PROBATION);
    await expect.poll(() => entries(probation.page).count(), { timeout: 15_000 }).toBe(3);
    expect(await roster(probation.page)).toEqual([
      nameOf('chair'),
      nameOf('probation'),
      msg('en', 'meetings.roster.restricted'),
    ]);
    expect(await visibleText(openEntry(probation.page, nameOf('chair')).getByTestId('roster-entry-via'))).toContain(
      msg('en', 'meetings.roster.viaDisclosure', {
        classes: [msg('en', 'meetings.fieldClass.identity'), msg('en', 'meetings.fieldClass.protocol')].join(', '),
      }).split(':')[0]!,
    );
    await checkScreen(probation.page, 'meeting-probation-disclosed');
    await probation.context.close();
  });

  it('takes an action item with the keyboard, then the chair signs off and only addenda are offered', async () => {
    const { context, page, problems } = await openMeeting(CHAIR);
    const panel = openEntry(page, nameOf('chair'));
    const entryId = (await panel.getAttribute('aria-labelledby'))!.replace(/^entry-/, '');
    // With the keyboard: type, Tab to the next field, choose with the arrows, Enter to send.
    await page.locator(`[id="${entryId}-action"]`).focus();
    await page.keyboard.type('Enroll her in TF-CBT and confirm the first session.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${entryId}-action-owner`);
    // The attendees are listed as they were invited: the chair, then Marcus Bell.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(
      await page
        .locator(`[id="${entryId}-action-owner"]`)
        .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text),
    ).toBe('Marcus Bell · County Probation');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${entryId}-action-due`);
    await page.locator(`[id="${entryId}-action-due"]`).fill(wallTime(new Date(Date.now() + 7 * DAY)));
    await page.locator(`[id="${entryId}-action-due"]`).press('Enter');
    const action = panel.getByTestId('entry-action');
    await expect.poll(() => action.count(), { timeout: 15_000 }).toBe(1);
    expect(await visibleText(action)).toContain('Marcus Bell');
    // The confirmation took focus, beside the form.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('usa-alert--success'))).toBe(true);

    await page.getByRole('button', { name: msg('en', 'meetings.minutes.sign'), exact: true }).click();
    const confirm = page.getByTestId('minutes-confirm');
    await confirm.waitFor();
    expect(await confirm.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('minutes-signed').waitFor();
    expect(await page.getByTestId('meeting-status').textContent()).toBe(msg('en', 'meetings.status.signed'));
    // Signed: nothing but an addendum is offered.
    expect(await page.locator('[data-testid="roster-entry"] form').count()).toBe(0);
    expect(await page.getByTestId('meeting-add-youth').count()).toBe(0);
    expect(await page.locator('#attendees-heading ~ * select').count()).toBe(0);
    // And the server refuses a change all the same.
    const id = meetingUrl.split('/').pop()!;
    const refused = await context.request.post(
      `${env.harbor.url}/api/v1/mdt/meetings/${id}/entries/${entryId}/decisions`,
      {
        headers: { 'x-csrf-token': await csrfOf(env.harbor, context) },
        data: { text: 'A change after sign-off' },
      },
    );
    expect(refused.status()).toBe(409);

    await page.getByLabel(msg('en', 'meetings.addenda.text')).fill('The first TF-CBT session is on Monday.');
    await page.getByLabel(msg('en', 'meetings.addenda.about')).selectOption({ label: nameOf('chair') });
    await page.getByRole('button', { name: msg('en', 'meetings.addenda.add'), exact: true }).click();
    await expect.poll(() => page.getByTestId('meeting-addendum').count(), { timeout: 15_000 }).toBe(1);
    expect(await visibleText(page.getByTestId('meeting-addendum'))).toContain('The first TF-CBT session is on Monday.');
    await checkScreen(page, 'meeting-signed');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);

    // The youth's page says who was shown what, when and on which basis; the youth's own words are kept there.
    await panel.getByRole('link', { name: msg('en', 'meetings.roster.youthLink', { name: nameOf('chair') }) }).click();
    await page.getByTestId('youth-name').waitFor();
    // The long record starts with links to its sections; one takes the keyboard's focus to its heading.
    const sections = page.getByTestId('on-this-page');
    await sections.getByRole('link', { name: msg('en', 'meetings.youth.disclosures'), exact: true }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('youth-disclosures-heading');
    const disclosure = page.getByTestId('youth-disclosures').getByTestId('youth-disclosure');
    await disclosure.first().waitFor();
    expect(await visibleText(disclosure.first())).toContain(msg('en', 'meetings.basis.mdt_18961_7'));
    expect(await visibleText(disclosure.first())).toContain('Marcus Bell');
    await page.getByLabel(msg('en', 'meetings.goals.text')).fill('I want to finish school and live with my aunt.');
    // The county's today (UTC is already tomorrow in its evening).
    await page.getByLabel(msg('en', 'meetings.goals.saidOn')).fill(wallTime(new Date()).slice(0, 10));
    await page.getByRole('button', { name: msg('en', 'meetings.goals.add'), exact: true }).click();
    await page.getByTestId('youth-goal').first().waitFor();
    expect(await visibleText(page.getByTestId('youth-goals'))).toContain(
      'I want to finish school and live with my aunt.',
    );
    // The timeline names the meeting's type, in the reader's language.
    const meetingLine = page.locator('[data-testid="timeline-entry"][data-kind="mdt_meeting"]').first();
    await expect.poll(() => visibleText(meetingLine), { timeout: 15_000 }).toContain('30-day protocol MDT');
    await checkScreen(page, 'youth-disclosures-goals');
    // The youth's own words come to the meeting's agenda for the youth.
    await page.goBack();
    await page.getByTestId('meeting-heading').waitFor();
    const goal = openEntry(page, nameOf('chair')).locator('[data-testid="entry-agenda"] li[data-kind="youth_goal"]');
    await goal.first().waitFor();
    expect(await visibleText(goal.first())).toContain('I want to finish school and live with my aunt.');
    await context.close();

    // The action item's owner finds it among his deadlines, from the menu, in the next week's window.
    const owner = await signIn(PROBATION);
    await open(owner.page, `${env.harbor.url}/app`);
    await followMenu(owner.page, msg('en', 'responseWeb.nav.deadlines'));
    await owner.page.locator('main h1', { hasText: msg('en', 'responseWeb.deadlines.title') }).waitFor();
    // Due in a week: not within the first 72 hours the page shows.
    await owner.page.getByText(msg('en', 'responseWeb.deadlines.none')).waitFor();
    await owner.page.getByLabel(msg('en', 'responseWeb.deadlines.window')).selectOption('168');
    // He reads the youth at the meeting only (a disclosure there): the line names no youth, and leads to the meeting.
    const row = owner.page.getByTestId('deadline-row').filter({ hasText: 'Marcus Bell' });
    await row.first().waitFor({ timeout: 15_000 });
    expect(await visibleText(row.first())).not.toContain('Enroll her in TF-CBT');
    await row.first().getByRole('link').click();
    await owner.page.waitForURL(meetingUrl);
    await owner.page.getByTestId('meeting-heading').waitFor();
    expect(unexpectedConsoleErrors(owner.problems)).toEqual([]);
    await owner.context.close();
  });

  it('lets an administrator add a meeting type and take it out of use, in Spanish on a phone', async () => {
    const { context, page, problems } = await signIn(ADMIN, 'es-US');
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await open(page, `${env.harbor.url}/app`);
    await switchLanguage(page, 'es');
    await followMenu(page, msg('es', 'meetings.nav.types'));
    await page.locator('main h1', { hasText: msg('es', 'meetings.types.title') }).waitFor();
    const rows = page.getByTestId('meeting-types').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    // Sent empty, then with a code a person might type, the form says what is wrong and where.
    const form = page.getByTestId('add-meeting-type');
    await form.getByRole('button', { name: msg('es', 'meetings.types.addSubmit') }).click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((e) => e === document.activeElement)).toBe(true);
    for (const key of ['idMissing', 'nameEn', 'nameEs'] as const)
      expect(await visibleText(summary)).toContain(msg('es', `meetings.types.error.${key}`));
    await form.getByLabel(msg('es', 'meetings.types.code')).fill('Revisión de colocación');
    await form.getByLabel(msg('es', 'meetings.types.nameEn')).fill('Placement review');
    await form.getByLabel(msg('es', 'meetings.types.nameEs')).fill('Revisión de colocación');
    await form.getByRole('button', { name: msg('es', 'meetings.types.addSubmit') }).click();
    await expect.poll(() => visibleText(summary)).toContain(msg('es', 'meetings.types.error.idShape'));
    await checkScreen(page, 'meeting-types-errors');
    await form.getByLabel(msg('es', 'meetings.types.code')).fill('placement_review');
    await form.getByRole('button', { name: msg('es', 'meetings.types.addSubmit') }).click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(5);
    const added = page.getByTestId('type-placement_review');
    expect(await visibleText(added)).toContain('Revisión de colocación');
    expect(await visibleText(added)).toContain(msg('es', 'meetings.types.inUse'));
    expect(await form.getByLabel(msg('es', 'meetings.types.code')).inputValue()).toBe('');

    // Taken out of use: the row says so (scheduling then refuses it: the API test).
    await added.getByRole('button', { name: msg('es', 'meetings.types.change') }).click();
    await page.locator('label[for="type-placement_review-active"]').click();
    await added.getByRole('button', { name: msg('es', 'meetings.types.save') }).click();
    await expect.poll(() => visibleText(added), { timeout: 15_000 }).toContain(msg('es', 'meetings.types.retired'));
    await page.getByTestId('meeting-types-outcome').waitFor();
    // The Change button takes the focus back.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('type-placement_review-change');
    await checkScreen(page, 'meeting-types');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();
  });
});
