import { LOCALES, type Locale } from '@harbor/core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, runAxe, screenshot } from './browser.js';
import { msg } from './messages.js';

export const DESKTOP = { name: 'desktop', width: 1280, height: 900 };
export const PHONE = { name: '320px', width: 320, height: 640 };

/** Switches the app's language with the header's switch, and waits until the page says so. */
export async function switchLanguage(page: Page, locale: Locale): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === locale) return;
  await page.getByRole('button', { name: msg(locale, `shell.language.${locale}`), exact: true }).click();
  await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 15_000 }).toBe(locale);
}

/**
 * Checks the screen as it is now, as a person sees it, at each size: no WCAG 2.1 A/AA violation found by axe, one h1,
 * no skipped heading level, nothing wider than the screen; a picture of it in HARBOR_E2E_SCREENSHOTS. Only in the
 * language it is in.
 */
export async function checkScreenAsIs(
  page: Page,
  name: string,
  viewports: readonly { name: string; width: number; height: number }[] = [DESKTOP, PHONE],
): Promise<void> {
  const before = page.viewportSize();
  const locale = (await page.getAttribute('html', 'lang')) ?? '?';
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const where = `${name}, ${locale}, ${viewport.name}`;
    const violations = await runAxe(page);
    expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
    expect(await page.locator('h1').count(), `${where}: one h1`).toBe(1);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `${where}: heading levels ${levels.join(',')}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${where}: content wider than the screen`).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `${name}-${locale}-${viewport.name}`);
  }
  if (before) await page.setViewportSize(before);
}

/** The same checks in both languages; leaves the page in the language it was in. */
export async function checkScreen(
  page: Page,
  name: string,
  viewports: readonly { name: string; width: number; height: number }[] = [DESKTOP, PHONE],
): Promise<void> {
  const was = ((await page.getAttribute('html', 'lang')) ?? 'en') as Locale;
  for (const locale of LOCALES) {
    await switchLanguage(page, locale);
    await checkScreenAsIs(page, name, viewports);
  }
  await switchLanguage(page, was);
}

/**
 * Follows an entry of the header's menu as a person would: on a phone, opening the menu first; for an entry in a
 * group (My account, Admin), opening the group.
 */
export async function followMenu(page: Page, name: string): Promise<void> {
  const nav = page.locator('#primary-navigation');
  await nav.waitFor({ state: 'attached' });
  const menuButton = page.locator('.usa-menu-btn');
  if ((await menuButton.isVisible()) && !(await nav.evaluate((n) => n.classList.contains('is-visible')))) {
    await menuButton.click();
  }
  // (An inner locator of `has` is matched inside each item, so it starts from the page.)
  const link = page.getByRole('link', { name, exact: true, includeHidden: true });
  const group = nav.locator('li.usa-nav__primary-item').filter({ has: link }).locator(':scope > button');
  if ((await group.count()) > 0 && (await group.getAttribute('aria-expanded')) !== 'true') await group.click();
  await nav.getByRole('link', { name, exact: true }).click();
}
