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

    const axeBothLanguages = async (heading: Parameters<typeof msg>[1]) => {
      await page.locator('main h1', { hasText: msg('en', heading) }).waitFor();
      let violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.getByRole('button', { name: msg('en', 'shell.language.es'), exact: true }).click();
      await page.locator('main h1', { hasText: msg('es', heading) }).waitFor();
      violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.getByRole('button', { name: msg('es', 'shell.language.en'), exact: true }).click();
      await page.locator('main h1', { hasText: msg('en', heading) }).waitFor();
    };

    // Agencies: add one, rename it.
    await open(page, `${url}/app`);
    await page.getByRole('link', { name: msg('en', 'admin.nav.agencies'), exact: true }).click();
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

    // Users: invite someone; the link is shown to copy.
    await page.getByRole('link', { name: msg('en', 'admin.nav.users'), exact: true }).click();
    await page.getByTestId('users-table').waitFor();
    await page.getByLabel(msg('en', 'admin.invite.email'), { exact: true }).fill(INVITEE);
    await page.getByLabel(msg('en', 'admin.invite.role'), { exact: true }).selectOption('social_worker');
    await page.getByLabel(msg('en', 'admin.invite.agency'), { exact: true }).selectOption({ label: 'DCFS' });
    await page.getByRole('button', { name: msg('en', 'admin.invite.submit') }).click();
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/invitation#.{10,}/);

    // The person accepts (through the API), then appears in the table.
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

    // Change the role.
    await luis.getByLabel(msg('en', 'admin.users.changeRole', { name: 'Luis Ortega' })).selectOption('supervisor');
    await page.getByTestId('admin-saved').waitFor();
    expect(await luis.getByLabel(msg('en', 'admin.users.changeRole', { name: 'Luis Ortega' })).inputValue()).toBe(
      'supervisor',
    );

    // Disable, then enable again.
    await luis.getByRole('button', { name: new RegExp(`^${msg('en', 'admin.users.disable')}`) }).click();
    await luis.getByText(msg('en', 'admin.users.disabled'), { exact: true }).waitFor();
    await luis.getByRole('button', { name: new RegExp(`^${msg('en', 'admin.users.enable')}`) }).click();
    await luis.getByText(msg('en', 'admin.users.active'), { exact: true }).waitFor();
    await axeBothLanguages('admin.users.title');

    // Roles: the read-only table.
    await page.getByRole('link', { name: msg('en', 'admin.nav.roles'), exact: true }).click();
    const roles = page.getByTestId('roles-table');
    await roles.waitFor();
    expect(await visibleText(roles.getByRole('row', { name: new RegExp(msg('en', 'roleName.admin')) }))).toContain(
      msg('en', 'admin.permission.users.manage'),
    );
    await axeBothLanguages('admin.roles.title');

    // Audit: lists events, filters by event, exports CSV.
    await page.getByRole('link', { name: msg('en', 'admin.nav.audit'), exact: true }).click();
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(3);
    await page.getByLabel(msg('en', 'admin.audit.event'), { exact: true }).selectOption('admin.role.changed');
    await page.getByRole('button', { name: msg('en', 'admin.audit.search'), exact: true }).click();
    await expect
      .poll(async () => [...new Set(await page.getByTestId('audit-event').allInnerTexts())])
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
    for (const path of ['users', 'agencies', 'roles', 'audit']) {
      await open(page, `${url}/app/admin/${path}`);
      await page.locator('table').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }

    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});
