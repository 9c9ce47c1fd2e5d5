import { describe, expect, it } from 'vitest';
import { newContext, open, visibleText } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

const env = useHarborAndBrowser();

const homeTitle = (locale: 'en' | 'es') => msg(locale, 'document.title', { page: msg(locale, 'page.home.title') });

describe('language', () => {
  it.each([
    ['en-US', 'en'],
    ['es-MX', 'es'],
    ['fr-FR', 'en'],
  ] as const)('a browser preferring %s sees the start page in %s', async (browserLocale, locale) => {
    const context = await newContext(env.browser, { locale: browserLocale });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/staff`);
    expect(await visibleText(page.locator('main h1'))).toBe(msg(locale, 'home.heading'));
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.title()).toBe(homeTitle(locale));
    await context.close();
  });

  it('follows the order of the browser’s languages when Spanish comes before English', async () => {
    const context = await newContext(env.browser, { locale: 'fr-FR' });
    // navigator.languages is what the app reads; Accept-Language is what the server reads.
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'es-US', 'en-US'] });
    });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/staff`);
    expect(await visibleText(page.locator('main h1'))).toBe(msg('es', 'home.heading'));
    await context.close();
  });

  it('switches every string at once, sets <html lang> and remembers the choice across reloads', async () => {
    const context = await newContext(env.browser, { locale: 'en-US' });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/about`);
    expect(await visibleText(page.locator('main h1'))).toBe(msg('en', 'about.heading'));
    const english = page.getByRole('button', { name: msg('en', 'shell.language.en') });
    const spanish = page.getByRole('button', { name: msg('en', 'shell.language.es') });
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    expect(await spanish.getAttribute('aria-pressed')).toBe('false');

    await spanish.click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es');
    expect(await visibleText(page.locator('main h1'))).toBe(msg('es', 'about.heading'));
    expect(await page.title()).toBe(msg('es', 'document.title', { page: msg('es', 'page.about.title') }));
    // Header, navigation and footer change too.
    expect(await page.locator('nav[aria-label] a').allInnerTexts()).toEqual([
      msg('es', 'shell.nav.home'),
      msg('es', 'shell.nav.about'),
      msg('es', 'shell.nav.signIn'),
    ]);
    expect(await visibleText(page.locator('footer h2'))).toBe(msg('es', 'footer.hotlines.heading'));
    expect(await spanish.getAttribute('aria-pressed')).toBe('true');
    expect(await english.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => localStorage.getItem('harbor.locale'))).toBe('es');

    // The choice outlives a reload, even though the browser prefers English.
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await visibleText(page.locator('main h1'))).toBe(msg('es', 'about.heading'));
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    // And back.
    await page.getByRole('button', { name: msg('es', 'shell.language.en') }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await visibleText(page.locator('main h1'))).toBe(msg('en', 'about.heading'));
    await context.close();
  });

  it('is usable from the keyboard: skip link first, then the language switch', async () => {
    const context = await newContext(env.browser, { locale: 'en-US' });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/staff`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(msg('en', 'shell.skipToContent'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('es');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es');
    expect(await visibleText(page.locator('main h1'))).toBe(msg('es', 'home.heading'));
    // Focus stays on the switch, which now reports itself pressed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');

    // The skip link moves focus to the main content.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });
});
