import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HarborProcess, runHarbor, startHarbor } from '../packages/server/src/testing/harbor-process.js';
import { Authenticator } from './support/accounts.js';
import {
  describeViolations,
  launchBrowser,
  newContext,
  open,
  runAxe,
  screenshot,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { startTestHarbor, type TestHarbor } from './support/harbor.js';
import { msg } from './support/messages.js';

/**
 * The demonstration as an evaluator meets it: `harbor demo seed` on an empty data folder, then `harbor serve`; one of
 * the printed people signs in with the printed password and a code of the printed authenticator secret, and every
 * page says "Demonstration data" (both languages, axe-clean, at 320 px). A Harbor without the demonstration says
 * nothing of the kind.
 */

let dataDir: string;
let harbor: HarborProcess;
let plain: TestHarbor;
let browser: Browser;
let printed: { email: string; password: string; secret: string };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'harbor-e2e-demo-'));
  const seeded = await runHarbor(['demo', 'seed'], { HARBOR_DATA_DIR: dataDir }, 120_000);
  if (seeded.code !== 0) throw new Error(`harbor demo seed failed: ${seeded.stderr}`);
  // The clinician's block of what the seed printed.
  const block = /^Renata Solís: [^\n]+\n(?: {2}[^\n]+\n)*/m.exec(seeded.stdout)?.[0] ?? '';
  const line = (label: string) => new RegExp(`^ {2}${label}: +(\\S+)$`, 'm').exec(block)?.[1] ?? '';
  printed = { email: line('e-mail'), password: line('password'), secret: line('TOTP secret') };
  [harbor, plain, browser] = await Promise.all([startHarbor({ dataDir }), startTestHarbor(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await harbor?.stop();
  await plain?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function expectBanner(page: Page, locale: 'en' | 'es'): Promise<void> {
  const banner = page.getByRole('region', { name: msg(locale, 'shell.demo.heading') });
  await banner.waitFor();
  expect(await visibleText(banner)).toBe(`${msg(locale, 'shell.demo.heading')} ${msg(locale, 'shell.demo.body')}`);
  // Above the header, on top of the page.
  const [bannerBox, headerBox] = [await banner.boundingBox(), await page.locator('header').boundingBox()];
  expect(bannerBox!.y).toBeLessThan(headerBox!.y);
}

async function expectAxeClean(page: Page, width: number): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe('the demonstration', () => {
  it('signs a printed person in with the printed password and authenticator secret; every page says it is fictional', async () => {
    expect(printed.email).toBe('renata.solis@sycamore.demo.example');
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const problems = await watchContext(context, harbor.url);
    const page = await context.newPage();

    // Before signing in: the sign-in page already says so.
    await open(page, `${harbor.url}/sign-in`);
    await expectBanner(page, 'en');
    await expectAxeClean(page, 1280);

    await page.getByLabel(msg('en', 'signIn.email.label')).fill(printed.email);
    await page.getByLabel(msg('en', 'signIn.password.label'), { exact: true }).fill(printed.password);
    await page.getByRole('button', { name: msg('en', 'signIn.submit'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('en', 'signIn.code.heading') }).waitFor();
    await expectBanner(page, 'en');
    await page.getByLabel(msg('en', 'signIn.code.label')).fill(await new Authenticator(printed.secret).code());
    await page.getByRole('button', { name: msg('en', 'signIn.code.submit'), exact: true }).click();
    await page.waitForURL(`${harbor.url}/app`);
    await page.locator('main h1').waitFor();
    await expectBanner(page, 'en');
    await expectAxeClean(page, 1280);
    await screenshot(page, 'demo-app-home');

    // Her work: the youth on her care teams.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: msg('en', 'youthPage.nav') })
      .first()
      .click();
    await page.locator('main h1', { hasText: msg('en', 'youthPage.list.title') }).waitFor();
    for (const name of ['Lucía Fulano', 'Valentina Sutano', 'Noemí Nadie']) {
      await page.getByRole('link', { name, exact: true }).waitFor();
    }
    await expectBanner(page, 'en');
    await expectAxeClean(page, 1280);

    // And in Spanish, on a 320-pixel phone.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('es', 'youthPage.list.title') }).waitFor();
    await expectBanner(page, 'es');
    const banner = await page.getByTestId('demo-banner').boundingBox();
    expect(banner!.x).toBeGreaterThanOrEqual(0);
    expect(banner!.x + banner!.width).toBeLessThanOrEqual(320);
    await expectAxeClean(page, 320);
    await screenshot(page, 'demo-youth-320-es');
    await open(page, `${harbor.url}/app/notifications`);
    await expectBanner(page, 'es');
    await expectAxeClean(page, 320);

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('says nothing of the kind on a Harbor that does not hold the demonstration', async () => {
    const answer = await fetch(`${plain.url}/api/v1/instance`);
    expect(await answer.json()).toEqual({ demo: null });
    const context = await newContext(browser, { locale: 'es-US', serviceWorkers: 'block' });
    const page = await context.newPage();
    const asked = page.waitForResponse(`${plain.url}/api/v1/instance`);
    await open(page, `${plain.url}/sign-in`);
    await asked;
    await page.locator('main h1', { hasText: msg('es', 'signIn.heading') }).waitFor();
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    expect(await page.getByText(msg('es', 'shell.demo.body')).count()).toBe(0);
    await context.close();
  });
});
