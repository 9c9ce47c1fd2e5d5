import { HOTLINES, LOCALES, type Locale } from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../packages/web/src/features/help/glossary.js';
import { HELP_PAGE_LIST } from '../packages/web/src/features/help/pages.js';
import { DEFAULT_LINES } from '../packages/web/src/features/help/phones.js';
import { FIRST_ADMIN, setUpFirstAdministrator, signInThroughApi } from './support/accounts.js';
import {
  describeViolations,
  newContext,
  open,
  type PageProblems,
  runAxe,
  screenshot,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/** The county's contact for account problems (HARBOR_HELP_*), as an operator would set it. */
const CONTACT = {
  name: 'DMH Harbor help desk, weekdays 8 a.m. to 5 p.m.',
  phone: '(213) 555-0100',
  tel: 'tel:2135550100',
  email: 'harbor-help@dmh.lacounty.example',
};

const env = useHarborAndBrowser({
  settings: async () => ({
    HARBOR_HELP_CONTACT: CONTACT.name,
    HARBOR_HELP_PHONE: CONTACT.phone,
    HARBOR_HELP_EMAIL: CONTACT.email,
  }),
});

const VIEWPORTS = [
  { name: '1280px', width: 1280, height: 900 },
  { name: '320px', width: 320, height: 640 },
];

const contexts: BrowserContext[] = [];
const watched: PageProblems[] = [];

async function context(locale: Locale, viewport = VIEWPORTS[0]!): Promise<BrowserContext> {
  const created = await newContext(env.browser, {
    locale: locale === 'es' ? 'es-US' : 'en-US',
    viewport: { width: viewport.width, height: viewport.height },
    serviceWorkers: 'block',
  });
  watched.push(await watchContext(created, env.harbor.url));
  contexts.push(created);
  return created;
}

const heading = (page: Page) => visibleText(page.locator('main h1'));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** The page's structure: one h1, headings that never skip a level, in the page's language. */
async function expectSoundStructure(page: Page, locale: Locale): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  expect(await page.locator('h1').count()).toBe(1);
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading levels ${levels.join(',')}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
  });
}

/** Every tel: link of the page's content is a line of core's HOTLINES (or the county's contact), shown with its number. */
async function expectHotlineLinks(page: Page, locale: Locale): Promise<string[]> {
  const links = await page
    .locator('main a[href^="tel:"]')
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })));
  for (const link of links) {
    if (link.href === CONTACT.tel) {
      expect(link.text).toBe(CONTACT.phone);
      continue;
    }
    const line = HOTLINES.find((h) => `tel:${h.tel}` === link.href);
    expect(line, `${link.href} is not one of core's HOTLINES`).toBeDefined();
    expect(link.text).toBe(`${line!.name[locale]}: ${line!.number}`);
  }
  const hrefs = links.map((link) => link.href);
  for (const id of DEFAULT_LINES) {
    expect(hrefs).toContain(`tel:${HOTLINES.find((h) => h.id === id)!.tel}`);
  }
  return hrefs;
}

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
});

afterAll(async () => {
  for (const problems of watched) {
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  }
  for (const created of contexts) await created.close();
});

describe('help', () => {
  it('opens from the sign-in page at the account problems, with the county’s contact, in both languages', async () => {
    const page = await (await context('en', VIEWPORTS[1])).newPage();
    await open(page, `${env.harbor.url}/sign-in`);
    await page.getByRole('link', { name: msg('en', 'help.fromSignIn'), exact: true }).click();
    await page.waitForURL(`${env.harbor.url}/help#account`);
    await expect.poll(() => heading(page)).toBe(msg('en', 'help.index.title'));
    // The link leads to the part a person who cannot sign in came for.
    await expect.poll(() => focusedId(page)).toBe('account');

    const contact = page.getByTestId('help-contact');
    await contact.waitFor();
    expect(await visibleText(contact)).toContain(CONTACT.name);
    expect(await contact.locator('a[href^="tel:"]').getAttribute('href')).toBe(CONTACT.tel);
    expect(await contact.locator('a[href^="mailto:"]').getAttribute('href')).toBe(`mailto:${CONTACT.email}`);
    expect(await visibleText(page.locator('#account').locator('xpath=..'))).toContain(
      msg('en', 'help.index.problems.locked'),
    );
    await screenshot(page, 'help-from-sign-in-en-320px');

    // The language switch changes the page at once.
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es');
    expect(await heading(page)).toBe(msg('es', 'help.index.title'));
    expect(await visibleText(page.locator('#account'))).toBe(msg('es', 'help.index.account.heading'));
    expect(await visibleText(contact)).toContain(msg('es', 'help.contact.county'));
    expect(await page.title()).toBe(msg('es', 'document.title', { page: msg('es', 'help.index.title') }));
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'help-from-sign-in-es-320px');
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it.each(VIEWPORTS)(
      'every help page at $name: headings, last reviewed, axe-clean, no sideways scroll, the hotlines',
      async (viewport) => {
        const page = await (await context(locale, viewport)).newPage();
        for (const help of HELP_PAGE_LIST) {
          await open(page, `${env.harbor.url}${help.path}`);
          expect(await heading(page), help.path).toBe(msg(locale, help.title));
          expect(await page.title()).toBe(msg(locale, 'document.title', { page: msg(locale, help.title) }));
          await expectSoundStructure(page, locale);
          // "Last reviewed", with the day as a machine-readable date.
          const reviewed = page.locator('main .harbor-help__reviewed');
          expect(await visibleText(reviewed)).toContain(msg(locale, 'help.lastReviewed'));
          expect(await reviewed.locator('time').getAttribute('datetime')).toBe(help.lastReviewed);
          // The help menu marks this page.
          const current = page.locator(`nav[aria-label="${msg(locale, 'help.nav.label')}"] a[aria-current="page"]`);
          expect(await visibleText(current)).toBe(msg(locale, help.title));
          await expectHotlineLinks(page, locale);
          // Someone not signed in is offered the way in instead of the app's pages.
          if (help.id !== 'glossary') {
            const appLinks = page.getByTestId('help-app-links');
            expect(await appLinks.getByRole('link').getAttribute('href')).toBe('/sign-in');
          }
          const violations = await runAxe(page);
          expect(violations, `${help.path}\n${describeViolations(violations)}`).toEqual([]);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width, `${help.path} is wider than the window`).toBeLessThanOrEqual(viewport.width);
          await screenshot(page, `help-${help.id}-${locale}-${viewport.name}`);
        }
      },
    );
  });

  it('shows every glossary entry with its source, and marks what to verify before citing', async () => {
    const page = await (await context('es')).newPage();
    await open(page, `${env.harbor.url}/help/glossary`);
    const entries = page.getByTestId('glossary-entry');
    expect(await entries.count()).toBe(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      const shown = page.getByTestId('glossary-entry').filter({ has: page.locator(`h3[id="${entry.id}"]`) });
      expect(await visibleText(shown.locator('h3'))).toBe(msg('es', entry.term));
      expect(await visibleText(shown.locator('.harbor-glossary__source'))).toBe(
        `${msg('es', 'help.glossary.source')} ${msg('es', entry.source)}`,
      );
      expect(await shown.locator('.harbor-help__verify').count()).toBe(entry.verify ? 1 : 0);
    }
    expect(await visibleText(page.locator('.harbor-help__verify-tag').first())).toBe(
      msg('es', 'help.verify.tag').toUpperCase(),
    );
  });

  it('opens from the signed-in menu, links the role to the app pages it uses, and leads to a glossary entry', async () => {
    const desk = await context('en');
    await signInThroughApi(desk, env.harbor, FIRST_ADMIN);
    const page = await desk.newPage();
    await open(page, `${env.harbor.url}/app`);
    await page
      .getByRole('navigation', { name: msg('en', 'shell.nav.label') })
      .getByRole('link', { name: msg('en', 'shell.nav.help'), exact: true })
      .click();
    await page.waitForURL(`${env.harbor.url}/help`);
    await expect.poll(() => heading(page)).toBe(msg('en', 'help.index.title'));

    // An administrator: the account pages, not the casework or the supervisors' review.
    await page
      .getByRole('link', { name: msg('en', 'help.admin.title'), exact: true })
      .first()
      .click();
    await page.waitForURL(`${env.harbor.url}/help/administration`);
    await expect.poll(() => heading(page)).toBe(msg('en', 'help.admin.title'));
    const appLinks = page.getByTestId('help-app-links');
    expect(await appLinks.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/app/admin/users',
      '/app/admin/roles',
      '/app/admin/audit',
      '/app/sessions',
    ]);
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'help-administration-signed-in-en-1280px');
    await appLinks.getByRole('link', { name: msg('en', 'help.admin.app.users'), exact: true }).click();
    await page.waitForURL(`${env.harbor.url}/app/admin/users`);

    await open(page, `${env.harbor.url}/help/screening`);
    expect(await visibleText(page.getByTestId('help-app-links').locator('p'))).toBe(msg('en', 'help.app.none'));

    // A term of the page leads to its glossary entry, focused.
    await open(page, `${env.harbor.url}/help/responses`);
    await page.getByRole('link', { name: msg('en', 'help.glossary.sb1322.term'), exact: true }).click();
    await page.waitForURL(`${env.harbor.url}/help/glossary#sb1322`);
    await expect.poll(() => focusedId(page)).toBe('sb1322');

    // On a phone the menu is behind the Menu button.
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, `${env.harbor.url}/app`);
    await page.getByRole('button', { name: msg('en', 'shell.menu.open'), exact: true }).click();
    await page
      .getByRole('navigation', { name: msg('en', 'shell.nav.label') })
      .getByRole('link', { name: msg('en', 'shell.nav.help'), exact: true })
      .click();
    await page.waitForURL(`${env.harbor.url}/help`);
    await expect.poll(() => heading(page)).toBe(msg('en', 'help.index.title'));
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'help-index-signed-in-en-320px');
  });
});
