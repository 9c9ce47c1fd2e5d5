import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_ADMIN, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import { newContext, open, unexpectedConsoleErrors, visibleText, watchContext } from './support/browser.js';
import { SERVICES, seedDirectory } from './support/directory.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreen, followMenu } from './support/screens.js';

/**
 * Issue 15: staff search the directory by need, language, age, area and availability in both languages; an editor
 * (directory.edit) changes a service and reads its change history; a clinician sees no editor.
 */
const env = useHarborAndBrowser();
const EDITOR = testAccount('Grace Kim', 'grace.kim@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');
const CLINICIAN = testAccount('Dana Okafor', 'dana.okafor@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');

async function signedIn(account: typeof EDITOR, locale = 'en-US') {
  const context = await newContext(env.browser, { serviceWorkers: 'block', locale });
  const problems = await watchContext(context, env.harbor.url);
  await signInThroughApi(context, env.harbor, account);
  return { context, page: await context.newPage(), problems };
}

beforeAll(async () => {
  const agencies = await setUpPeople(env.harbor, env.browser, [
    { account: EDITOR, role: 'admin' },
    { account: CLINICIAN, role: 'clinician' },
  ]);
  await seedDirectory(env.harbor, agencies[FIRST_ADMIN.agencyName]!);
});

describe('the resource directory in the web app', () => {
  it('finds services by language and practice, in Spanish too, and a clinician sees no editor', async () => {
    const { context, page, problems } = await signedIn(CLINICIAN, 'es-MX');
    await open(page, `${env.harbor.url}/app`);
    await page.getByTestId('home-directory').click();
    await page.locator('main h1', { hasText: msg('es', 'directoryWeb.title') }).waitFor();
    await page.getByLabel(msg('es', 'directoryWeb.filter.language')).selectOption('es');
    await page
      .locator('main')
      .getByRole('button', { name: msg('es', 'directoryWeb.filter.submit'), exact: true })
      .click();
    const results = page.getByTestId('directory-service');
    // The services whose staff speak Spanish (the shipped hotlines may be among them), not the English-only shelter.
    const names = () => results.locator('h3').allInnerTexts();
    await expect.poll(async () => (await names()).includes('Survivor advocacy'), { timeout: 15_000 }).toBe(true);
    expect(await names()).toContain('Trauma therapy for youth');
    expect(await names()).not.toContain('Emergency shelter beds');
    await page.getByLabel(msg('es', 'directoryWeb.filter.practice')).selectOption('tf_cbt');
    await page
      .locator('main')
      .getByRole('button', { name: msg('es', 'directoryWeb.filter.submit'), exact: true })
      .click();
    await expect.poll(names, { timeout: 15_000 }).toEqual(['Trauma therapy for youth']);
    // The result says how many clinicians hold a current TF-CBT certification and until when, and dials the service.
    const card = results.first();
    expect(await visibleText(card.getByTestId('directory-service-practices'))).toContain(
      msg('es', 'directoryWeb.service.certifiedExpiry', {
        practice: 'Terapia Cognitivo-Conductual Centrada en el Trauma (TF-CBT)',
        count: 1,
        date: '2027-09-30',
      }),
    );
    expect(await card.getByTestId('directory-service-phones').getByRole('link').getAttribute('href')).toBe(
      'tel:3235550123',
    );
    // A wrong age is said at its field, and nothing is searched.
    await page.getByLabel(msg('es', 'directoryWeb.filter.age')).fill('cien');
    await page
      .locator('main')
      .getByRole('button', { name: msg('es', 'directoryWeb.filter.submit'), exact: true })
      .click();
    await page.getByText(msg('es', 'directoryWeb.error.age')).waitFor();
    expect(await page.locator('#directory-age').evaluate((el) => el === document.activeElement)).toBe(true);
    await checkScreen(page, 'directory-search');

    await open(page, `${env.harbor.url}/app/directory/${SERVICES.therapy}`);
    await page.getByTestId('service-name').waitFor();
    expect(await visibleText(page.getByTestId('service-certifications'))).toContain('2027-09-30');
    expect(await visibleText(page.getByTestId('service-intake'))).toBe(msg('es', 'directoryWeb.no'));
    expect(await page.getByTestId('service-phones').getByRole('link').first().getAttribute('href')).toBe(
      'tel:3235550123',
    );
    await checkScreen(page, 'directory-service-page');
    expect(await page.getByRole('button', { name: msg('es', 'directoryWeb.edit.open') }).count()).toBe(0);
    // Choosing a service for a referral: one no Harbor agency receives is not offered, and the page says to call it.
    await open(page, `${env.harbor.url}/app/directory/${SERVICES.advocacy}?pick=${SERVICES.therapy}`);
    await page.getByText(msg('es', 'directoryWeb.pick.noAgency')).waitFor();
    expect(await page.getByTestId('service-refer').count()).toBe(0);
    // The directory's page leads to its help page.
    await open(page, `${env.harbor.url}/app/directory`);
    await page.getByTestId('directory-help').click();
    await page.locator('main h1', { hasText: msg('es', 'help.directory.title') }).waitFor();
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();
  });

  it('lets an editor change a service and read its change history', async () => {
    const { context, page, problems } = await signedIn(EDITOR);
    // An editor (an administrator here) finds the directory in the administration's menu.
    await open(page, `${env.harbor.url}/app`);
    await followMenu(page, msg('en', 'directoryWeb.nav'));
    await page.locator('main h1', { hasText: msg('en', 'directoryWeb.title') }).waitFor();
    await page.getByTestId('directory-service').first().waitFor();
    await page.getByRole('link', { name: 'Emergency shelter beds', exact: true }).click();
    await page.waitForURL(new RegExp(`/app/directory/${SERVICES.shelter}$`));
    await page.getByRole('button', { name: msg('en', 'directoryWeb.edit.open') }).click();
    const max = page.getByLabel(msg('en', 'directoryWeb.edit.maximumAge'));
    await max.fill('7');
    await page.getByRole('button', { name: msg('en', 'directoryWeb.edit.save') }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await visibleText(page.getByTestId('error-summary'))).toContain(
      msg('en', 'directoryWeb.edit.error.ageOrder'),
    );
    await checkScreen(page, 'directory-editor-errors');
    await max.fill('21');
    await page.locator('label[for="edit-language-es"]').click();
    await page.getByRole('button', { name: msg('en', 'directoryWeb.edit.save') }).click();
    await page.getByTestId('service-flash').waitFor();
    expect(await visibleText(page.getByTestId('service-ages'))).toBe(
      msg('en', 'directoryWeb.service.agesRange', { min: 12, max: 21 }),
    );
    const history = page.getByTestId('service-change');
    await expect.poll(() => history.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    expect((await history.allInnerTexts()).join('\n')).toContain('Grace Kim');
    await checkScreen(page, 'directory-history');

    // Retired, never deleted: the shelter is no longer offered; the search leaves it out, the editor finds it.
    await page.getByRole('button', { name: msg('en', 'directoryWeb.edit.open') }).click();
    await page.getByLabel(msg('en', 'directoryWeb.edit.status')).selectOption('inactive');
    await page.getByRole('button', { name: msg('en', 'directoryWeb.edit.save') }).click();
    await page.getByTestId('service-retired').waitFor();
    await open(page, `${env.harbor.url}/app/directory?text=shelter`);
    await page.locator('main').getByText(msg('en', 'directoryWeb.filter.retired')).waitFor();
    const found = page.getByTestId('directory-service');
    await page.getByTestId('directory-count').waitFor();
    expect(await found.locator('h3').allInnerTexts()).not.toContain('Emergency shelter beds');
    await page.locator('label[for="directory-retired"]').click();
    await page
      .locator('main')
      .getByRole('button', { name: msg('en', 'directoryWeb.filter.submit'), exact: true })
      .click();
    await expect
      .poll(() => found.locator('h3').allInnerTexts(), { timeout: 15_000 })
      .toContain('Emergency shelter beds');
    expect(await page.getByTestId('directory-service-status').first().textContent()).toBe(
      msg('en', 'directoryWeb.status.inactive'),
    );
    await checkScreen(page, 'directory-retired');
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    await context.close();
  });
});
