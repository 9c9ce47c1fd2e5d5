import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_ADMIN, sessionStatus, setUpFirstAdministrator, signInThroughApi } from './support/accounts.js';
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

/** A phone's browser, so the two sessions can be told apart by their device. */
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
});

describe('my sessions', () => {
  it('lists the sessions of two browsers, marks this one, and ends the other', async () => {
    const desk = await newContext(env.browser, { serviceWorkers: 'block' });
    const phone = await newContext(env.browser, {
      serviceWorkers: 'block',
      userAgent: IPHONE_SAFARI,
      viewport: { width: 390, height: 844 },
    });
    const problems = await watchContext(desk, env.harbor.url);
    const enrolled = await signInThroughApi(desk, env.harbor, FIRST_ADMIN);
    await signInThroughApi(phone, env.harbor, FIRST_ADMIN, enrolled);
    const phonePage = await phone.newPage();
    await open(phonePage, `${env.harbor.url}/app`);

    const page = await desk.newPage();
    await open(page, `${env.harbor.url}/app`);
    await followMenu(page, msg('en', 'shell.nav.mySessions'));
    await page.waitForURL(`${env.harbor.url}/app/sessions`);
    const sessions = page.getByTestId('session');
    await sessions.first().waitFor();
    expect(await sessions.count()).toBe(2);
    expect(await visibleText(page.getByTestId('session-count'))).toBe(msg('en', 'mySessions.count', { count: 2 }));

    // Newest first: the phone signed in after this browser. This one is marked and cannot be ended from here.
    const [other, mine] = [sessions.nth(0), sessions.nth(1)];
    expect(await visibleText(other.locator('h2'))).toBe(
      msg('en', 'mySessions.device', { browser: 'Safari', system: 'iPhone' }),
    );
    // (The tag is set in capitals by the style sheet; the words are the message's.)
    expect(await mine.locator('h2 .usa-tag').textContent()).toBe(msg('en', 'mySessions.current'));
    expect(await mine.getByRole('button').count()).toBe(0);
    // When it started and when it was last active, as dates people read.
    const facts = await other.locator('dd').allInnerTexts();
    expect(facts).toHaveLength(2);
    for (const fact of facts) expect(fact).toMatch(/\d{4}.*\d{1,2}:\d{2}/);

    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'my-sessions-two-en-desktop');
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('es', 'mySessions.heading') }).waitFor();
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await screenshot(page, 'my-sessions-two-es-320px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();

    // The button's name says which session it ends.
    const end = other.getByRole('button', { name: new RegExp(`^${msg('en', 'mySessions.end')} on Safari on iPhone`) });
    await end.click();
    const alert = page.locator('.usa-alert--success');
    await alert.waitFor();
    expect(await visibleText(alert.locator('h2'))).toBe(msg('en', 'mySessions.ended.heading'));
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => sessions.count()).toBe(1);
    expect(await visibleText(page.getByTestId('session-count'))).toBe(msg('en', 'mySessions.count', { count: 1 }));

    // The phone's session is over: its next step in Harbor leads to the sign-in page, which says why.
    expect(await sessionStatus(phone, env.harbor)).toBe(401);
    expect(await sessionStatus(desk, env.harbor)).toBe(200);
    await followMenu(phonePage, msg('en', 'shell.nav.mySessions'));
    await phonePage.waitForURL(`${env.harbor.url}/sign-in`);
    expect(await visibleText(phonePage.getByTestId('sign-in-notice').locator('h2'))).toBe(
      msg('en', 'signIn.notice.ended.heading'),
    );

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await desk.close();
    await phone.close();
  });
});
