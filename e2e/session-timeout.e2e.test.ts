import type { BrowserContext, Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Enrolled,
  FIRST_ADMIN,
  sessionStatus,
  setUpFirstAdministrator,
  signInThroughApi,
} from './support/accounts.js';
import {
  describeViolations,
  newContext,
  open,
  type PageProblems,
  pageTasksRun,
  runAxe,
  screenshot,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/**
 * The idle-timeout warning, with the page's clock under the test's control (Playwright's clock fakes Date and the
 * timers in the page; the server's real clock barely moves). The server ends a session after 15 minutes without a
 * request; the app warns 2 minutes before.
 */
const env = useHarborAndBrowser();
let enrolled: Enrolled;

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
});

interface TimedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Moves the page's clock on, once every API call the page made has been answered. */
  jump(time: string): Promise<void>;
}

/**
 * Every answer restarts the app's idle count at the page's time of arrival: an answer still on its way when the clock
 * jumps would arrive after the jump and move the warning. So the clock moves only when no API call is in flight.
 */
function clockAfterAnswers(page: Page): (time: string) => Promise<void> {
  const inFlight = new Set<Request>();
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) inFlight.add(request);
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return async (time) => {
    await expect.poll(() => inFlight.size).toBe(0);
    // And the page has run what the answers started: React schedules its work through a MessageChannel (which the
    // clock does not fake), so one more message through a channel comes after it.
    await pageTasksRun(page);
    await page.clock.fastForward(time);
  };
}

async function signedInPage(locale: 'en' | 'es', initScript?: () => void): Promise<TimedPage> {
  const context = await newContext(env.browser, {
    locale: locale === 'es' ? 'es-MX' : 'en-US',
    serviceWorkers: 'block',
  });
  const problems = await watchContext(context, env.harbor.url);
  enrolled = await signInThroughApi(context, env.harbor, FIRST_ADMIN, enrolled);
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const jump = clockAfterAnswers(page);
  await page.clock.install();
  await open(page, `${env.harbor.url}/app`);
  await page
    .locator('main h1', { hasText: msg(locale, 'appHome.heading', { name: FIRST_ADMIN.displayName }) })
    .waitFor();
  // The home's sections ask the server once their code has loaded: let them all start (and finish) first.
  await page.waitForLoadState('networkidle');
  return { context, page, problems, jump };
}

/** "You will be signed out in 1 minute and 5x seconds.": the app's last call was a moment before the jump. */
function countdownPattern(locale: 'en' | 'es', minutes: number, secondsFrom: number, secondsTo: number): RegExp {
  const options: string[] = [];
  for (let seconds = secondsFrom; seconds <= secondsTo; seconds++) {
    const time =
      minutes === 0
        ? msg(locale, 'duration.seconds', { count: seconds })
        : msg(locale, 'duration.minutesSeconds', {
            minutes: msg(locale, 'duration.minutes', { count: minutes }),
            seconds: msg(locale, 'duration.seconds', { count: seconds }),
          });
    options.push(msg(locale, 'sessionTimeout.countdown', { time }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return new RegExp(`^(${options.join('|')})$`);
}

describe('session timeout warning', () => {
  it('appears two minutes before the end as an accessible dialog with a countdown in words', async () => {
    const { context, page, problems, jump } = await signedInPage('en');
    const dialog = page.getByRole('alertdialog');
    // 12 min 50 s without a call: 2 min 10 s left, no warning yet.
    await jump('12:50');
    expect(await dialog.isVisible()).toBe(false);
    // 13 min 5 s: 1 min 55 s left.
    await jump('00:15');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await visibleText(dialog.locator('h2'))).toBe(msg('en', 'sessionTimeout.heading'));
    const countdown = dialog.locator('#session-timeout-countdown');
    expect(await visibleText(countdown)).toMatch(countdownPattern('en', 1, 50, 55));

    // Focus is inside the dialog, on "Stay signed in"; the page behind cannot be reached.
    const stay = dialog.getByRole('button', { name: msg('en', 'sessionTimeout.stay') });
    await expect.poll(() => stay.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'timeout-dialog-en-desktop', false);

    // The countdown goes on.
    await jump('01:10');
    await expect.poll(() => visibleText(countdown)).toMatch(countdownPattern('en', 0, 40, 45));

    // Escape means "stay signed in": the app asks for the session, which restarts the server's idle timer.
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url() === `${env.harbor.url}/api/v1/auth/session`),
      page.keyboard.press('Escape'),
    ]);
    expect((await request.response())?.status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });

    // The count starts again from that call: the warning comes back after another 13 minutes, and the button works.
    await jump('12:50');
    expect(await dialog.isVisible()).toBe(false);
    await jump('00:15');
    await dialog.waitFor();
    await stay.click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(`${env.harbor.url}/app`);

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('at zero, signs out (on the server too) and says why, in the user’s language', async () => {
    const { context, page, problems, jump } = await signedInPage('es');
    const dialog = page.getByRole('alertdialog');
    await jump('13:05');
    await dialog.waitFor();
    expect(await visibleText(dialog.locator('h2'))).toBe(msg('es', 'sessionTimeout.heading'));
    expect(await visibleText(dialog.locator('#session-timeout-countdown'))).toMatch(countdownPattern('es', 1, 50, 55));
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await screenshot(page, 'timeout-dialog-es-320px', false);

    await jump('02:00');
    await page.waitForURL(`${env.harbor.url}/sign-in`);
    const notice = page.getByTestId('sign-in-notice');
    expect(await visibleText(notice.locator('h2'))).toBe(msg('es', 'signIn.notice.timedOut.heading'));
    expect(await visibleText(notice.locator('p'))).toBe(msg('es', 'signIn.notice.timedOut.body', { minutes: 15 }));
    expect(await dialog.count()).toBe(0);
    expect(await sessionStatus(context, env.harbor)).toBe(401);

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('takes a late close event of a dialog the app closed itself for nothing', async () => {
    // The browser fires a dialog's close event in a later task: by then the warning may be back. Here the page keeps
    // every close event back until the test lets it go, after the dialog has been shown again.
    const { context, page, problems, jump } = await signedInPage('en', () => {
      const held: EventTarget[] = [];
      const w = window as unknown as { releaseCloseEvents(): void };
      window.addEventListener(
        'close',
        (event) => {
          if (event.isTrusted && event.target) {
            event.stopImmediatePropagation();
            held.push(event.target);
          }
        },
        true,
      );
      w.releaseCloseEvents = () => {
        for (const target of held.splice(0)) target.dispatchEvent(new Event('close'));
      };
    });
    const sessionCalls: Request[] = [];
    page.on('request', (request) => {
      if (request.url() === `${env.harbor.url}/api/v1/auth/session`) sessionCalls.push(request);
    });
    const dialog = page.getByRole('alertdialog');
    const stay = dialog.getByRole('button', { name: msg('en', 'sessionTimeout.stay') });
    await jump('13:05');
    await dialog.waitFor();
    await stay.click();
    await dialog.waitFor({ state: 'hidden' });
    expect(sessionCalls).toHaveLength(1);

    await jump('12:50');
    await jump('00:15');
    await dialog.waitFor();
    await page.evaluate(() => (window as unknown as { releaseCloseEvents(): void }).releaseCloseEvents());
    // The dialog stays, asks nothing, and still counts down.
    await jump('00:01');
    expect(sessionCalls).toHaveLength(1);
    expect(await dialog.isVisible()).toBe(true);
    expect(await visibleText(dialog.locator('#session-timeout-countdown'))).toMatch(countdownPattern('en', 1, 50, 54));
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('goes to sign-in at once when the server has already ended the session', async () => {
    const { context, page, jump } = await signedInPage('en');
    // The session ends behind the page's back (here: signed out through the API; also idle, 12-hour limit, ended
    // from another device).
    const { csrfToken } = (await (await context.request.get(`${env.harbor.url}/api/v1/auth/session`)).json()) as {
      csrfToken: string;
    };
    const signOut = await context.request.post(`${env.harbor.url}/api/v1/auth/sign-out`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {},
    });
    expect(signOut.status()).toBe(204);

    await jump('13:05');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: msg('en', 'sessionTimeout.stay') }).click();
    await page.waitForURL(`${env.harbor.url}/sign-in`);
    expect(await visibleText(page.getByTestId('sign-in-notice').locator('h2'))).toBe(
      msg('en', 'signIn.notice.ended.heading'),
    );
    await context.close();
  });
});
