import type { Locale } from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessage, startSmtp } from '../packages/server/src/testing/smtp.js';
import {
  Authenticator,
  apiPost,
  createUserThroughApi,
  FIRST_ADMIN,
  setUpFirstAdministrator,
  signInThroughApi,
  testAccount,
} from './support/accounts.js';
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
import { checkScreen, checkScreenAsIs, DESKTOP, PHONE } from './support/screens.js';

/**
 * Joining Harbor as a person does: an administrator invites them on the users page and copies the link with the Copy
 * button; the person opens that link, chooses a name and a password, sets up two-step verification and lands signed
 * in. Once in English on a desktop, once in Spanish on a 320-pixel phone. Harbor sends e-mail here (a real SMTP
 * server): the invitation e-mail carries the same link.
 */
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const env = useHarborAndBrowser({
  settings: async () => {
    smtp = await startSmtp();
    return { HARBOR_SMTP_URL: smtp.url };
  },
});

let admin: BrowserContext;
let adminPage: Page;
let adminProblems: PageProblems;

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
  admin = await newContext(env.browser, { serviceWorkers: 'block' });
  await admin.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.harbor.url });
  adminProblems = await watchContext(admin, env.harbor.url);
  await signInThroughApi(admin, env.harbor, FIRST_ADMIN);
  await apiPost(env.harbor, admin, '/api/v1/agencies', { name: 'Children and Family Services', kind: 'child_welfare' });
  adminPage = await admin.newPage();
});

afterAll(async () => {
  expect(unexpectedConsoleErrors(adminProblems)).toEqual([]);
  expect(adminProblems.pageErrors).toEqual([]);
  await admin?.close();
  await smtp?.close();
});

/** The administrator invites a person on the users page and copies the link with the Copy button, as a person would. */
async function inviteAndCopy(email: string, role: string): Promise<string> {
  const page = adminPage;
  await open(page, `${env.harbor.url}/app/admin/users`);
  await page.getByTestId('users-table').waitFor();
  const form = page.getByTestId('invite-form');
  // Nothing is chosen in advance.
  expect(await form.getByLabel(msg('en', 'admin.invite.role'), { exact: true }).inputValue()).toBe('');
  expect(await form.getByLabel(msg('en', 'admin.invite.agency'), { exact: true }).inputValue()).toBe('');
  await form.getByLabel(msg('en', 'admin.invite.email'), { exact: true }).fill(email);
  await form.getByLabel(msg('en', 'admin.invite.role'), { exact: true }).selectOption(role);
  await form
    .getByLabel(msg('en', 'admin.invite.agency'), { exact: true })
    .selectOption({ label: 'Children and Family Services' });
  await form.getByRole('button', { name: msg('en', 'admin.invite.submit') }).click();
  const alert = page.getByTestId('admin-invited');
  await alert.waitFor();
  expect(await visibleText(alert)).toContain(msg('en', 'admin.invite.done'));
  expect(await visibleText(alert)).toContain(email);
  await alert.getByRole('button', { name: msg('en', 'admin.copy.button') }).click();
  await alert.getByText(msg('en', 'admin.copy.done')).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByTestId('invitation-link').inputValue());
  expect(copied).toMatch(new RegExp(`^${env.harbor.url}/invitation#[\\w-]{43}$`));
  // The form starts empty again: no carried-over address, role or agency.
  const values = () =>
    Promise.all(
      (['admin.invite.email', 'admin.invite.role', 'admin.invite.agency'] as const).map((label) =>
        form.getByLabel(msg('en', label), { exact: true }).inputValue(),
      ),
    );
  await expect.poll(values, { timeout: 15_000 }).toEqual(['', '', '']);
  // The invitation waits in the list; the e-mail went out with the same link, and nothing else of Harbor's.
  await page.locator(`[data-testid="invitation-row"][data-email="${email}"]`).waitFor();
  await expect
    .poll(() => smtp.messages.map(readMessage).filter((m) => m.to === email).length, { timeout: 15_000 })
    .toBe(1);
  const mail = smtp.messages.map(readMessage).find((m) => m.to === email)!;
  expect(mail.text).toContain(copied);
  return copied;
}

/** The invited person's journey, in their browser: the link, name and password, two-step verification, Harbor. */
async function join(options: {
  link: string;
  locale: Locale;
  viewport: { width: number; height: number };
  name: string;
  email: string;
  password: string;
  screens: string;
}): Promise<void> {
  const { locale, name } = options;
  const context = await newContext(env.browser, {
    serviceWorkers: 'block',
    locale: locale === 'es' ? 'es-US' : 'en-US',
    viewport: options.viewport,
  });
  const problems = await watchContext(context, env.harbor.url);
  const page = await context.newPage();
  const check = (screen: string) =>
    checkScreenAsIs(page, `${options.screens}-${screen}`, [
      { name: `${options.viewport.width}px`, ...options.viewport },
    ]);
  try {
    await open(page, options.link);
    await page.locator('main h1', { hasText: msg(locale, 'invitationPage.heading') }).waitFor();
    // The token leaves the address bar at once.
    expect(page.url()).toBe(`${env.harbor.url}/invitation`);
    const facts = page.getByTestId('invitation-facts');
    await facts.waitFor();
    expect(await visibleText(facts)).toContain(options.email);
    expect(await visibleText(facts)).toContain(msg(locale, 'roleName.social_worker'));
    expect(await visibleText(facts)).toContain('Children and Family Services');
    await check('invitation');

    // Every problem is said beside its field; the server refuses a common password, in the person's language.
    const submit = page.getByRole('button', { name: msg(locale, 'invitationPage.submit') });
    await submit.click();
    expect(await visibleText(page.locator('#displayName-error'))).toBe(msg(locale, 'invitationPage.name.required'));
    expect(await visibleText(page.locator('#password-error'))).toBe(msg(locale, 'password.new.required'));
    await page.getByLabel(msg(locale, 'invitationPage.name.label')).fill(name);
    await page.getByLabel(msg(locale, 'invitationPage.password.label'), { exact: true }).fill('passwordpassword');
    await submit.click();
    await expect
      .poll(() => visibleText(page.locator('#password-error')), { timeout: 15_000 })
      .toMatch(locale === 'es' ? /comunes o filtradas/ : /common or leaked/);
    await check('invitation-errors');
    await page.getByLabel(msg(locale, 'invitationPage.password.label'), { exact: true }).fill(options.password);
    await submit.click();
    const done = page.getByTestId('invitation-alert');
    await done.getByText(msg(locale, 'invitationPage.done.heading')).waitFor();
    await check('invitation-done');

    // Two-step verification, as at any first sign-in.
    await page.getByRole('link', { name: msg(locale, 'invitationPage.done.continue') }).click();
    await page.locator('main h1', { hasText: msg(locale, 'signIn.enrol.heading') }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await check('enrol');
    const authenticator = new Authenticator(secret);
    await page.getByLabel(msg(locale, 'signIn.code.label')).fill(await authenticator.code());
    await page.getByRole('button', { name: msg(locale, 'signIn.enrol.submit') }).click();
    await page.locator('main h1', { hasText: msg(locale, 'signIn.codes.heading') }).waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
    await check('codes');
    await page.locator('label[for="codes-saved"]').click();
    await page.getByRole('button', { name: msg(locale, 'signIn.codes.continue') }).click();
    await page.waitForURL(`${env.harbor.url}/app`);
    await page.locator('main h1', { hasText: msg(locale, 'appHome.heading', { name }) }).waitFor();
    expect(await visibleText(page.getByTestId('account-role'))).toBe(msg(locale, 'roleName.social_worker'));
    expect(await visibleText(page.getByTestId('account-agency'))).toBe('Children and Family Services');
    const session = (await (await context.request.get(`${env.harbor.url}/api/v1/auth/session`)).json()) as {
      stage: string;
      user: { locale: string; role: string };
    };
    expect(session).toMatchObject({ stage: 'active', user: { locale, role: 'social_worker' } });
    await check('signed-in');

    expect(unexpectedConsoleErrors(problems, [{ status: 400, path: '/api/v1/invitations/accept' }])).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('joining Harbor with an invitation', () => {
  it('the users page, its search and its invitations, in both languages, on a desktop and at 320 px', async () => {
    await open(adminPage, `${env.harbor.url}/app/admin/users`);
    await adminPage.getByTestId('users-table').waitFor();
    await checkScreen(adminPage, 'users-page');
    // An empty form asks for each field.
    await adminPage.getByRole('button', { name: msg('en', 'admin.invite.submit') }).click();
    await adminPage.getByTestId('invite-problem').waitFor();
    expect(await visibleText(adminPage.locator('#invite-role-error'))).toBe(msg('en', 'admin.invite.roleRequired'));
    expect(await visibleText(adminPage.locator('#invite-agencyId-error'))).toBe(
      msg('en', 'admin.invite.agencyRequired'),
    );
    await checkScreen(adminPage, 'users-invite-errors');
  });

  it('in English on a desktop: from the copied link to a signed-in social worker with two-step verification', async () => {
    const link = await inviteAndCopy('luis.ortega@dcfs.lacounty.example', 'social_worker');
    await checkScreen(adminPage, 'users-invited');
    await join({
      link,
      locale: 'en',
      viewport: DESKTOP,
      name: 'Luis Ortega',
      email: 'luis.ortega@dcfs.lacounty.example',
      password: 'quiet river lantern morning',
      screens: 'join-en',
    });
    // Accepted: no longer waiting, and in the users table under the name the person chose.
    await adminPage.reload();
    await adminPage.locator('[data-testid="user-row"][data-email="luis.ortega@dcfs.lacounty.example"]').waitFor();
    expect(
      await adminPage.locator('[data-testid="invitation-row"][data-email="luis.ortega@dcfs.lacounty.example"]').count(),
    ).toBe(0);
  });

  it('in Spanish on a 320-pixel phone: from the copied link to a signed-in social worker', async () => {
    const link = await inviteAndCopy('marisol.vega@dcfs.lacounty.example', 'social_worker');
    await join({
      link,
      locale: 'es',
      viewport: PHONE,
      name: 'Marisol Vega',
      email: 'marisol.vega@dcfs.lacounty.example',
      password: 'marea faro muelle tarde',
      screens: 'join-es',
    });
  });

  it('sends an invitation again (the old link stops working) and withdraws one; a dead link says so', async () => {
    const first = await inviteAndCopy('late.joiner@dcfs.lacounty.example', 'social_worker');
    const row = adminPage.locator('[data-testid="invitation-row"][data-email="late.joiner@dcfs.lacounty.example"]');
    await row.getByRole('button', { name: new RegExp(`^${msg('en', 'admin.invitations.resend')}`) }).click();
    const alert = adminPage.getByTestId('admin-invited');
    await alert.getByText(msg('en', 'admin.invitations.resent')).waitFor();
    const second = await adminPage.getByTestId('invitation-link').inputValue();
    expect(second).not.toBe(first);
    await row.getByRole('button', { name: new RegExp(`^${msg('en', 'admin.invitations.revoke')}`) }).click();
    await adminPage.getByTestId('admin-saved').getByText(msg('en', 'admin.invitations.revoked')).waitFor();
    await row.waitFor({ state: 'detached' });

    const context = await newContext(env.browser, { serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      for (const link of [first, second]) {
        await open(page, link);
        const refused = page.getByTestId('invitation-alert');
        await refused.getByText(msg('en', 'invitation.invalid')).waitFor();
      }
      await checkScreen(page, 'invitation-invalid');
      await open(page, `${env.harbor.url}/invitation`);
      await page.getByTestId('invitation-alert').getByText(msg('en', 'invitationPage.noToken.heading')).waitFor();
      await checkScreen(page, 'invitation-no-link');
    } finally {
      await context.close();
    }
  });

  it('lets a supervisor invite into their own agency only, and see and manage only its invitations', async () => {
    const dmhId = (
      (await (await admin.request.get(`${env.harbor.url}/api/v1/agencies`)).json()) as { id: string; name: string }[]
    ).find((a) => a.name === FIRST_ADMIN.agencyName)!.id;
    await apiPost(env.harbor, admin, '/api/v1/invitations', {
      email: 'someone.at.dmh@dmh.lacounty.example',
      role: 'clinician',
      agencyId: dmhId,
    });
    const supervisor = testAccount(
      'Rosa Díaz',
      'rosa.diaz@dcfs.lacounty.example',
      'Children and Family Services',
      'child_welfare',
    );
    const agencies = (await (await admin.request.get(`${env.harbor.url}/api/v1/agencies`)).json()) as {
      id: string;
      name: string;
    }[];
    await createUserThroughApi(
      env.harbor,
      admin,
      supervisor,
      'supervisor',
      agencies.find((a) => a.name === supervisor.agencyName)!.id,
    );
    const context = await newContext(env.browser, { serviceWorkers: 'block' });
    try {
      await signInThroughApi(context, env.harbor, supervisor);
      const page = await context.newPage();
      await open(page, `${env.harbor.url}/app/admin/users`);
      await page.getByTestId('users-table').waitFor();
      // Their agency is said, not chosen; no administrator role is offered.
      expect(await visibleText(page.getByTestId('invite-agency'))).toBe(
        msg('en', 'admin.invite.ownAgency', { agency: 'Children and Family Services' }),
      );
      const roles = await page.locator('#invite-role option').allInnerTexts();
      expect(roles).not.toContain(msg('en', 'roleName.admin'));
      // No page to manage someone's account.
      expect(await page.getByTestId('users-table').getByRole('link').count()).toBe(0);
      await checkScreen(page, 'users-supervisor');
      await page.getByLabel(msg('en', 'admin.invite.email'), { exact: true }).fill('new.worker@dcfs.lacounty.example');
      await page.getByLabel(msg('en', 'admin.invite.role'), { exact: true }).selectOption('social_worker');
      await page.getByRole('button', { name: msg('en', 'admin.invite.submit') }).click();
      await page.getByTestId('invitation-link').waitFor();
      await page.locator('[data-testid="invitation-row"][data-email="new.worker@dcfs.lacounty.example"]').waitFor();
      // Only their agency's invitations.
      const invited = await page
        .getByTestId('invitation-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-email')));
      expect(invited).toEqual(['new.worker@dcfs.lacounty.example']);
      await checkScreen(page, 'users-supervisor-invited');
    } finally {
      await context.close();
    }
  });
});
