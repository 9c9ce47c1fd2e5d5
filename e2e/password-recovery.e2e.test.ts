import type { Locale } from '@harbor/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessage, startSmtp } from '../packages/server/src/testing/smtp.js';
import {
  type Account,
  Authenticator,
  apiPost,
  createUserThroughApi,
  type Enrolled,
  FIRST_ADMIN,
  sessionStatus,
  setUpFirstAdministrator,
  signInThroughApi,
  testAccount,
} from './support/accounts.js';
import { newContext, open, visibleText } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreen, checkScreenAsIs, followMenu, PHONE } from './support/screens.js';

/**
 * Getting back into Harbor, as a worker does: a forgotten password through "Forgot your password?" and the link in the
 * e-mail (a real SMTP server), a lost phone through the administrator's reset of two-step verification, a reset link
 * the administrator copies and hands over, and changing one's password while signed in.
 */
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const env = useHarborAndBrowser({
  settings: async () => {
    smtp = await startSmtp();
    return { HARBOR_SMTP_URL: smtp.url };
  },
});

const worker: Account = testAccount(
  'Ángela Gómez',
  'angela.gomez@dcfs.lacounty.example',
  'Children and Family Services',
  'child_welfare',
);
let enrolled: Enrolled;
let admin: BrowserContext;
let adminPage: Page;

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
  admin = await newContext(env.browser, { serviceWorkers: 'block' });
  await admin.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.harbor.url });
  await signInThroughApi(admin, env.harbor, FIRST_ADMIN);
  const agency = await apiPost<{ id: string }>(env.harbor, admin, '/api/v1/agencies', {
    name: worker.agencyName,
    kind: worker.agencyKind,
  });
  await createUserThroughApi(env.harbor, admin, worker, 'social_worker', agency.id);
  const first = await newContext(env.browser, { serviceWorkers: 'block' });
  enrolled = await signInThroughApi(first, env.harbor, worker);
  await first.close();
  adminPage = await admin.newPage();
});

afterAll(async () => {
  await admin?.close();
  await smtp?.close();
});

/** The worker's browser, not signed in. */
async function workerBrowser(browser: Browser, locale: Locale = 'en', viewport?: { width: number; height: number }) {
  const context = await newContext(browser, {
    serviceWorkers: 'block',
    locale: locale === 'es' ? 'es-US' : 'en-US',
    ...(viewport ? { viewport } : {}),
  });
  return { context, page: await context.newPage() };
}

/** Signs in on the sign-in page with a password; returns once the second step shows. */
async function passwordStep(page: Page, locale: Locale, password: string, next: 'code' | 'enrol'): Promise<void> {
  await open(page, `${env.harbor.url}/sign-in`);
  await page.getByLabel(msg(locale, 'signIn.email.label')).fill(worker.email);
  await page.getByLabel(msg(locale, 'signIn.password.label'), { exact: true }).fill(password);
  await page.getByRole('button', { name: msg(locale, 'signIn.submit'), exact: true }).click();
  await page
    .locator('main h1', { hasText: msg(locale, next === 'code' ? 'signIn.code.heading' : 'signIn.enrol.heading') })
    .waitFor();
}

/** The second step with a recovery code (each works once), then the signed-in home. */
async function recoveryCodeStep(page: Page, locale: Locale, code: string): Promise<void> {
  await page.getByRole('button', { name: msg(locale, 'signIn.code.useRecovery') }).click();
  await page.getByLabel(msg(locale, 'signIn.recovery.label')).fill(code);
  await page.getByRole('button', { name: msg(locale, 'signIn.code.submit') }).click();
  await page.waitForURL(`${env.harbor.url}/app`);
  await page.locator('main h1', { hasText: msg(locale, 'appHome.heading', { name: worker.displayName }) }).waitFor();
}

/** Opens the worker's page as the administrator, found with the users search. */
async function openWorkerAsAdmin(): Promise<void> {
  await open(adminPage, `${env.harbor.url}/app/admin/users`);
  await adminPage.getByTestId('users-table').waitFor();
  await adminPage.getByLabel(msg('en', 'admin.users.search')).fill('angela gomez');
  await expect.poll(() => adminPage.getByTestId('user-row').count(), { timeout: 15_000 }).toBe(1);
  await adminPage.getByRole('link', { name: worker.displayName }).click();
  await adminPage.locator('main h1', { hasText: worker.displayName }).waitFor();
}

describe('getting back into Harbor', () => {
  it('a forgotten password: the link on the sign-in page, the e-mail, a new password, signed in again', async () => {
    const { context, page } = await workerBrowser(env.browser);
    const before = await newContext(env.browser, { serviceWorkers: 'block' });
    try {
      // A session open somewhere else ends when the password is reset.
      await signInThroughApi(before, env.harbor, worker, enrolled);
      expect(await sessionStatus(before, env.harbor)).toBe(200);

      await open(page, `${env.harbor.url}/sign-in`);
      await page.getByRole('link', { name: msg('en', 'signIn.forgotPassword') }).click();
      await page.locator('main h1', { hasText: msg('en', 'forgotPassword.heading') }).waitFor();
      await page.getByLabel(msg('en', 'signIn.email.label')).waitFor();
      await checkScreen(page, 'forgot-password');
      await page.getByLabel(msg('en', 'signIn.email.label')).fill(worker.email);
      await page.getByRole('button', { name: msg('en', 'forgotPassword.submit') }).click();
      const sent = page.getByTestId('forgot-password-alert');
      await sent.getByText(msg('en', 'forgotPassword.sent.body', { email: worker.email })).waitFor();
      await checkScreen(page, 'forgot-password-sent');

      const resetMails = () =>
        smtp.messages
          .map(readMessage)
          .filter((m) => m.to === worker.email && m.subject === msg('en', 'passwordReset.email.subject'));
      await expect.poll(() => resetMails().length, { timeout: 15_000 }).toBe(1);
      const mail = resetMails()[0]!;
      const link = /http:\/\/\S+\/reset-password#[\w-]{43}/.exec(mail.text)?.[0] ?? '';
      expect(link).not.toBe('');

      await open(page, link);
      await page.locator('main h1', { hasText: msg('en', 'resetPassword.heading') }).waitFor();
      expect(page.url()).toBe(`${env.harbor.url}/reset-password`);
      await checkScreen(page, 'reset-password');
      await page.getByLabel(msg('en', 'password.new.label'), { exact: true }).fill('too short');
      await page.getByRole('button', { name: msg('en', 'resetPassword.submit') }).click();
      expect(await visibleText(page.locator('#password-error'))).toBe(msg('en', 'password.too_short', { minimum: 12 }));
      worker.password = 'harbor lamp after the storm';
      await page.getByLabel(msg('en', 'password.new.label'), { exact: true }).fill(worker.password);
      await page.getByRole('button', { name: msg('en', 'resetPassword.submit') }).click();
      await page.getByTestId('reset-alert').getByText(msg('en', 'resetPassword.done.heading')).waitFor();
      await checkScreen(page, 'reset-password-done');
      expect(await sessionStatus(before, env.harbor)).toBe(401);

      // The same link does not work twice (opened again from the e-mail, in a new tab).
      const again = await context.newPage();
      await open(again, link);
      await again.getByLabel(msg('en', 'password.new.label'), { exact: true }).fill('yet another long passphrase');
      await again.getByRole('button', { name: msg('en', 'resetPassword.submit') }).click();
      await again.getByTestId('reset-alert').getByText(msg('en', 'passwordReset.invalid')).waitFor();
      await again.getByRole('link', { name: msg('en', 'resetPassword.newLink') }).waitFor();
      await checkScreen(again, 'reset-password-used');
      await again.close();

      await passwordStep(page, 'en', worker.password, 'code');
      await recoveryCodeStep(page, 'en', enrolled.recoveryCodes.shift()!);
    } finally {
      await before.close();
      await context.close();
    }
  });

  it('a lost phone, in Spanish at 320 px: the administrator resets two-step verification, the worker sets it up again', async () => {
    await openWorkerAsAdmin();
    expect(await visibleText(adminPage.getByTestId('user-mfa'))).toBe(msg('en', 'admin.user.mfa.on'));
    await checkScreen(adminPage, 'user-page');
    await adminPage.getByTestId('reset-mfa').click();
    await adminPage.getByTestId('reset-mfa-confirm').waitFor();
    await checkScreen(adminPage, 'user-page-confirm');
    await adminPage.getByRole('button', { name: msg('en', 'admin.user.mfa.confirm') }).click();
    await adminPage.getByTestId('admin-saved').getByText(msg('en', 'admin.user.mfa.done')).waitFor();
    await expect
      .poll(() => visibleText(adminPage.getByTestId('user-mfa')), { timeout: 15_000 })
      .toBe(msg('en', 'admin.user.mfa.off'));

    const { context, page } = await workerBrowser(env.browser, 'es', PHONE);
    try {
      await passwordStep(page, 'es', worker.password, 'enrol');
      await checkScreenAsIs(page, 'lost-phone-enrol', [PHONE]);
      const authenticator = new Authenticator((await page.getByTestId('totp-secret').textContent()) ?? '');
      await page.getByLabel(msg('es', 'signIn.code.label')).fill(await authenticator.code());
      await page.getByRole('button', { name: msg('es', 'signIn.enrol.submit') }).click();
      await page.locator('main h1', { hasText: msg('es', 'signIn.codes.heading') }).waitFor();
      enrolled = {
        authenticator,
        recoveryCodes: await page.getByTestId('recovery-codes').locator('li').allInnerTexts(),
      };
      await page.locator('label[for="codes-saved"]').click();
      await page.getByRole('button', { name: msg('es', 'signIn.codes.continue') }).click();
      await page.waitForURL(`${env.harbor.url}/app`);
      await page.locator('main h1', { hasText: msg('es', 'appHome.heading', { name: worker.displayName }) }).waitFor();
      await checkScreenAsIs(page, 'lost-phone-signed-in', [PHONE]);
    } finally {
      await context.close();
    }
  });

  it('a reset link the administrator copies and hands over, when e-mail does not reach the worker', async () => {
    await openWorkerAsAdmin();
    await adminPage.getByTestId('make-reset-link').click();
    const alert = adminPage.getByTestId('admin-reset-link');
    await alert.waitFor();
    await alert.getByRole('button', { name: msg('en', 'admin.copy.button') }).click();
    await alert.getByText(msg('en', 'admin.copy.done')).waitFor();
    await checkScreen(adminPage, 'user-page-reset-link');
    const link = await adminPage.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${env.harbor.url}/reset-password#[\\w-]{43}$`));

    const { context, page } = await workerBrowser(env.browser);
    try {
      await open(page, link);
      worker.password = 'a phone call and a new passphrase';
      await page.getByLabel(msg('en', 'password.new.label'), { exact: true }).fill(worker.password);
      await page.getByRole('button', { name: msg('en', 'resetPassword.submit') }).click();
      await page.getByTestId('reset-alert').getByText(msg('en', 'resetPassword.done.heading')).waitFor();
      await passwordStep(page, 'en', worker.password, 'code');
      await recoveryCodeStep(page, 'en', enrolled.recoveryCodes.shift()!);
    } finally {
      await context.close();
    }
  });

  it('changes the password while signed in: the current one first; the other sessions end', async () => {
    const { context, page } = await workerBrowser(env.browser);
    const other = await newContext(env.browser, { serviceWorkers: 'block' });
    try {
      await signInThroughApi(other, env.harbor, worker, enrolled);
      await signInThroughApi(context, env.harbor, worker, enrolled);
      await open(page, `${env.harbor.url}/app`);
      await followMenu(page, msg('en', 'shell.nav.password'));
      await page.locator('main h1', { hasText: msg('en', 'passwordPage.heading') }).waitFor();
      await checkScreen(page, 'change-password');
      await page.getByLabel(msg('en', 'passwordPage.current.label'), { exact: true }).fill('not the right one at all');
      await page.getByLabel(msg('en', 'password.new.label'), { exact: true }).fill('the next long passphrase');
      await page.getByRole('button', { name: msg('en', 'passwordPage.submit') }).click();
      await expect
        .poll(() => visibleText(page.locator('#currentPassword-error')), { timeout: 15_000 })
        .toMatch(/^Your current password is not right/);
      await checkScreen(page, 'change-password-errors');
      await page.getByLabel(msg('en', 'passwordPage.current.label'), { exact: true }).fill(worker.password);
      worker.password = 'the next long passphrase';
      await page.getByLabel(msg('en', 'password.new.label'), { exact: true }).fill(worker.password);
      await page.getByRole('button', { name: msg('en', 'passwordPage.submit') }).click();
      const done = page.getByTestId('password-alert');
      await done.getByText(msg('en', 'passwordPage.done.heading')).waitFor();
      // This session stays; the other one ends (and any the earlier steps left open on the server).
      const ended = [1, 2, 3, 4].map((count) => msg('en', 'passwordPage.done.body', { count }));
      expect(ended).toContain((await visibleText(done.locator('p'))).trim());
      await checkScreen(page, 'change-password-done');
      expect(await sessionStatus(context, env.harbor)).toBe(200);
      expect(await sessionStatus(other, env.harbor)).toBe(401);
    } finally {
      await other.close();
      await context.close();
    }
    const fresh = await workerBrowser(env.browser);
    try {
      await passwordStep(fresh.page, 'en', worker.password, 'code');
      await recoveryCodeStep(fresh.page, 'en', enrolled.recoveryCodes.shift()!);
    } finally {
      await fresh.context.close();
    }
  });
});
