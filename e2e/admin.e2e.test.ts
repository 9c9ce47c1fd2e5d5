import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_ADMIN, setUpFirstAdministrator, signInThroughApi } from './support/accounts.js';
import {
  describeViolations,
  newContext,
  open,
  runAxe,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreen, followMenu, switchLanguage } from './support/screens.js';

const env = useHarborAndBrowser();

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
});

const INVITEE = 'luis.ortega@dcfs.lacounty.example';

describe('administration and audit', () => {
  it('invites, changes a role, disables and enables, manages agencies, shows roles, searches and exports the audit', async () => {
    const context = await newContext(env.browser, { serviceWorkers: 'block' });
    const problems = await watchContext(context, env.harbor.url);
    await signInThroughApi(context, env.harbor, FIRST_ADMIN);
    const page = await context.newPage();
    const url = env.harbor.url;

    /** Axe in both languages; `name` is the page's h1 when it is not a message (a person's name). */
    const axeBothLanguages = async (heading: Parameters<typeof msg>[1], name?: string) => {
      const h1 = (locale: 'en' | 'es') => name ?? msg(locale, heading);
      await page.locator('main h1', { hasText: h1('en') }).waitFor();
      let violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
      await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 15_000 }).toBe('es');
      await page.locator('main h1', { hasText: h1('es') }).waitFor();
      violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();
      await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 15_000 }).toBe('en');
      await page.locator('main h1', { hasText: h1('en') }).waitFor();
    };

    /** At 1280 px a table reads whole: its right edge within the page's column, in both languages. */
    const readsWhole = async (testId: string) => {
      for (const locale of ['en', 'es'] as const) {
        await switchLanguage(page, locale);
        const table = page.getByTestId(testId);
        await table.waitFor();
        const overflow = await table.evaluate(
          (t) => t.getBoundingClientRect().right - t.parentElement!.getBoundingClientRect().right,
        );
        expect(overflow, `${testId} (${locale}) sticks out at 1280 px`).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      }
      await switchLanguage(page, 'en');
    };

    // Agencies: the form starts with no kind chosen and says what is missing; add one, rename it.
    await open(page, `${url}/app`);
    await followMenu(page, msg('en', 'admin.nav.agencies'));
    await page.getByTestId('agencies-table').waitFor();
    const agencyName = page.getByLabel(msg('en', 'admin.agencies.name'), { exact: true });
    const agencyKind = page.getByLabel(msg('en', 'admin.agencies.kind'), { exact: true });
    expect(await agencyKind.inputValue()).toBe('');
    await agencyName.fill('Children and Family Services');
    await page.getByRole('button', { name: msg('en', 'admin.agencies.addSubmit') }).click();
    await page.getByText(msg('en', 'admin.agencies.kindRequired')).waitFor();
    expect(await agencyKind.evaluate((el) => el === document.activeElement)).toBe(true);
    await agencyKind.selectOption('child_welfare');
    await page.getByRole('button', { name: msg('en', 'admin.agencies.addSubmit') }).click();
    await page.getByTestId('admin-saved').waitFor();
    expect(await agencyName.inputValue()).toBe('');
    expect(await agencyKind.inputValue()).toBe('');
    const row = page.getByRole('row', { name: /Children and Family Services/ });
    await row.waitFor();
    await row.getByRole('button', { name: new RegExp(msg('en', 'admin.agencies.rename')) }).click();
    await page.getByLabel(msg('en', 'admin.agencies.newName', { name: 'Children and Family Services' })).fill('DCFS');
    await page.getByRole('button', { name: msg('en', 'admin.agencies.save') }).click();
    await page.getByRole('rowheader', { name: 'DCFS', exact: true }).waitFor();
    await readsWhole('agencies-table');
    await axeBothLanguages('admin.agencies.title');

    // Users: the invite form starts empty, no role and no agency chosen.
    await followMenu(page, msg('en', 'admin.nav.users'));
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('invitations-empty').waitFor();
    const inviteEmail = page.getByLabel(msg('en', 'admin.invite.email'), { exact: true });
    const inviteRole = page.getByLabel(msg('en', 'admin.invite.role'), { exact: true });
    const inviteAgency = page.getByLabel(msg('en', 'admin.invite.agency'), { exact: true });
    const inviteNow = page.getByRole('button', { name: msg('en', 'admin.invite.submit') });
    const inviteForm = async () => [
      await inviteEmail.inputValue(),
      await inviteRole.inputValue(),
      await inviteAgency.inputValue(),
    ];
    expect(await inviteForm()).toEqual(['', '', '']);
    expect(await inviteAgency.locator('option:checked').textContent()).toBe(msg('en', 'admin.invite.choose'));

    // Without an agency: the form says so, in English and in Spanish, and nobody is invited.
    await inviteEmail.fill(INVITEE);
    await inviteRole.selectOption('social_worker');
    await inviteNow.click();
    await page.getByTestId('invite-problem').waitFor();
    const agencyError = page.locator('#invite-agencyId-error');
    expect(await visibleText(agencyError)).toBe(msg('en', 'admin.invite.agencyRequired'));
    expect(await inviteAgency.getAttribute('aria-invalid')).toBe('true');
    await switchLanguage(page, 'es');
    await expect.poll(() => visibleText(agencyError)).toBe(msg('es', 'admin.invite.agencyRequired'));
    await switchLanguage(page, 'en');
    expect(await page.getByTestId('admin-invited').count()).toBe(0);
    await page.getByTestId('invitations-empty').waitFor();
    expect(await (await context.request.get(`${url}/api/v1/invitations`)).json()).toEqual([]);
    expect(await inviteForm()).toEqual([INVITEE, 'social_worker', '']);

    // With the agency: invited; without e-mail the link is shown to copy, the invitation is listed as waiting, and
    // the form is empty again.
    await inviteAgency.selectOption({ label: 'DCFS' });
    await inviteNow.click();
    const invited = page.getByTestId('admin-invited');
    await invited.waitFor();
    expect(await visibleText(invited)).not.toContain(INVITEE);
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(new RegExp(`^${url}/invitation#.{43}$`));
    await page.locator(`[data-testid="invitation-row"][data-email="${INVITEE}"]`).waitFor();
    expect(await inviteForm()).toEqual(['', '', '']);
    expect(await page.locator('#invite-agencyId-error').count()).toBe(0);

    // The person accepts (through the API), then appears in the table, found by the search.
    const accepted = await fetch(`${url}/api/v1/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token: new URL(link).hash.slice(1),
        displayName: 'Luis Ortega',
        password: 'quiet river lantern morning',
      }),
    });
    expect(accepted.status).toBe(201);
    await page.reload();
    const luis = page.locator(`[data-testid="user-row"][data-email="${INVITEE}"]`);
    await luis.waitFor();
    expect(await inviteForm()).toEqual(['', '', '']);
    await page.getByLabel(msg('en', 'admin.users.search')).fill('ORTEGA');
    await expect.poll(() => page.getByTestId('user-row').count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel(msg('en', 'admin.users.search')).fill('nobody by that name');
    await page.getByText(msg('en', 'admin.users.found', { count: 0, total: 2 })).waitFor();
    await page.getByLabel(msg('en', 'admin.users.search')).fill('');
    await readsWhole('users-table');
    await axeBothLanguages('admin.users.title');

    // The person's page: change the role, disable (asked first), enable again.
    await luis.getByRole('link', { name: 'Luis Ortega' }).click();
    await page.locator('main h1', { hasText: 'Luis Ortega' }).waitFor();
    const luisPage = page.url();
    await page.getByLabel(msg('en', 'admin.user.role.label', { name: 'Luis Ortega' })).selectOption('supervisor');
    await page.getByRole('button', { name: msg('en', 'admin.user.role.save') }).click();
    await page.getByTestId('admin-saved').waitFor();
    await expect
      .poll(() => visibleText(page.getByTestId('user-facts')), { timeout: 15_000 })
      .toContain(msg('en', 'roleName.supervisor'));
    await page.getByTestId('disable-user').click();
    await page.getByRole('button', { name: msg('en', 'admin.user.status.confirm') }).click();
    await expect
      .poll(() => visibleText(page.getByTestId('user-status')), { timeout: 15_000 })
      .toBe(msg('en', 'admin.users.disabled'));
    await page.getByRole('button', { name: msg('en', 'admin.users.enable'), exact: true }).click();
    await expect
      .poll(() => visibleText(page.getByTestId('user-status')), { timeout: 15_000 })
      .toBe(msg('en', 'admin.users.active'));
    await axeBothLanguages('admin.user.title', 'Luis Ortega');
    await page.getByRole('link', { name: msg('en', 'admin.user.back') }).click();
    await page.getByTestId('users-table').waitFor();

    // Roles: the read-only table.
    await followMenu(page, msg('en', 'admin.nav.roles'));
    const roles = page.getByTestId('roles-table');
    await roles.waitFor();
    expect(await visibleText(roles.getByRole('row', { name: new RegExp(msg('en', 'roleName.admin')) }))).toContain(
      msg('en', 'admin.permission.users.manage'),
    );
    await axeBothLanguages('admin.roles.title');

    // Audit: lists events, filters by event, exports CSV.
    await followMenu(page, msg('en', 'admin.nav.audit'));
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(3);
    await page.getByLabel(msg('en', 'admin.audit.event'), { exact: true }).selectOption('admin.role.changed');
    await page.getByRole('button', { name: msg('en', 'admin.audit.search'), exact: true }).click();
    await expect
      .poll(async () => [...new Set(await page.getByTestId('audit-event').allInnerTexts())], { timeout: 15_000 })
      .toEqual([msg('en', 'admin.audit.event.admin.role.changed')]);
    const href = await page.getByTestId('audit-csv').getAttribute('href');
    expect(href).toBe('/api/v1/audit.csv?event=admin.role.changed');
    const csv = await context.request.get(`${url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^"seq","at","event"/);
    await axeBothLanguages('admin.audit.title');

    // Usable at 320 px: the users, invitations and agencies as blocks of labelled lines, the wider tables scrolling
    // inside their own container, not the page.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['users', 'agencies', 'roles', 'audit', luisPage.replace(`${url}/app/admin/`, '')]) {
      await open(page, `${url}/app/admin/${path}`);
      await page
        .locator(path.startsWith('users/') ? '[data-testid="user-facts"]' : 'table')
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      if (path === 'users' || path === 'agencies')
        expect(await page.locator('table thead').first().isVisible()).toBe(false);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('sends people who forgot their password to an administrator when Harbor sends no e-mail', async () => {
    const context = await newContext(env.browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/sign-in`);
    await page.getByRole('link', { name: msg('en', 'signIn.forgotPassword') }).click();
    const ask = page.getByTestId('forgot-password-admin');
    await ask.getByText(msg('en', 'forgotPassword.askAdmin.body')).waitFor();
    expect(await page.getByLabel(msg('en', 'signIn.email.label')).count()).toBe(0);
    await checkScreen(page, 'forgot-password-no-email');
    await context.close();
  });
});
