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
import { checkScreen, followMenu } from './support/screens.js';

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

    // Agencies: add one, rename it.
    await open(page, `${url}/app`);
    await followMenu(page, msg('en', 'admin.nav.agencies'));
    await page.getByTestId('agencies-table').waitFor();
    await page.getByLabel(msg('en', 'admin.agencies.name'), { exact: true }).fill('Children and Family Services');
    await page.getByLabel(msg('en', 'admin.agencies.kind'), { exact: true }).selectOption('child_welfare');
    await page.getByRole('button', { name: msg('en', 'admin.agencies.addSubmit') }).click();
    await page.getByTestId('admin-saved').waitFor();
    const row = page.getByRole('row', { name: /Children and Family Services/ });
    await row.waitFor();
    await row.getByRole('button', { name: new RegExp(msg('en', 'admin.agencies.rename')) }).click();
    await page.getByLabel(msg('en', 'admin.agencies.newName', { name: 'Children and Family Services' })).fill('DCFS');
    await page.getByRole('button', { name: msg('en', 'admin.agencies.save') }).click();
    await page.getByRole('rowheader', { name: 'DCFS', exact: true }).waitFor();
    await axeBothLanguages('admin.agencies.title');

    // Users: invite someone; without e-mail, the link is shown to copy.
    await followMenu(page, msg('en', 'admin.nav.users'));
    await page.getByTestId('users-table').waitFor();
    await page.getByLabel(msg('en', 'admin.invite.email'), { exact: true }).fill(INVITEE);
    await page.getByLabel(msg('en', 'admin.invite.role'), { exact: true }).selectOption('social_worker');
    await page.getByLabel(msg('en', 'admin.invite.agency'), { exact: true }).selectOption({ label: 'DCFS' });
    await page.getByRole('button', { name: msg('en', 'admin.invite.submit') }).click();
    const invited = page.getByTestId('admin-invited');
    await invited.waitFor();
    expect(await visibleText(invited)).not.toContain(INVITEE);
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(new RegExp(`^${url}/invitation#.{43}$`));

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
    await page.getByLabel(msg('en', 'admin.users.search')).fill('ORTEGA');
    await expect.poll(() => page.getByTestId('user-row').count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel(msg('en', 'admin.users.search')).fill('nobody by that name');
    await page.getByText(msg('en', 'admin.users.found', { count: 0, total: 2 })).waitFor();
    await page.getByLabel(msg('en', 'admin.users.search')).fill('');
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
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^seq,at,event/);
    await axeBothLanguages('admin.audit.title');

    // Usable at 320 px: wide tables scroll inside their own container, not the page.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['users', 'agencies', 'roles', 'audit', luisPage.replace(`${url}/app/admin/`, '')]) {
      await open(page, `${url}/app/admin/${path}`);
      await page
        .locator(path.startsWith('users/') ? '[data-testid="user-facts"]' : 'table')
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
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
