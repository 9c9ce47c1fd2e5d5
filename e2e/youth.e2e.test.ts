import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Account, apiPost, FIRST_ADMIN, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
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

const CLINICIAN = testAccount('Lucia Ferrer', 'lucia.ferrer@dmh.example', FIRST_ADMIN.agencyName, 'mental_health');
const DEPUTY = testAccount('Tom Bradley', 'tom.bradley@sheriff.example', 'Sheriff', 'sheriff');
const SOCIAL_WORKER = testAccount('Amara Diallo', 'amara.diallo@dcfs.example', 'DCFS', 'child_welfare');

let agencyIds: Record<string, string>;

beforeAll(async () => {
  agencyIds = await setUpPeople(env.harbor, env.browser, [
    { account: CLINICIAN, role: 'clinician' },
    { account: DEPUTY, role: 'law_enforcement' },
    { account: SOCIAL_WORKER, role: 'social_worker' },
  ]);
});

async function signedIn(account: Account, locale: 'en' | 'es' = 'en') {
  const context = await newContext(env.browser, {
    serviceWorkers: 'block',
    locale: locale === 'es' ? 'es-MX' : 'en-US',
  });
  const problems = await watchContext(context, env.harbor.url);
  await signInThroughApi(context, env.harbor, account);
  const page = await context.newPage();
  return { context, page, problems };
}

const expectNoViolations = async (page: Parameters<typeof runAxe>[0]) => {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

describe('youth records in the web app', () => {
  let youthId: string;
  let clinician: BrowserContext;

  it('lets a clinician create a record with the keyboard, find it by another spelling and build the care team', async () => {
    const { context, page, problems } = await signedIn(CLINICIAN);
    clinician = context;
    await open(page, `${env.harbor.url}/app`);
    await page.getByRole('link', { name: msg('en', 'youthPage.nav'), exact: true }).click();
    await page.locator('main h1', { hasText: msg('en', 'youthPage.list.title') }).waitFor();
    await expectNoViolations(page);
    await page.getByRole('link', { name: msg('en', 'youthPage.new.button') }).click();
    await page.locator('main h1', { hasText: msg('en', 'youthPage.new.title') }).waitFor();

    // Submitting empty: the error summary takes focus and lists both names.
    await page.getByRole('button', { name: msg('en', 'youthPage.new.submit') }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await visibleText(summary)).toContain(msg('en', 'youthPage.error.given'));
    await expectNoViolations(page);

    await page.getByLabel(msg('en', 'youthPage.field.given')).focus();
    await page.keyboard.type('Mónica');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Álvarez Ruiz');
    await page.getByLabel(msg('en', 'youthPage.field.namesUsed')).fill('Candy');
    await page.getByLabel(msg('en', 'youthPage.field.dateOfBirth')).fill('2010-06-14');
    await page.getByLabel(msg('en', 'youthPage.field.gender')).selectOption('girl');
    await page.getByLabel(msg('en', 'youthPage.field.placement')).selectOption('homeless_runaway');
    await page.getByLabel(msg('en', 'youthPage.field.placementDetail')).fill('Sleeping at a friend’s, Van Nuys');

    // An agency number: no kind and no agency chosen in advance; a number without them is asked about, not dropped.
    await page.getByRole('button', { name: msg('en', 'youthPage.identifiers.add') }).click();
    const idKind = page.getByLabel(msg('en', 'youthPage.identifiers.kind', { n: 1 }), { exact: true });
    const idAgency = page.getByLabel(msg('en', 'youthPage.identifiers.agency', { n: 1 }), { exact: true });
    expect([await idKind.inputValue(), await idAgency.inputValue()]).toEqual(['', '']);
    await page.getByLabel(msg('en', 'youthPage.identifiers.value', { n: 1 }), { exact: true }).fill('MH-2026-0042');
    await page.getByRole('button', { name: msg('en', 'youthPage.new.submit') }).click();
    await expect
      .poll(() => visibleText(summary), { timeout: 15_000 })
      .toContain(msg('en', 'youthPage.error.identifierAgency', { n: 1 }));
    expect(await visibleText(summary)).toContain(msg('en', 'youthPage.error.identifierKind', { n: 1 }));
    expect(page.url()).toMatch(/\/app\/youth\/new$/);
    await expectNoViolations(page);
    await idKind.selectOption('other');
    await idAgency.selectOption({ label: CLINICIAN.agencyName });
    await page.getByRole('button', { name: msg('en', 'youthPage.new.submit') }).press('Enter');
    await page.waitForURL(/\/app\/youth\/[0-9a-f-]{36}$/);
    youthId = page.url().split('/').pop()!;
    expect(await visibleText(page.getByTestId('youth-name'))).toBe('Mónica Álvarez Ruiz');
    const facts = await visibleText(page.getByTestId('youth-facts'));
    expect(facts).toContain('Candy');
    expect(facts).toContain('Van Nuys');
    expect(facts).toContain('MH-2026-0042');

    // "My youth" lists it; a search without accents and capitals finds it, through the alias too.
    await open(page, `${env.harbor.url}/app/youth`);
    await page.getByTestId('youth-row').first().waitFor();
    expect(await visibleText(page.getByTestId('youth-row').first())).toContain('Mónica Álvarez Ruiz');
    for (const name of ['monica  ALVAREZ ruiz', 'candy']) {
      await page.getByLabel(msg('en', 'youthPage.search.name'), { exact: true }).fill(name);
      await page
        .locator('main')
        .getByRole('button', { name: msg('en', 'youthPage.search.submit') })
        .click();
      await page.getByTestId('youth-search-results').getByRole('link', { name: 'Mónica Álvarez Ruiz' }).waitFor();
    }

    // The care team: the deputy from the Sheriff, on the protocol response, through the directory.
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    // Someone of another agency: the start of the given and family names, listed by name and agency only.
    await page.getByLabel(msg('en', 'youthPage.team.find')).fill('Tom Bra');
    await page.getByRole('button', { name: msg('en', 'youthPage.team.search') }).click();
    // Neither the person nor the basis is chosen in advance: adding without them says so and adds nobody.
    const person = page.getByLabel(msg('en', 'youthPage.team.person'));
    const basis = page.getByLabel(msg('en', 'youthPage.team.basis'));
    await person.waitFor();
    expect([await person.inputValue(), await basis.inputValue()]).toEqual(['', '']);
    await page.getByRole('button', { name: msg('en', 'youthPage.team.add') }).click();
    await page.getByText(msg('en', 'youthPage.team.personRequired')).waitFor();
    await page.getByText(msg('en', 'youthPage.team.basisRequired')).waitFor();
    expect(await person.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByTestId('care-team-member').count()).toBe(1);
    await expectNoViolations(page);
    await person.selectOption({ label: 'Tom Bradley · Sheriff' });
    await basis.selectOption('protocol_response');
    await page.getByRole('button', { name: msg('en', 'youthPage.team.add') }).click();
    await page.getByTestId('care-team-member').filter({ hasText: 'Tom Bradley' }).waitFor();
    await expectNoViolations(page);
    expect(unexpectedConsoleErrors(problems)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('lists the youth’s screenings with level and author, and shows law enforcement no contact fields', async () => {
    const brief = (await (await clinician.request.get(`${env.harbor.url}/api/v1/instruments`)).json()) as {
      id: string;
      version: number;
      audience: string;
    }[];
    const instrument = brief.find((i) => i.audience === 'brief')!;
    const definition = (await (
      await clinician.request.get(
        `${env.harbor.url}/api/v1/instruments/${instrument.id}/versions/${instrument.version}`,
      )
    ).json()) as { domains: { items: { id: string }[] }[] };
    const answers = Object.fromEntries(definition.domains.flatMap((d) => d.items.map((i) => [i.id, 'no'])));
    await apiPost(env.harbor, clinician, '/api/v1/screenings', {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      youthId,
      answers,
      complete: true,
      idempotencyKey: randomUUID(),
    });
    const page = await clinician.newPage();
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    const screenings = page.getByTestId('youth-screenings');
    await screenings.waitFor();
    const row = await visibleText(screenings.locator('tbody tr').first());
    expect(row).toContain(msg('en', 'screening.level.none'));
    expect(row).toContain('Lucia Ferrer');

    const deputy = await signedIn(DEPUTY);
    await open(deputy.page, `${env.harbor.url}/app/youth/${youthId}`);
    await deputy.page.getByTestId('youth-facts').waitFor();
    expect(await visibleText(deputy.page.getByTestId('youth-facts'))).not.toContain('Van Nuys');
    expect(await visibleText(deputy.page.getByTestId('youth-hidden-classes'))).toContain(
      msg('en', 'youth.fieldClass.contact'),
    );
    await deputy.context.close();
  });

  it('warns of a possible duplicate in another agency, naming only the agency, in Spanish, without axe violations', async () => {
    const { context, page, problems } = await signedIn(SOCIAL_WORKER, 'es');
    await open(page, `${env.harbor.url}/app/youth/new`);
    await page.locator('main h1', { hasText: msg('es', 'youthPage.new.title') }).waitFor();
    await page.getByLabel(msg('es', 'youthPage.field.given')).fill('Monica');
    await page.getByLabel(msg('es', 'youthPage.field.family')).fill('Alvarez Ruiz');
    await page.getByLabel(msg('es', 'youthPage.field.dateOfBirth')).fill('2010-06-14');
    await page.getByRole('button', { name: msg('es', 'youthPage.new.submit') }).click();
    const warning = page.getByTestId('youth-duplicates');
    await warning.waitFor();
    // The agencies on the youth's care team (the clinician's, and the Sheriff added to it): names only.
    expect((await visibleText(page.getByTestId('youth-duplicates-elsewhere'))).split('\n').sort()).toEqual(
      [FIRST_ADMIN.agencyName, 'Sheriff'].sort(),
    );
    const html = await warning.innerHTML();
    expect(html).not.toContain(youthId);
    expect(html).not.toContain('Candy');
    expect(html).not.toContain('Van Nuys');
    await expectNoViolations(page);

    // The same youth page, in Spanish, for someone without need-to-know: not found, with break-glass offered.
    await open(page, `${env.harbor.url}/app/youth/${youthId}`);
    await page.locator('main h1', { hasText: msg('es', 'youthPage.missing.title') }).waitFor();
    await expectNoViolations(page);
    await page
      .getByLabel(msg('es', 'youthPage.breakGlass.reason'))
      .fill('La joven llegó a urgencias de madrugada y no localizo a su equipo de atención.');
    await page.getByRole('button', { name: msg('es', 'youthPage.breakGlass.submit') }).click();
    await page.getByTestId('youth-name').waitFor();
    expect(await visibleText(page.getByTestId('youth-name'))).toBe('Mónica Álvarez Ruiz');
    await expectNoViolations(page);
    expect(
      unexpectedConsoleErrors(problems, [
        { status: 409, path: '/api/v1/youth' },
        { status: 404, path: `/api/v1/youth/${youthId}` },
      ]),
    ).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
    await clinician.close();
    expect(agencyIds.DCFS).toBeTruthy();
  });
});
