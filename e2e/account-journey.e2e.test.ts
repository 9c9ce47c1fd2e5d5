import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator, FIRST_ADMIN, sessionStatus } from './support/accounts.js';
import {
  newContext,
  open,
  type PageProblems,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/**
 * The whole account journey in one browser, in order: the set-up link creates the first administrator, who signs in,
 * sets up the authenticator app, saves the recovery codes, signs out, and signs in again with the app and with a
 * recovery code. Each step leaves the browser where the next one starts.
 */
const env = useHarborAndBrowser();
const admin = FIRST_ADMIN;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let authenticator: Authenticator;
let recoveryCodes: string[];

const activeElementText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

async function signInWithPassword(locale: 'en' | 'es' = 'en'): Promise<void> {
  await page.getByLabel(msg(locale, 'signIn.email.label')).fill(admin.email);
  await page.getByLabel(msg(locale, 'signIn.password.label'), { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: msg(locale, 'signIn.submit'), exact: true }).click();
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: msg('en', 'shell.account.signOut'), exact: true }).click();
  await page.waitForURL(`${env.harbor.url}/sign-in`);
}

beforeAll(async () => {
  context = await newContext(env.browser, { serviceWorkers: 'block' });
  problems = await watchContext(context, env.harbor.url);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
});

describe('the first administrator’s journey', () => {
  it('opens the set-up page from the printed link, which takes the token out of the address bar', async () => {
    const link = await env.harbor.setupLink();
    expect(link).toMatch(new RegExp(`^${env.harbor.url}/setup#[\\w-]{10,}$`));
    await open(page, link);
    expect(await visibleText(page.locator('main h1'))).toBe(msg('en', 'setupPage.heading'));
    expect(page.url()).toBe(`${env.harbor.url}/setup`);
    expect(await page.title()).toBe(msg('en', 'document.title', { page: msg('en', 'page.setup.title') }));
    // Every kind of agency is offered, by name.
    const kinds = await page.locator('#agencyKind option').allInnerTexts();
    expect(kinds).toContain(msg('en', 'agencyKindName.mental_health'));
    expect(kinds).toHaveLength(10);
  });

  it('shows each problem beside its field, including the server’s refusal of a common password', async () => {
    const submit = page.getByRole('button', { name: msg('en', 'setupPage.submit') });
    await submit.click();
    const alert = page.getByTestId('setup-alert');
    expect(await visibleText(alert)).toContain(msg('en', 'signIn.error.fields', { count: 5 }));
    expect(await activeTestId()).toBe('setup-alert');
    expect(await visibleText(page.locator('#displayName-error'))).toBe(msg('en', 'setupPage.name.required'));
    expect(await page.getAttribute('#displayName', 'aria-describedby')).toBe('displayName-hint displayName-error');
    expect(await page.getAttribute('#agencyKind', 'aria-invalid')).toBe('true');

    await page.getByLabel(msg('en', 'setupPage.name.label')).fill(admin.displayName);
    await page.getByLabel(msg('en', 'signIn.email.label')).fill(admin.email);
    await page.getByLabel(msg('en', 'setupPage.password.label'), { exact: true }).fill('too short');
    await page.getByLabel(msg('en', 'setupPage.agencyName.label')).fill(admin.agencyName);
    await page.getByLabel(msg('en', 'setupPage.agencyKind.label')).selectOption(admin.agencyKind);
    await submit.click();
    expect(await visibleText(page.locator('#password-error'))).toBe(msg('en', 'password.too_short', { minimum: 12 }));

    // Long enough, but on the list of common passwords: only the server knows, and it says so for that field.
    await page.getByLabel(msg('en', 'setupPage.password.label'), { exact: true }).fill('passwordpassword');
    const [response] = await Promise.all([page.waitForResponse(`${env.harbor.url}/api/v1/auth/setup`), submit.click()]);
    expect(response.status()).toBe(400);
    await expect.poll(() => visibleText(page.locator('#password-error'))).toBe(msg('en', 'password.common'));
    expect(await visibleText(alert)).toContain(msg('en', 'signIn.error.fields', { count: 1 }));
    expect(await page.locator('.usa-error-message').count()).toBe(1);
    // The show-password toggle reveals what was typed.
    await page.getByRole('button', { name: msg('en', 'signIn.password.show') }).click();
    expect(await page.getAttribute('#password', 'type')).toBe('text');
  });

  it('creates the first administrator and leads to sign-in', async () => {
    await page.getByLabel(msg('en', 'setupPage.password.label'), { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: msg('en', 'setupPage.submit') }).click();
    const alert = page.getByTestId('setup-alert');
    await alert.locator('h2', { hasText: msg('en', 'setupPage.done.heading') }).waitFor();
    expect(await visibleText(alert.locator('p'))).toBe(msg('en', 'setupPage.done.body', { email: admin.email }));
    expect(await activeTestId()).toBe('setup-alert');

    await page.getByRole('link', { name: msg('en', 'setupPage.done.signIn') }).click();
    await page.waitForURL(`${env.harbor.url}/sign-in`);
  });

  it('refuses the set-up link a second time', async () => {
    await open(page, await env.harbor.setupLink());
    await page.getByLabel(msg('en', 'setupPage.name.label')).fill('Someone Else');
    await page.getByLabel(msg('en', 'signIn.email.label')).fill('someone@example.org');
    await page.getByLabel(msg('en', 'setupPage.password.label'), { exact: true }).fill('another long passphrase');
    await page.getByLabel(msg('en', 'setupPage.agencyName.label')).fill('Other agency');
    await page.getByLabel(msg('en', 'setupPage.agencyKind.label')).selectOption('other');
    await page.getByRole('button', { name: msg('en', 'setupPage.submit') }).click();
    await page.getByTestId('setup-alert').getByText(msg('en', 'setup.alreadyDone')).waitFor();
  });

  it('at first sign-in, sets up the authenticator app from a QR code or the key, then shows ten recovery codes', async () => {
    await open(page, `${env.harbor.url}/sign-in`);
    await signInWithPassword();
    await page.locator('main h1', { hasText: msg('en', 'signIn.enrol.heading') }).waitFor();
    await expect.poll(activeElementText).toBe(msg('en', 'signIn.enrol.heading'));
    expect(await page.title()).toBe(msg('en', 'document.title', { page: msg('en', 'page.signIn.enrol.title') }));

    // The QR code is the server's SVG, shown as a data: image (no inline markup), with a text alternative.
    const qr = page.getByRole('img', { name: msg('en', 'signIn.enrol.qrAlt') });
    await qr.waitFor();
    const src = (await qr.getAttribute('src')) ?? '';
    expect(src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(src.split(',')[1]!, 'base64').toString('utf8')).toContain('<svg');
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // The key for typing by hand, in groups of four; copied, it comes out whole.
    const key = page.getByTestId('totp-secret');
    const secret = (await key.textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await key.locator('span').allTextContents()).toEqual(secret.match(/.{4}/g));
    expect(await page.getByRole('link', { name: msg('en', 'signIn.enrol.openApp') }).getAttribute('href')).toMatch(
      /^otpauth:\/\/totp\//,
    );
    authenticator = new Authenticator(secret);

    const code = page.getByLabel(msg('en', 'signIn.code.label'));
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('aria-describedby')).toBe('code-hint');

    // A wrong code is refused, said in an alert that takes focus.
    await code.fill(authenticator.wrongCode());
    await page.getByRole('button', { name: msg('en', 'signIn.enrol.submit') }).click();
    const alert = page.getByTestId('sign-in-alert');
    await alert.getByText(msg('en', 'signIn.codeFailed')).waitFor();
    expect(await activeTestId()).toBe('sign-in-alert');

    await code.fill(await authenticator.code());
    await page.getByRole('button', { name: msg('en', 'signIn.enrol.submit') }).click();
    await page.locator('main h1', { hasText: msg('en', 'signIn.codes.heading') }).waitFor();
    await expect.poll(activeElementText).toBe(msg('en', 'signIn.codes.heading'));
    recoveryCodes = await page.getByTestId('recovery-codes').locator('li').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const recoveryCode of recoveryCodes) expect(recoveryCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await page.getByText(msg('en', 'signIn.codes.once.heading'), { exact: false }).count()).toBe(1);
  });

  it('asks the user to confirm the codes are saved, then opens the signed-in home', async () => {
    const next = page.getByRole('button', { name: msg('en', 'signIn.codes.continue') });
    await next.click();
    await page.getByTestId('sign-in-alert').getByText(msg('en', 'signIn.codes.confirmRequired')).waitFor();
    expect(await page.getAttribute('#codes-saved', 'aria-invalid')).toBe('true');
    expect(page.url()).toBe(`${env.harbor.url}/sign-in`);

    // USWDS draws the checkbox on its label, which is what people click.
    await page.locator('label[for="codes-saved"]').click();
    expect(await page.getByLabel(msg('en', 'signIn.codes.confirm')).isChecked()).toBe(true);
    await next.click();
    await page.waitForURL(`${env.harbor.url}/app`);
    await page.locator('main h1', { hasText: msg('en', 'appHome.heading', { name: admin.displayName }) }).waitFor();
    expect(await visibleText(page.getByTestId('account-role'))).toBe(msg('en', 'roleName.admin'));
    const session = (await (await context.request.get(`${env.harbor.url}/api/v1/auth/session`)).json()) as {
      user: { agencyName: string };
    };
    expect(await visibleText(page.getByTestId('account-agency'))).toBe(session.user.agencyName);

    // The header names the user and offers to sign out; the navigation is the signed-in one, with an
    // administrator's screens behind one Admin button and the person's own behind My account.
    const header = page.locator('header');
    expect(await visibleText(header)).toContain(msg('en', 'shell.account.signedInAs', { name: admin.displayName }));
    expect(await page.locator('nav[aria-label] a').allTextContents()).toEqual([
      msg('en', 'shell.nav.myHarbor'),
      msg('en', 'shell.nav.help'),
      msg('en', 'shell.nav.mySessions'),
      msg('en', 'shell.nav.password'),
      msg('en', 'directoryWeb.nav'),
      msg('en', 'meetings.nav.types'),
      msg('en', 'admin.nav.users'),
      msg('en', 'admin.nav.agencies'),
      msg('en', 'admin.nav.roles'),
      msg('en', 'admin.nav.audit'),
    ]);
    expect(await page.locator('nav[aria-label] button[aria-expanded]').allInnerTexts()).toEqual([
      msg('en', 'shell.nav.group.account'),
      msg('en', 'shell.nav.group.admin'),
    ]);
    // The groups open one at a time and close with Escape, back on their button.
    const adminMenu = page.getByRole('button', { name: msg('en', 'shell.nav.group.admin'), exact: true });
    await adminMenu.click();
    await page.getByRole('link', { name: msg('en', 'admin.nav.users'), exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => adminMenu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(msg('en', 'shell.nav.group.admin'));
  });

  it('signs out: the session ends on the server, and the sign-in page says so', async () => {
    await signOut();
    const notice = page.getByTestId('sign-in-notice');
    expect(await visibleText(notice.locator('h2'))).toBe(msg('en', 'signIn.notice.signedOut.heading'));
    expect(await sessionStatus(context, env.harbor)).toBe(401);
    expect(await page.locator('nav[aria-label] a').allInnerTexts()).toContain(msg('en', 'shell.nav.signIn'));
  });

  it('sends a signed-out visitor of a signed-in page to sign in, and back there afterwards', async () => {
    await open(page, `${env.harbor.url}/app/sessions`);
    await page.waitForURL(`${env.harbor.url}/sign-in`);
    expect(await visibleText(page.getByTestId('sign-in-notice').locator('h2'))).toBe(
      msg('en', 'signIn.notice.required.heading'),
    );

    // In Spanish this time: the second step and its refusal come in the user's language.
    await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
    await signInWithPassword('es');
    await page.locator('main h1', { hasText: msg('es', 'signIn.code.heading') }).waitFor();
    const code = page.getByLabel(msg('es', 'signIn.code.label'));
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');

    await code.fill(authenticator.wrongCode());
    await page.getByRole('button', { name: msg('es', 'signIn.code.submit'), exact: true }).click();
    const alert = page.getByTestId('sign-in-alert');
    await alert.getByText(msg('es', 'signIn.codeFailed')).waitFor();
    expect(await visibleText(alert.locator('h2'))).toBe(msg('es', 'signIn.error.heading'));
    expect(await activeTestId()).toBe('sign-in-alert');
    expect(await code.inputValue()).toBe('');

    // The next code of the app (a later 30-second step than the one used at enrolment), typed with a space.
    const fresh = await authenticator.code();
    await code.fill(`${fresh.slice(0, 3)} ${fresh.slice(3)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.harbor.url}/app/sessions`);
    await page.locator('main h1', { hasText: msg('es', 'mySessions.heading') }).waitFor();
    await page.getByRole('link', { name: msg('es', 'shell.nav.myHarbor'), exact: true }).click();
    expect(await visibleText(page.getByTestId('account-role'))).toBe(msg('es', 'roleName.admin'));
    await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();
  });

  it('signs in with a recovery code instead, from the keyboard; each code works once', async () => {
    await signOut();
    await signInWithPassword();
    await page.locator('main h1', { hasText: msg('en', 'signIn.code.heading') }).waitFor();
    await page.getByRole('button', { name: msg('en', 'signIn.code.useRecovery') }).focus();
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: msg('en', 'signIn.recovery.heading') }).waitFor();
    await expect.poll(activeElementText).toBe(msg('en', 'signIn.recovery.heading'));
    // From the heading, the next stop is the recovery code field.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
    await page.keyboard.type(recoveryCodes[0]!);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.harbor.url}/app`);

    await signOut();
    await signInWithPassword();
    await page.getByRole('button', { name: msg('en', 'signIn.code.useRecovery') }).click();
    await page.getByLabel(msg('en', 'signIn.recovery.label')).fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: msg('en', 'signIn.code.submit'), exact: true }).click();
    await page.getByTestId('sign-in-alert').getByText(msg('en', 'signIn.recoveryFailed')).waitFor();

    // Starting over drops the half-way session.
    await page.getByRole('button', { name: msg('en', 'signIn.startOver') }).click();
    await page.locator('main h1', { hasText: msg('en', 'signIn.heading') }).waitFor();
    expect(await sessionStatus(context, env.harbor)).toBe(401);
  });

  it('had no console error, page error, policy violation or request leaving Harbor on the way', async () => {
    await page.waitForLoadState('networkidle');
    // Refusals provoked above: the common password (400) and the second use of the set-up link (409).
    expect(
      unexpectedConsoleErrors(problems, [
        { status: 400, path: '/api/v1/auth/setup' },
        { status: 409, path: '/api/v1/auth/setup' },
      ]),
    ).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
});
