import { LOCALES, type MessageKey } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { newContext, open, unexpectedConsoleErrors, watchContext } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

const env = useHarborAndBrowser();

const ROUTES = ['/staff', '/about', '/sign-in', '/no-such-page'];

describe('the web app under the server’s Content-Security-Policy', () => {
  it('is served with a strict policy', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    const response = await page.goto(`${env.harbor.url}/staff`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).toMatch(/default-src 'self'(;|$)/);
    await context.close();
  });

  it.each(LOCALES)(
    'in %s: no console error, no policy violation, no request leaving Harbor on any page',
    async (locale) => {
      const context = await newContext(env.browser, { locale: locale === 'es' ? 'es-MX' : 'en-GB' });
      const problems = await watchContext(context, env.harbor.url);
      const page = await context.newPage();
      // Direct loads of every page...
      for (const route of ROUTES) await open(page, `${env.harbor.url}${route}`);
      // ...client-side navigation through the menu, at phone width too...
      await open(page, `${env.harbor.url}/staff`);
      for (const key of ['shell.nav.about', 'shell.nav.signIn', 'shell.nav.home'] as const) {
        await page
          .getByRole('navigation')
          .getByRole('link', { name: msg(locale, key), exact: true })
          .click();
        await page.waitForURL(
          (url) =>
            url.pathname ===
            { 'shell.nav.about': '/about', 'shell.nav.signIn': '/sign-in', 'shell.nav.home': '/staff' }[key],
        );
      }
      await page.setViewportSize({ width: 320, height: 640 });
      await page.getByRole('button', { name: msg(locale, 'shell.menu.open'), exact: true }).click();
      await page.getByRole('button', { name: msg(locale, 'shell.menu.close'), exact: true }).click();
      // ...and both positions of the language switch, with the fonts of both pages loaded.
      const other = locale === 'en' ? 'es' : 'en';
      await page
        .getByRole('button', { name: msg(locale, `shell.language.${other}` as MessageKey), exact: true })
        .click();
      await page
        .getByRole('button', { name: msg(other, `shell.language.${locale}` as MessageKey), exact: true })
        .click();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForLoadState('networkidle');

      // The app asks for the session at start; the browser notes the API's 401 ("not signed in") as an error.
      expect(unexpectedConsoleErrors(problems)).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    },
  );
});

describe('code splitting', () => {
  it('loads a page’s code only when the page is first visited', async () => {
    // No service worker here: its precache would fetch every chunk up front.
    const context = await newContext(env.browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await open(page, `${env.harbor.url}/staff`);
    const atStart = [...scripts];
    expect(atStart.some((path) => /\/assets\/home-[\w-]+\.js$/.test(path))).toBe(true);
    expect(atStart.some((path) => /\/assets\/about-[\w-]+\.js$/.test(path))).toBe(false);

    await page
      .getByRole('navigation')
      .getByRole('link', { name: msg('en', 'shell.nav.about'), exact: true })
      .click();
    await page.locator('main h1', { hasText: msg('en', 'about.heading') }).waitFor();
    const loaded = scripts.slice(atStart.length);
    expect(loaded.filter((path) => path.startsWith('/assets/') && path.endsWith('.js'))).toEqual([
      expect.stringMatching(/^\/assets\/about-[\w-]+\.js$/),
    ]);
    await context.close();
  });
});
