import { LOCALES, type Locale } from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator, FIRST_ADMIN } from './support/accounts.js';
import { describeViolations, newContext, open, runAxe, screenshot } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { followMenu } from './support/screens.js';

/**
 * Every screen of setting up, signing in and the signed-in pages, in English and Spanish, on a desktop and at 320 CSS
 * pixels (a small phone, or 400% zoom): no WCAG 2.1 A/AA violation found by axe, one h1, no skipped heading level,
 * nothing wider than the screen. Set HARBOR_E2E_SCREENSHOTS=/some/folder to keep a picture of each.
 */
const env = useHarborAndBrowser();
const admin = FIRST_ADMIN;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '320px', width: 320, height: 640 },
];
let context: BrowserContext;
let page: Page;
let authenticator: Authenticator;
let recoveryCodes: string[];

async function switchTo(locale: Locale): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === locale) return;
  await page.getByRole('button', { name: msg(locale, `shell.language.${locale}`), exact: true }).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(locale);
}

/** Checks the screen as it is now in both languages and both sizes; leaves it in English at desktop size. */
async function checkScreen(name: string): Promise<void> {
  for (const locale of LOCALES) {
    await switchTo(locale);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const where = `${name}, ${locale}, ${viewport.name}`;
      const violations = await runAxe(page);
      expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
      expect(await page.locator('h1').count(), `${where}: one h1`).toBe(1);
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => {
        if (i > 0)
          expect(level, `${where}: heading levels ${levels.join(',')}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${where}: content wider than the screen`).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `${name}-${locale}-${viewport.name}`);
    }
  }
  await switchTo('en');
  await page.setViewportSize({ width: VIEWPORTS[0]!.width, height: VIEWPORTS[0]!.height });
}

async function signInWithPassword(): Promise<void> {
  await page.getByLabel(msg('en', 'signIn.email.label')).fill(admin.email);
  await page.getByLabel(msg('en', 'signIn.password.label'), { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: msg('en', 'signIn.submit'), exact: true }).click();
}

beforeAll(async () => {
  context = await newContext(env.browser, { serviceWorkers: 'block' });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
});

describe('accessibility of setting up and signing in', () => {
  it('the set-up page without its link, with errors, and when done', async () => {
    await open(page, `${env.harbor.url}/setup`);
    await page.getByTestId('setup-alert').waitFor();
    await checkScreen('setup-no-link');

    await open(page, await env.harbor.setupLink());
    await checkScreen('setup-form');
    await page.getByRole('button', { name: msg('en', 'setupPage.submit') }).click();
    await page.locator('#agencyKind-error').waitFor();
    await checkScreen('setup-errors');

    await page.getByLabel(msg('en', 'setupPage.name.label')).fill(admin.displayName);
    await page.getByLabel(msg('en', 'signIn.email.label')).fill(admin.email);
    await page.getByLabel(msg('en', 'setupPage.password.label'), { exact: true }).fill(admin.password);
    await page.getByLabel(msg('en', 'setupPage.agencyName.label')).fill(admin.agencyName);
    await page.getByLabel(msg('en', 'setupPage.agencyKind.label')).selectOption(admin.agencyKind);
    await page.getByRole('button', { name: msg('en', 'setupPage.submit') }).click();
    await page.getByRole('link', { name: msg('en', 'setupPage.done.signIn') }).waitFor();
    await checkScreen('setup-done');
  });

  it('setting up the authenticator app, with and without an error', async () => {
    await open(page, `${env.harbor.url}/sign-in`);
    await signInWithPassword();
    await page.getByRole('img', { name: msg('en', 'signIn.enrol.qrAlt') }).waitFor();
    await checkScreen('enrolment');
    authenticator = new Authenticator((await page.getByTestId('totp-secret').textContent()) ?? '');
    await page.getByLabel(msg('en', 'signIn.code.label')).fill('12');
    await page.getByRole('button', { name: msg('en', 'signIn.enrol.submit') }).click();
    await page.locator('#code-error').waitFor();
    expect(await page.getAttribute('#code', 'aria-describedby')).toBe('code-hint code-error');
    await checkScreen('enrolment-error');
  });

  it('the recovery codes, with and without the missing confirmation', async () => {
    await page.getByLabel(msg('en', 'signIn.code.label')).fill(await authenticator.code());
    await page.getByRole('button', { name: msg('en', 'signIn.enrol.submit') }).click();
    await page.getByTestId('recovery-codes').waitFor();
    recoveryCodes = await page.getByTestId('recovery-codes').locator('li').allInnerTexts();
    await checkScreen('recovery-codes');
    await page.getByRole('button', { name: msg('en', 'signIn.codes.continue') }).click();
    await page.locator('#codes-saved-error').waitFor();
    await checkScreen('recovery-codes-error');
    await page.locator('label[for="codes-saved"]').click();
    await page.getByRole('button', { name: msg('en', 'signIn.codes.continue') }).click();
    await page.waitForURL(`${env.harbor.url}/app`);
  });

  it('the signed-in home, my sessions, the public home and the open menu when signed in', async () => {
    await page.locator('main h1', { hasText: msg('en', 'appHome.heading', { name: admin.displayName }) }).waitFor();
    await checkScreen('app-home');
    await followMenu(page, msg('en', 'shell.nav.mySessions'));
    await page.getByTestId('session').first().waitFor();
    await checkScreen('my-sessions');
    await open(page, `${env.harbor.url}/staff`);
    await page.getByRole('link', { name: msg('en', 'home.signInNotice.goToApp') }).waitFor();
    await checkScreen('home-signed-in');

    // At phone width the navigation, the user's name and the sign-out button sit behind the menu button.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('button', { name: msg('en', 'shell.menu.open'), exact: true }).click();
    const signOut = page.getByRole('button', { name: msg('en', 'shell.account.signOut'), exact: true });
    await signOut.waitFor();
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // (After the panel's slide-in.)
    await page.waitForTimeout(500);
    await screenshot(page, 'menu-signed-in-en-320px', false);
    await signOut.click();
    await page.waitForURL(`${env.harbor.url}/sign-in`);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the sign-in page after signing out, and the second step with the app or a recovery code', async () => {
    await page.getByTestId('sign-in-notice').waitFor();
    await checkScreen('signed-out');
    await signInWithPassword();
    await page.locator('main h1', { hasText: msg('en', 'signIn.code.heading') }).waitFor();
    await checkScreen('code');
    await page.getByRole('button', { name: msg('en', 'signIn.code.submit'), exact: true }).click();
    await page.locator('#code-error').waitFor();
    await checkScreen('code-error');
    await page.getByRole('button', { name: msg('en', 'signIn.code.useRecovery') }).click();
    await page.locator('main h1', { hasText: msg('en', 'signIn.recovery.heading') }).waitFor();
    await checkScreen('recovery');
    await page.getByLabel(msg('en', 'signIn.recovery.label')).fill(recoveryCodes[1]!);
    await page.getByRole('button', { name: msg('en', 'signIn.code.submit'), exact: true }).click();
    await page.waitForURL(`${env.harbor.url}/app`);
  });
});
