import { LOCALES, type Locale } from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, newContext, open, runAxe } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

const env = useHarborAndBrowser();
const contexts = new Map<string, BrowserContext>();

const ROUTES = ['/staff', '/about', '/sign-in', '/no-such-page'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  // 320 CSS pixels: a small phone, and also what a 1280px window shows at 400% zoom (WCAG 1.4.10 reflow).
  { name: '320px', width: 320, height: 640 },
  // 640 CSS pixels: a 1280px window at 200% zoom (WCAG 1.4.4 resize text).
  { name: '200% zoom', width: 640, height: 450 },
];

/** One page per language and viewport, reused across routes (with a cleared language choice). */
async function pageFor(locale: Locale, viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  const key = `${locale}:${viewport.name}`;
  let context = contexts.get(key);
  if (!context) {
    context = await newContext(env.browser, {
      locale: locale === 'es' ? 'es-US' : 'en-US',
      viewport: { width: viewport.width, height: viewport.height },
      serviceWorkers: 'block',
    });
    contexts.set(key, context);
    await context.newPage();
  }
  return context.pages()[0]!;
}

async function expectSoundStructure(page: Page, locale: Locale): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  expect(await page.locator('header').count(), 'one banner').toBe(1);
  expect(await page.locator('main').count(), 'one main').toBe(1);
  expect(await page.locator('footer').count(), 'one contentinfo').toBe(1);
  expect(await page.locator('nav').count()).toBeGreaterThanOrEqual(1);
  expect(await page.locator('h1').count(), 'one h1').toBe(1);
  // Headings never skip a level on the way down.
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading levels ${levels.join(',')}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
  });
}

describe.each(LOCALES)('accessibility in %s', (locale) => {
  describe.each(VIEWPORTS)('at $name', (viewport) => {
    it.each(ROUTES)('%s has no WCAG 2.1 A/AA violations', async (route) => {
      const page = await pageFor(locale, viewport);
      await open(page, `${env.harbor.url}${route}`);
      await expectSoundStructure(page, locale);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      // Content reflows: nothing wider than the viewport (WCAG 1.4.10).
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
    });
  });

  it('the sign-in form with errors has no violations', async () => {
    const page = await pageFor(locale, VIEWPORTS[0]!);
    await open(page, `${env.harbor.url}/sign-in`);
    await page.getByRole('button', { name: msg(locale, 'signIn.submit'), exact: true }).click();
    await page.locator('.usa-error-message').first().waitFor();
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the open mobile menu has no violations, traps focus and closes with Escape', async () => {
    const page = await pageFor(locale, VIEWPORTS[1]!);
    await open(page, `${env.harbor.url}/staff`);
    const menu = page.getByRole('button', { name: msg(locale, 'shell.menu.open'), exact: true });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const close = page.getByRole('button', { name: msg(locale, 'shell.menu.close') });
    await expect.poll(() => close.evaluate((el) => el === document.activeElement)).toBe(true);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Tab cycles inside the panel: close button, three links, back to the close button.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await close.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('focus', () => {
  it('is visible on links and buttons', async () => {
    const page = await pageFor('en', VIEWPORTS[0]!);
    await open(page, `${env.harbor.url}/staff`);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
  });

  it('moves to the new page’s heading after a client-side navigation', async () => {
    const page = await pageFor('en', VIEWPORTS[0]!);
    await open(page, `${env.harbor.url}/staff`);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: msg('en', 'shell.nav.about'), exact: true })
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(msg('en', 'about.heading'));
  });
});
