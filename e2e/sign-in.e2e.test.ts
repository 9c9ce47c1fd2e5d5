import { describe, expect, it } from 'vitest';
import { newContext, open, visibleText, watchContext } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

const env = useHarborAndBrowser();

describe('sign-in page', () => {
  it('has a labelled email and password form', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/sign-in`);
    expect(await visibleText(page.locator('main h1'))).toBe(msg('en', 'signIn.heading'));
    expect(await page.getByLabel(msg('en', 'signIn.email.label')).getAttribute('type')).toBe('email');
    expect(await page.getByLabel(msg('en', 'signIn.password.label'), { exact: true }).getAttribute('type')).toBe(
      'password',
    );
    await page.getByRole('button', { name: msg('en', 'signIn.password.show') }).click();
    expect(await page.getByLabel(msg('en', 'signIn.password.label'), { exact: true }).getAttribute('type')).toBe(
      'text',
    );
    await context.close();
  });

  it('explains missing fields without calling the API', async () => {
    const context = await newContext(env.browser, { locale: 'es-MX' });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      // The app asks once at start whether there is a session and whether this Harbor holds demonstration data;
      // nothing else may reach the API.
      const atStart = ['/api/v1/auth/session', '/api/v1/instance'];
      if (path.startsWith('/api/') && !atStart.includes(path)) apiCalls.push(request.url());
    });
    await open(page, `${env.harbor.url}/sign-in`);
    await page.getByRole('button', { name: msg('es', 'signIn.submit'), exact: true }).click();
    const alert = page.getByTestId('sign-in-alert');
    expect(await visibleText(alert)).toContain(msg('es', 'signIn.error.fields', { count: 2 }));
    expect(await visibleText(page.locator('#email-error'))).toBe(msg('es', 'signIn.email.required'));
    expect(await visibleText(page.locator('#password-error'))).toBe(msg('es', 'signIn.password.required'));
    expect(await page.getAttribute('#email', 'aria-describedby')).toBe('email-error');

    await page.getByLabel(msg('es', 'signIn.email.label')).fill('no-at-sign');
    await page.getByLabel(msg('es', 'signIn.password.label'), { exact: true }).fill('secret');
    await page.getByRole('button', { name: msg('es', 'signIn.submit'), exact: true }).click();
    expect(await visibleText(alert)).toContain(msg('es', 'signIn.error.fields', { count: 1 }));
    expect(await visibleText(page.locator('#email-error'))).toBe(msg('es', 'signIn.email.invalid'));
    expect(apiCalls).toEqual([]);
    await context.close();
  });

  it('posts JSON to the API and shows its translated error message', async () => {
    const context = await newContext(env.browser, { locale: 'es-MX' });
    const problems = await watchContext(context, env.harbor.url);
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/sign-in`);
    await page.getByLabel(msg('es', 'signIn.email.label')).fill('ana@agency.org');
    await page.getByLabel(msg('es', 'signIn.password.label'), { exact: true }).fill('correct horse battery');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url() === `${env.harbor.url}/api/v1/auth/sign-in`),
      page.getByRole('button', { name: msg('es', 'signIn.submit'), exact: true }).click(),
    ]);
    expect(request.method()).toBe('POST');
    expect(request.headers()['content-type']).toBe('application/json');
    expect(request.postDataJSON()).toEqual({ email: 'ana@agency.org', password: 'correct horse battery' });
    const response = await request.response();
    // No such account: the API refuses with the one message for every failed sign-in.
    expect(response?.status()).toBe(401);
    const body = (await response?.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unauthenticated');

    const alert = page.getByTestId('sign-in-alert');
    await alert.waitFor();
    expect(await visibleText(alert.locator('h2'))).toBe(msg('es', 'signIn.error.heading'));
    expect(await visibleText(alert.locator('p'))).toBe(body.error.message);
    expect(body.error.message).toBe(msg('es', 'signIn.failed'));
    // The alert takes focus so it is read out; the password is cleared.
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel(msg('es', 'signIn.password.label'), { exact: true }).inputValue()).toBe('');

    // Switching language translates the message too.
    await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();
    expect(await visibleText(alert.locator('p'))).toBe(msg('en', 'signIn.failed'));

    // The browser logs the failed request itself; nothing else may go wrong.
    expect(
      problems.consoleErrors.filter(
        (e) => !/Failed to load resource: the server responded with a status of 401/.test(e),
      ),
    ).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});
