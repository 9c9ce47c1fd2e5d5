import { LOCALES } from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPublicContent } from '../packages/server/src/features/public-site/content.js';
import { describeViolations, newContext, runAxe, visibleText, watchContext } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/** A neutral site the Quick exit leads to; the test browser answers it itself (there is no network here). */
const NEUTRAL = 'https://neutral.example/';
const env = useHarborAndBrowser({ settings: async () => ({ HARBOR_QUICK_EXIT_URL: NEUTRAL }) });
const content = loadPublicContent();
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function context(options: Parameters<typeof newContext>[1] = {}): Promise<BrowserContext> {
  const created = await newContext(env.browser, { serviceWorkers: 'block', ...options });
  contexts.push(created);
  await created.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  return created;
}

/** Opens a page of another site first, as a visitor coming from a search; returns the tab's history length there. */
async function arriveFromElsewhere(page: Page): Promise<number> {
  await page.goto(`${NEUTRAL}before`);
  return page.evaluate(() => window.history.length);
}

/**
 * After a quick exit: the tab's history holds one entry more than before the visit (the neutral site, which replaced
 * every Harbor page), and Back leads to where the visitor came from, not to Harbor.
 */
async function expectNoHarborInHistory(page: Page, lengthBefore: number): Promise<void> {
  expect(await page.evaluate(() => window.history.length)).toBe(lengthBefore + 1);
  await page.goBack();
  expect(page.url()).toBe(`${NEUTRAL}before`);
}

describe.each(LOCALES)('the public site in %s', (locale) => {
  const pages = content.pages[locale];

  it('loads every page with JavaScript turned off: heading, translation link, quick exit, help lines', async () => {
    const ctx = await context({ javaScriptEnabled: false, locale: locale === 'es' ? 'es-MX' : 'en-US' });
    const page = await ctx.newPage();
    for (const entry of pages) {
      const response = await page.goto(`${env.harbor.url}${entry.path}`);
      expect(response?.status(), entry.path).toBe(200);
      expect(await visibleText(page.locator('h1'))).toBe(entry.title);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const other = content.translation(entry, locale === 'en' ? 'es' : 'en');
      expect(await page.locator(`a[hreflang="${other.locale}"]`).first().getAttribute('href')).toBe(other.path);
      expect(await page.locator('#quick-exit').getAttribute('href')).toBe(NEUTRAL);
      expect(await page.locator('#quick-exit').isVisible()).toBe(true);
      expect(await page.locator('aside a[href="tel:+18005404000"]').count()).toBe(1);
      expect(await page.locator('noscript').count()).toBe(1);
    }
    // The guide's links work without a script: from the home page to the last page and back to the translation.
    await page.goto(`${env.harbor.url}/${locale}/`);
    const last = pages.at(-1)!;
    await page.locator('nav a', { hasText: last.title }).first().click();
    await page.waitForURL(`${env.harbor.url}${last.path}`);
    // With JavaScript off, the quick exit is a plain link: it still leaves.
    await page.locator('#quick-exit').click();
    await page.waitForURL(NEUTRAL);
  });

  it('has no WCAG 2.1 A/AA violation on any page, on a desktop, at 200% zoom and on a 320-pixel screen', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 640, height: 450 },
      { width: 320, height: 640 },
    ]) {
      const ctx = await context({ viewport });
      const page = await ctx.newPage();
      for (const entry of pages) {
        await page.goto(`${env.harbor.url}${entry.path}`);
        const violations = await runAxe(page);
        expect(violations, `${entry.path} at ${viewport.width}px\n${describeViolations(violations)}`).toEqual([]);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${entry.path} is wider than ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
        // The quick exit stays in view after scrolling to the end of the page.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const box = await page.locator('#quick-exit').boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= viewport.height, `${entry.path} quick exit in view`).toBe(
          true,
        );
      }
      await ctx.close();
    }
  });

  it('sets no cookie, stores nothing and requests nothing outside Harbor, with no console error', async () => {
    const ctx = await context({ locale: locale === 'es' ? 'es-MX' : 'en-US' });
    const problems = await watchContext(ctx, env.harbor.url);
    const page = await ctx.newPage();
    await page.goto(`${env.harbor.url}/`);
    expect(new URL(page.url()).pathname).toBe(`/${locale}/`);
    for (const entry of pages) await page.goto(`${env.harbor.url}${entry.path}`);
    const pdf = await ctx.request.get(
      `${env.harbor.url}${locale === 'en' ? '/en/fact-sheet.pdf' : '/es/hoja-informativa.pdf'}`,
    );
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await ctx.cookies()).toEqual([]);
    expect(
      await page.evaluate(() => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
      })),
    ).toEqual({ cookie: '', local: 0, session: 0 });
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('quick exit by the button leaves no entry of the site in this tab’s history', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const before = await arriveFromElsewhere(page);
    await page.goto(`${env.harbor.url}/${locale}/`);
    // Read two more pages through the site's own links, as a visitor would.
    for (const entry of pages.slice(1, 3)) {
      await page.locator('nav a', { hasText: entry.title }).first().click();
      await page.waitForURL(`${env.harbor.url}${entry.path}`);
    }
    await page.getByRole('link', { name: msg(locale, 'publicSite.quickExit'), exact: true }).click();
    await page.waitForURL(NEUTRAL);
    await expectNoHarborInHistory(page, before);
  });

  it('quick exit by pressing Escape twice does the same; a single Escape does nothing', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const start = `${env.harbor.url}${pages[3]!.path}`;
    const before = await arriveFromElsewhere(page);
    // The page's clock is the test's: two presses further apart than the two seconds are two single presses.
    await page.clock.install();
    await page.goto(start);
    await page.keyboard.press('Escape');
    await page.clock.fastForward(2_100);
    await page.keyboard.press('Escape');
    // The key handler runs within the press: a quick exit would have blanked the title at once.
    expect(await page.title()).not.toBe('');
    expect(page.url()).toBe(start);
    // A press within two seconds of the last one leaves (the clock has not moved).
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL);
    await expectNoHarborInHistory(page, before);
  });

  it('prints without the quick-exit bar and the menu', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.harbor.url}${pages[1]!.path}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.harbor-exitbar').isVisible()).toBe(false);
    expect(await page.locator('.harbor-guide-nav').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
  });
});

describe('the staff app beside the public site', () => {
  it('keeps its own pages: the public footer leads to the sign-in page, and the app’s footer back', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.harbor.url}/es/`);
    await page.getByRole('link', { name: msg('es', 'publicSite.footer.staff') }).click();
    await page.waitForURL(`${env.harbor.url}/sign-in`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('#root').count()).toBe(1);
    // ...and the app's footer leads back to the public site, in the language the app shows.
    await page.goto(`${env.harbor.url}/staff`);
    await page.locator('main h1').waitFor();
    await page.getByRole('link', { name: msg('en', 'footer.publicSite') }).click();
    await page.waitForURL(`${env.harbor.url}/en/`);
    expect(await page.locator('#quick-exit').count()).toBe(1);
  });
});
