import { randomUUID } from 'node:crypto';
import {
  harborCseBriefV2,
  harborCseIndicatorsV2,
  type InstrumentDefinition,
  type Locale,
  visibleItemIds,
} from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  apiPost,
  createUserThroughApi,
  type Enrolled,
  FIRST_ADMIN,
  setUpFirstAdministrator,
  signInThroughApi,
} from './support/accounts.js';
import {
  describeViolations,
  newContext,
  open,
  type PageProblems,
  runAxe,
  screenshot,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/**
 * The screening workflow in a real browser, by keyboard only: a brief screening in English for a youth given in the
 * address, the full staff screening in Spanish on a 320 px phone, the crisis step, and a correction. Each result page
 * is compared with what the server stored.
 */
const env = useHarborAndBrowser();

const CLINICIAN: Account = {
  displayName: 'Daniel Okafor',
  email: 'daniel.okafor@dmh.lacounty.example',
  password: 'violet canyon paper lantern',
  agencyName: FIRST_ADMIN.agencyName,
  agencyKind: 'mental_health',
};

let enrolled: Enrolled;

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
  const admin = await newContext(env.browser);
  await signInThroughApi(admin, env.harbor, FIRST_ADMIN);
  const agencies = (await (await admin.request.get(`${env.harbor.url}/api/v1/agencies`)).json()) as {
    id: string;
    name: string;
  }[];
  const dmh = agencies.find((a) => a.name === FIRST_ADMIN.agencyName)!;
  await createUserThroughApi(env.harbor, admin, CLINICIAN, 'clinician', dmh.id);
  await admin.close();
});

async function clinicianContext(options: Parameters<typeof newContext>[1] = {}) {
  const context = await newContext(env.browser, { serviceWorkers: 'block', ...options });
  const problems = await watchContext(context, env.harbor.url);
  enrolled = await signInThroughApi(context, env.harbor, CLINICIAN, enrolled);
  return { context, problems };
}

interface Active {
  type: string;
  value: string;
  checked: boolean;
  item: string | null;
  testId: string | null;
  text: string;
}

const active = (page: Page): Promise<Active> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      type: el?.type ?? '',
      value: el?.value ?? '',
      checked: el?.checked ?? false,
      item: el?.closest('[data-item]')?.getAttribute('data-item') ?? null,
      testId: el?.getAttribute('data-testid') ?? null,
      text: el?.textContent ?? '',
    };
  });

/** Presses Tab until the focused element is what is wanted (checked before the first press too). */
async function tabTo(page: Page, wanted: (a: Active) => boolean, what: string): Promise<Active> {
  for (let i = 0; i < 80; i++) {
    const now = await active(page);
    if (wanted(now)) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

type Planned = string | number | string[] | undefined;

/** Answers one item with the keyboard only: arrows or space in a radio group, space on checkboxes, typing. */
async function answerByKeyboard(page: Page, itemId: string, value: Exclude<Planned, undefined>): Promise<void> {
  const first = await tabTo(page, (a) => a.item === itemId, `item ${itemId}`);
  const item = page.locator(`[data-testid="screening-item"][data-item="${itemId}"]`);
  if (first.type === 'radio') {
    const values = await item
      .locator('input[type=radio]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    let index = values.indexOf(first.value);
    const target = values.indexOf(String(value));
    expect(target, `${itemId} offers ${String(value)}`).toBeGreaterThanOrEqual(0);
    if (index === target) await page.keyboard.press('Space');
    for (; index < target; index++) await page.keyboard.press('ArrowDown');
    for (; index > target; index--) await page.keyboard.press('ArrowUp');
  } else if (first.type === 'checkbox') {
    const wanted = value as string[];
    const count = await item.locator('input[type=checkbox]').count();
    for (let i = 0; i < count; i++) {
      const now = await active(page);
      if (wanted.includes(now.value) !== now.checked) await page.keyboard.press('Space');
      if (i < count - 1) await page.keyboard.press('Tab');
    }
  } else {
    await page.keyboard.type(String(value));
  }
  await expect
    .poll(() => item.evaluate((el) => el.querySelector('input:checked, textarea, input[type=text]') !== null))
    .toBe(true);
}

/** Answers every question shown in the current step, in order (new ones appear as skip logic opens them). */
async function answerStep(page: Page, plan: (itemId: string) => Planned): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    const ids = await page
      .locator('[data-testid="screening-item"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-item')!));
    const next = ids.find((id) => !done.has(id));
    if (next === undefined) return;
    done.add(next);
    const value = plan(next);
    if (value !== undefined) await answerByKeyboard(page, next, value);
  }
}

/** Focuses a radio button by its name and selects it with the space bar. */
async function chooseByKeyboard(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name }).focus();
  await page.keyboard.press('Space');
}

/** Tabs to a button by its name and presses Enter. */
async function pressButton(page: Page, name: string): Promise<void> {
  await tabTo(page, (a) => a.text.trim() === name, `the button "${name}"`);
  await page.keyboard.press('Enter');
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** A plan from a few answers, the rest "no" (yes/no) or "no concern", optional questions left out. */
function planOf(instrument: InstrumentDefinition, answers: Record<string, Planned>) {
  const items = new Map(instrument.domains.flatMap((d) => d.items.map((i) => [i.id, i] as const)));
  return (itemId: string): Planned => {
    if (itemId in answers) return answers[itemId];
    const item = items.get(itemId)!;
    if (item.required === false) return undefined;
    if (item.answer.type === 'yes_no_unknown') return 'no';
    if (item.answer.type === 'concern') return 'none';
    throw new Error(`no plan for ${itemId}`);
  };
}

interface StoredScreening {
  id: string;
  youthId: string | null;
  status: string;
  level: string;
  safety: boolean;
  result: { reasons: { rule: number; itemIds: string[] }[] };
}

/** The result page shows the level and the reasons the server stored. */
async function expectResultMatchesServer(
  page: Page,
  context: BrowserContext,
  locale: Locale,
): Promise<StoredScreening> {
  await page.getByTestId('result-level').waitFor();
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  const response = await context.request.get(`${env.harbor.url}/api/v1/screenings/${id}`);
  expect(response.status()).toBe(200);
  const stored = (await response.json()) as StoredScreening;
  expect(stored.status).toBe('completed');
  expect(await page.getByTestId('result-level').getAttribute('data-level')).toBe(stored.level);
  expect(await visibleText(page.getByTestId('result-level'))).toContain(
    msg(locale, `screening.level.${stored.level}` as Parameters<typeof msg>[1]),
  );
  const shown = await page.getByTestId('result-reason').evaluateAll((els) =>
    els.map((el) => ({
      rule: Number(el.getAttribute('data-rule')),
      itemIds: Array.from(el.querySelectorAll('[data-testid="reason-item"]'), (i) => i.getAttribute('data-item')!),
    })),
  );
  expect(shown).toEqual(stored.result.reasons.map((r) => ({ rule: r.rule, itemIds: r.itemIds })));
  await page.getByTestId('not-proof').waitFor();
  expect(await visibleText(page.getByTestId('not-proof'))).toBe(msg(locale, 'screeningForm.result.notProof'));
  return stored;
}

function expectNoProblems(problems: PageProblems) {
  expect(unexpectedConsoleErrors(problems)).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
}

describe('screening in the browser', () => {
  it('a brief screening in English for a youth, by keyboard: required answers, steps, the result the server stored', async () => {
    const { context, problems } = await clinicianContext();
    const youth = await apiPost<{ id: string }>(env.harbor, context, '/api/v1/youth', {
      legalName: { given: 'Maya', family: 'Serrano' },
      estimatedAge: 15,
    });
    const page = await context.newPage();
    const url = env.harbor.url;

    // The Screenings entry in the navigation, then the start page for this youth (a youth's page links there).
    await open(page, `${url}/app`);
    await page.getByRole('link', { name: msg('en', 'screeningForm.nav'), exact: true }).waitFor();
    await open(page, `${url}/app/screenings/new?youth=${encodeURIComponent(youth.id)}`);
    // The youth is named, with their age, never by the record's id.
    const forYouth = page.getByLabel(msg('en', 'screeningForm.youth.namedAge', { name: 'Maya Serrano', age: 15 }));
    await forYouth.waitFor();
    expect(await forYouth.isChecked()).toBe(true);
    await expectAxeClean(page);
    await chooseByKeyboard(page, harborCseBriefV2.title.en);
    await page.getByRole('button', { name: msg('en', 'screeningForm.start.submit') }).click();

    // Step 1 of 2.
    await page.getByTestId('step-counter').waitFor();
    expect(await visibleText(page.getByTestId('step-counter'))).toBe(
      msg('en', 'screeningForm.step.counter', { current: 1, total: 2 }),
    );
    await expectAxeClean(page);

    // Next without answering: the error summary takes focus and links to each question.
    await pressButton(page, msg('en', 'screeningForm.action.next'));
    await page.getByTestId('error-summary').waitFor();
    expect((await active(page)).testId).toBe('error-summary');
    const entries = page.getByTestId('error-summary').getByRole('link');
    expect(await entries.count()).toBe(harborCseBriefV2.domains[0]!.items.length);
    expect(await visibleText(entries.first())).toBe(
      msg('en', 'screeningForm.errors.entry', {
        question: harborCseBriefV2.domains[0]!.items[0]!.text.en,
        problem: msg('en', 'screening.answer.required'),
      }),
    );
    await expectAxeClean(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await active(page)).item).toBe('away');

    const plan = planOf(harborCseBriefV2, { away: 'yes', 'controlling-adult': 'yes', branding: 'unknown' });
    await answerStep(page, plan);
    await pressButton(page, msg('en', 'screeningForm.action.next'));

    // Step 2: focus is on the step's heading.
    await expect
      .poll(async () => visibleText(page.getByTestId('step-counter')))
      .toBe(msg('en', 'screeningForm.step.counter', { current: 2, total: 2 }));
    expect((await active(page)).testId).toBe('step-heading');
    expect(await page.getByTestId('error-summary').count()).toBe(0);
    await answerStep(page, plan);
    expect(await page.getByTestId('crisis-step').count()).toBe(0);
    await expectAxeClean(page);
    await pressButton(page, msg('en', 'screeningForm.action.complete'));

    const stored = await expectResultMatchesServer(page, context, 'en');
    expect(stored.level).toBe('possible');
    expect(stored.youthId).toBe(youth.id);
    expect(stored.result.reasons[0]!.itemIds).toEqual(['away', 'controlling-adult']);
    expect(await visibleText(page.getByTestId('next-steps'))).toContain(
      msg('en', 'screeningForm.next.possible.consult'),
    );
    // A possible concern never stands between the reporter and the report (PC 11166(i)).
    expect(await visibleText(page.getByTestId('next-steps'))).toContain(msg('en', 'screeningForm.next.ownDuty'));
    expect(
      await page
        .getByTestId('next-steps')
        .getByRole('link', { name: msg('en', 'responseWeb.open.fromScreening') })
        .getAttribute('href'),
    ).toBe(`/app/responses/new?screening=${stored.id}`);
    await expectAxeClean(page);

    // The youth's screenings list it, with its level and who completed it.
    const list = (await (await context.request.get(`${url}/api/v1/youth/${youth.id}/screenings`)).json()) as {
      id: string;
      level: string;
      completedByName: string;
    }[];
    expect(list.map((s) => [s.id, s.level, s.completedByName])).toEqual([
      [stored.id, 'possible', CLINICIAN.displayName],
    ]);

    // A completed screening is read-only; a correction is a new version with a reason.
    expect(await page.locator('main input[type=radio]').count()).toBe(0);
    await page.getByRole('button', { name: msg('en', 'screeningForm.correction.start') }).click();
    await page.getByTestId('step-counter').waitFor();
    await page.locator('#item-away-no').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: msg('en', 'screeningForm.action.next') }).click();
    await page.getByRole('button', { name: msg('en', 'screeningForm.action.complete') }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await visibleText(page.getByTestId('error-summary'))).toContain(
      msg('en', 'screeningForm.correction.reasonRequired'),
    );
    await page.getByLabel(msg('en', 'screeningForm.correction.reasonLabel')).fill('The youth was not away from home.');
    await page.getByRole('button', { name: msg('en', 'screeningForm.action.complete') }).click();
    await page.getByTestId('corrects').waitFor();
    const correction = await expectResultMatchesServer(page, context, 'en');
    expect(correction.level).toBe('none');
    expect(await visibleText(page.getByTestId('corrects'))).toContain('The youth was not away from home.');
    await page.getByRole('link', { name: msg('en', 'screeningForm.correction.original') }).click();
    await page.getByTestId('corrected-by').waitFor();
    expect(await page.getByRole('button', { name: msg('en', 'screeningForm.correction.start') }).count()).toBe(0);

    expectNoProblems(problems);
    await context.close();
  });

  it('the full staff screening in Spanish on a 320 px phone, by keyboard, with skip logic', async () => {
    const { context, problems } = await clinicianContext({
      locale: 'es-US',
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/app/screenings`);
    expect(await visibleText(page.locator('main h1'))).toBe(msg('es', 'screeningForm.list.title'));
    await chooseByKeyboard(page, harborCseIndicatorsV2.title.es);
    await page.getByRole('button', { name: msg('es', 'screeningForm.start.submit') }).click();
    await page.getByTestId('step-counter').waitFor();

    const plan = planOf(harborCseIndicatorsV2, {
      runaway: 'yes',
      'runaway-count': 4,
      'sexual-abuse': 'yes',
      'child-welfare': 'yes',
      'substance-use': 'unknown',
      'older-partner': 'possible',
      'meeting-place': ['online', 'transit'],
      gifts: 'clear',
      phones: 'possible',
      exchange: 'clear',
      'money-taken': 'possible',
      markings: 'clear',
      depression: 'possible',
    });
    const steps = harborCseIndicatorsV2.domains.length;
    for (let step = 1; step <= steps; step++) {
      expect(await visibleText(page.getByTestId('step-counter'))).toBe(
        msg('es', 'screeningForm.step.counter', { current: step, total: steps }),
      );
      expect(await visibleText(page.getByTestId('step-heading'))).toContain(
        harborCseIndicatorsV2.domains[step - 1]!.title.es,
      );
      // The follow-up question is asked only once its gate is answered.
      if (step === 1) expect(await page.locator('[data-item="runaway-count"]').count()).toBe(0);
      await answerStep(page, plan);
      if (step === 1) expect(await page.locator('[data-item="runaway-count"]').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectAxeClean(page);
      if (step === 2) await screenshot(page, 'screening-step-320-es');
      await pressButton(
        page,
        msg('es', step === steps ? 'screeningForm.action.complete' : 'screeningForm.action.next'),
      );
      if (step < steps) {
        await expect
          .poll(async () => visibleText(page.getByTestId('step-counter')))
          .toBe(msg('es', 'screeningForm.step.counter', { current: step + 1, total: steps }));
        expect((await active(page)).testId).toBe('step-heading');
      }
    }

    const stored = await expectResultMatchesServer(page, context, 'es');
    expect(stored.level).toBe('clear');
    expect(stored.youthId).toBeNull();
    expect(await visibleText(page.getByTestId('next-steps'))).toContain(msg('es', 'screeningForm.next.clear.report'));
    expect(await page.getByTestId('next-steps').locator('a[href="tel:+18005404000"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAxeClean(page);
    await screenshot(page, 'screening-result-320-es');

    // It waits under "not linked to a youth yet".
    await open(page, `${env.harbor.url}/app/screenings`);
    await page.getByTestId('server-unlinked').waitFor();
    expect(await page.getByTestId('server-unlinked').locator('a').getAttribute('href')).toBe(
      `/app/screenings/${stored.id}`,
    );
    expectNoProblems(problems);
    await context.close();
  });

  it('shows the crisis step at once when the safety question is answered yes, and keeps it on the result', async () => {
    const { context, problems } = await clinicianContext();
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/app/screenings/new`);
    await chooseByKeyboard(page, harborCseBriefV2.title.en);
    await page.getByRole('button', { name: msg('en', 'screeningForm.start.submit') }).click();
    await page.getByTestId('step-counter').waitFor();
    const plan = planOf(harborCseBriefV2, { 'self-harm': 'yes' });
    await answerStep(page, plan);
    await pressButton(page, msg('en', 'screeningForm.action.next'));
    await page.locator('[data-item="self-harm"]').waitFor();
    expect(await page.getByTestId('crisis-step').count()).toBe(0);

    // "Yes" shows the crisis step at once, beside the question, as an alert; no need to go on.
    await answerByKeyboard(page, 'self-harm', 'yes');
    const crisis = page.getByTestId('crisis-step');
    await crisis.waitFor();
    expect(await crisis.getAttribute('role')).toBe('alert');
    expect(await page.locator('[data-item="self-harm"]').getByTestId('crisis-step').count()).toBe(1);
    const links = await crisis.locator('a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['tel:988', 'sms:988', 'tel:+18008547771']);
    expect(await visibleText(crisis)).toContain('(800) 854-7771');
    await expectAxeClean(page);

    // Another answer takes it away; yes again brings it back.
    await answerByKeyboard(page, 'self-harm', 'no');
    await expect.poll(() => page.getByTestId('crisis-step').count()).toBe(0);
    await page.locator('[data-item="self-harm"] input[value="yes"]').focus();
    await page.keyboard.press('Space');
    await crisis.waitFor();

    await pressButton(page, msg('en', 'screeningForm.action.complete'));
    const stored = await expectResultMatchesServer(page, context, 'en');
    expect(stored.safety).toBe(true);
    await page.getByTestId('crisis-step').waitFor();
    expect(await page.getByTestId('crisis-step').locator('a[href="tel:988"]').count()).toBe(1);
    await expectAxeClean(page);
    expectNoProblems(problems);
    await context.close();
  });

  it('says "not enough information", never "no concern", when most answers are "don\'t know"', async () => {
    const { context, problems } = await clinicianContext();
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/app/screenings/new`);
    await chooseByKeyboard(page, harborCseBriefV2.title.en);
    await page.getByRole('button', { name: msg('en', 'screeningForm.start.submit') }).click();
    await page.getByTestId('step-counter').waitFor();
    const unknown = Object.fromEntries(
      harborCseBriefV2.domains[0]!.items.map((item, n) => [item.id, n < 5 ? 'unknown' : 'no'] as const),
    );
    await answerStep(page, planOf(harborCseBriefV2, unknown));
    await pressButton(page, msg('en', 'screeningForm.action.next'));
    await page.locator('[data-item="self-harm"]').waitFor();
    await answerStep(page, planOf(harborCseBriefV2, {}));
    await pressButton(page, msg('en', 'screeningForm.action.complete'));
    await page.getByTestId('result-level').waitFor();

    // The server stores the level the rules give (none); the page never reads it as "no concern".
    const level = page.getByTestId('result-level');
    expect(await level.getAttribute('data-level')).toBe('none');
    expect(await level.getAttribute('data-information')).toBe('not-enough');
    expect(await visibleText(level)).toContain(msg('en', 'screeningForm.result.notEnoughInformation'));
    expect(await visibleText(level)).not.toContain(msg('en', 'screening.level.none'));
    expect(await visibleText(page.getByTestId('result-unknown-count'))).toBe(
      msg('en', 'screeningForm.result.unknownCount', { unknown: 5, scored: 9 }),
    );
    expect(await visibleText(page.getByTestId('next-steps'))).toContain(
      msg('en', 'screeningForm.next.unknown.learnMore'),
    );
    await expectAxeClean(page);
    // The list of my screenings says the same, never "No concern".
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await open(page, `${env.harbor.url}/app/screenings`);
    const item = page.getByTestId('server-unlinked-list').locator('li', { has: page.locator(`a[href$="/${id}"]`) });
    await item.waitFor();
    expect(await visibleText(item)).toContain(
      msg('en', 'screeningForm.list.level', { level: msg('en', 'screening.level.notEnough') }),
    );
    expect(await visibleText(item)).not.toContain(msg('en', 'screening.level.none'));
    expectNoProblems(problems);
    await context.close();
  });

  it('opens a response from a result below clear concern, in Spanish on a phone: the report is the reporter’s call', async () => {
    const { context, problems } = await clinicianContext({ locale: 'es-MX', viewport: { width: 320, height: 640 } });
    const quiet = Object.fromEntries(visibleItemIds(harborCseBriefV2, {}).map((id) => [id, 'no'] as const));
    const screening = await apiPost<{ id: string; level: string }>(env.harbor, context, '/api/v1/screenings', {
      instrumentId: harborCseBriefV2.id,
      instrumentVersion: harborCseBriefV2.version,
      answers: quiet,
      complete: true,
      idempotencyKey: randomUUID(),
    });
    expect(screening.level).toBe('none');
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/app/screenings/${screening.id}`);
    const next = page.getByTestId('next-steps');
    await next.waitFor();
    expect(await visibleText(next)).toContain(msg('es', 'screeningForm.next.none.suspicion'));
    await expectAxeClean(page);
    await screenshot(page, 'result-none-open-response-320-es');
    await next.getByRole('link', { name: msg('es', 'responseWeb.open.fromScreening') }).click();
    await page.locator('main h1', { hasText: msg('es', 'responseWeb.open.title') }).waitFor();
    await expectAxeClean(page);
    await page.getByRole('button', { name: msg('es', 'responseWeb.open.submit') }).click();
    await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);
    await page.getByTestId('response-step').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAxeClean(page);
    expectNoProblems(problems);
    await context.close();
  });
});
