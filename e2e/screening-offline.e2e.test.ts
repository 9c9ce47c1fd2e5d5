import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Answers,
  harborCseBriefV2,
  harborCseIndicatorsV2,
  type InstrumentDefinition,
  scoreScreening,
  visibleItemIds,
} from '@harbor/core';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { RETRY_MS } from '../packages/web/src/reconnect.js';
import {
  type Account,
  apiPost,
  createUserThroughApi,
  csrfOf,
  type Enrolled,
  FIRST_ADMIN,
  setUpFirstAdministrator,
  signInThroughApi,
} from './support/accounts.js';
import {
  newContext,
  open,
  type PageProblems,
  pageTasksRun,
  unexpectedConsoleErrors,
  visibleText,
  watchContext,
} from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

/**
 * Screening in the field: the form opens, completes and scores with the network cut; the screening waits in
 * IndexedDB, encrypted, survives a closed tab, and is sent exactly once when the network returns. Signing out with
 * unsent work warns, and leaves nothing on the device. A draft changed elsewhere is shown as a conflict, never
 * overwritten; the server's field errors land in the form's error summary.
 */
const env = useHarborAndBrowser();

const CLINICIAN: Account = {
  displayName: 'Rosa Delgado',
  email: 'rosa.delgado@dmh.lacounty.example',
  password: 'amber lighthouse winter fern',
  agencyName: FIRST_ADMIN.agencyName,
  agencyKind: 'mental_health',
};

/** Free text typed into the screening: it must never be readable in the browser's storage. */
const MARKER = 'MARKER-q7Zx: met an older man at the bus station';
const DIST_ASSETS = fileURLToPath(new URL('../packages/web/dist/assets', import.meta.url));

let enrolled: Enrolled;

beforeAll(async () => {
  await setUpFirstAdministrator(env.harbor);
  const admin = await newContext(env.browser);
  await signInThroughApi(admin, env.harbor, FIRST_ADMIN);
  const agencies = (await (await admin.request.get(`${env.harbor.url}/api/v1/agencies`)).json()) as {
    id: string;
    name: string;
  }[];
  await createUserThroughApi(
    env.harbor,
    admin,
    CLINICIAN,
    'clinician',
    agencies.find((a) => a.name === FIRST_ADMIN.agencyName)!.id,
  );
  await admin.close();
});

/** Answers by the plan: a few given, the rest "no" or "no concern", optional questions left out. */
function planOf(instrument: InstrumentDefinition, given: Answers): Answers {
  const answers: Answers = {};
  for (;;) {
    const before = JSON.stringify(answers);
    for (const id of visibleItemIds(instrument, answers)) {
      const item = instrument.domains.flatMap((d) => d.items).find((i) => i.id === id)!;
      if (id in given) answers[id] = given[id]!;
      else if (item.required === false) continue;
      else answers[id] = item.answer.type === 'yes_no_unknown' ? 'no' : 'none';
    }
    if (JSON.stringify(answers) === before) return answers;
  }
}

/** Fills every step of the form with the answers (by clicking), then completes it. */
async function fillAndComplete(page: Page, instrument: InstrumentDefinition, answers: Answers): Promise<void> {
  const items = new Map(instrument.domains.flatMap((d) => d.items.map((i) => [i.id, i] as const)));
  const steps = instrument.domains.length;
  for (let step = 1; step <= steps; step++) {
    await page
      .getByTestId('step-counter')
      .filter({ hasText: msg('en', 'screeningForm.step.counter', { current: step, total: steps }) })
      .waitFor();
    const done = new Set<string>();
    for (;;) {
      const ids = await page
        .locator('[data-testid="screening-item"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-item')!));
      const next = ids.find((id) => !done.has(id));
      if (next === undefined) break;
      done.add(next);
      const value = answers[next];
      if (value === undefined) continue;
      const type = items.get(next)!.answer.type;
      if (type === 'text' || type === 'number') await page.locator(`#item-${next}`).fill(String(value));
      else await page.locator(`label[for="item-${next}-${String(value)}"]`).click();
    }
    await page
      .getByRole('button', {
        name: msg('en', step === steps ? 'screeningForm.action.complete' : 'screeningForm.action.next'),
      })
      .click();
  }
}

async function startScreening(page: Page, instrument: InstrumentDefinition): Promise<void> {
  await page.getByRole('radio', { name: instrument.title.en }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: msg('en', 'screeningForm.start.submit') }).click();
  await page.getByTestId('step-counter').waitFor();
}

interface Dump {
  names: string[];
  records: string[];
  recordFields: string[][];
  keys: { type: string; extractable: boolean; algorithm: string; usages: string[] }[];
}

/** Everything in the app's IndexedDB as the browser stores it (binary shown as text), read from the page. */
function dumpStorage(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    if (!names.includes('harbor-offline')) return { names, records: [], recordFields: [], keys: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('harbor-offline');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const has = (store: string) => db.objectStoreNames.contains(store);
    const records = (has('records') ? await all('records') : []) as Record<string, unknown>[];
    const keys = (has('keys') ? await all('keys') : []) as CryptoKey[];
    db.close();
    const bytes = (value: unknown) =>
      value instanceof ArrayBuffer
        ? new TextDecoder('latin1').decode(value)
        : ArrayBuffer.isView(value)
          ? new TextDecoder('latin1').decode(value)
          : value;
    return {
      names,
      records: records.map((r) => JSON.stringify(r, (_k, v) => bytes(v))),
      recordFields: records.map((r) => Object.keys(r).sort()),
      keys: keys.map((k) => ({
        type: k.type,
        extractable: k.extractable,
        algorithm: k.algorithm.name,
        usages: [...k.usages].sort(),
      })),
    };
  });
}

/** Console errors other than the failed requests of a browser that is offline on purpose. */
function unexpectedErrors(problems: PageProblems): string[] {
  return unexpectedConsoleErrors(problems).filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e));
}

interface Summary {
  id: string;
  instrumentId: string;
  status: string;
  level: string | null;
  youthId: string | null;
}

async function myOpenScreenings(context: BrowserContext): Promise<Summary[]> {
  return (await (await context.request.get(`${env.harbor.url}/api/v1/screenings`)).json()) as Summary[];
}

describe('screening offline', () => {
  let context: BrowserContext;
  let problems: PageProblems;

  it('completes and scores a screening with the network cut, keeps it encrypted across a closed tab, sends it once', async () => {
    const url = env.harbor.url;
    // No language override: Playwright's would reach the page's requests but not the service worker's, and the
    // server's files vary on Accept-Language, so precached files would not match (a browser sends the same to both).
    context = await newContext(env.browser, { locale: undefined });
    problems = await watchContext(context, url);
    enrolled = await signInThroughApi(context, env.harbor, CLINICIAN);
    let page = await context.newPage();

    // Online once: the service worker installs and takes the page; the screenings page keeps the instruments.
    await open(page, `${url}/app/screenings`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('radio', { name: harborCseIndicatorsV2.title.en }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const urls: string[] = [];
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
          }
          return urls;
        }),
      )
      .toEqual(
        expect.arrayContaining(
          readdirSync(DIST_ASSETS)
            .filter((file) => /\.(js|css)$/.test(file))
            .map((file) => `/assets/${file}`),
        ),
      );

    // Load the form, then cut the network and complete it.
    await startScreening(page, harborCseIndicatorsV2);
    await context.setOffline(true);
    await page.getByTestId('offline-notice').waitFor();
    const answers = planOf(harborCseIndicatorsV2, {
      runaway: 'yes',
      'sexual-abuse': 'yes',
      'older-partner': 'clear',
      gifts: 'possible',
      markings: 'possible',
      observations: MARKER,
    });
    expect(answers.observations).toBe(MARKER);
    await fillAndComplete(page, harborCseIndicatorsV2, answers);

    // The score, computed in the browser by the core engine, marked as not yet sent.
    await page.getByTestId('not-sent').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/screenings\/local\//);
    const expected = scoreScreening(harborCseIndicatorsV2, answers);
    expect(await page.getByTestId('result-level').getAttribute('data-level')).toBe(expected.level);
    expect(
      await page
        .getByTestId('result-reason')
        .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-rule')))),
    ).toEqual(expected.reasons.map((r) => r.rule));
    expect(await visibleText(page.getByTestId('record-status'))).toBe(msg('en', 'screeningForm.status.waiting'));

    // What the browser stores: ciphertext under a key it will not export; no answer readable.
    const stored = await dumpStorage(page);
    expect(stored.records).toHaveLength(1);
    expect(stored.recordFields).toEqual([['data', 'id', 'iv', 'owner', 'updatedAt']]);
    for (const text of ['MARKER-q7Zx', 'bus station', 'observations', 'older-partner', 'runaway']) {
      expect(stored.records[0]).not.toContain(text);
    }
    expect(stored.keys).toEqual([
      { type: 'secret', extractable: false, algorithm: 'AES-GCM', usages: ['decrypt', 'encrypt'] },
    ]);

    // Close the tab; a new one, still offline, finds the screening waiting. Its clock is the test's: the app tries
    // Harbor again every RETRY_MS, and the test moves that on rather than waiting for it.
    await page.close();
    page = await context.newPage();
    await page.clock.install();
    const posts: { key: string; body: string }[] = [];
    const answered: number[] = [];
    context.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/screenings') {
        const body = request.postData() ?? '';
        posts.push({ key: (JSON.parse(body) as { idempotencyKey: string }).idempotencyKey, body });
      }
    });
    context.on('response', (response) => {
      const request = response.request();
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/screenings') {
        answered.push(response.status());
      }
    });
    await open(page, `${url}/app/screenings`);
    await page.getByTestId('server-unavailable').waitFor();
    await page.getByTestId('device-record').waitFor();
    expect(await visibleText(page.getByTestId('device-record-status'))).toBe(msg('en', 'screeningForm.status.waiting'));
    expect(answered).toEqual([]);

    // The network returns: the queue is sent, once, and the record leaves the device's list. Whether an `online`
    // event comes is the browser's say (a page loaded without a network may have navigator.onLine true all along,
    // as Chromium 150's emulation does, and as a phone on a Wi-Fi that does not reach Harbor does): the app's next
    // try, a RETRY_MS later, must send it all the same.
    await context.setOffline(false);
    await pageTasksRun(page);
    await page.clock.fastForward(RETRY_MS);
    await expect.poll(() => page.getByTestId('device-record').count(), { timeout: 20_000 }).toBe(0);
    const sent = (await myOpenScreenings(context)).filter((s) => s.instrumentId === harborCseIndicatorsV2.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 'completed', level: expected.level, youthId: null });
    expect(answered).toEqual([201]);
    expect(new Set(posts.map((p) => p.key)).size).toBe(1);

    // The server knows the key: the same submission again is the same screening, not a second one.
    const again = await apiPost<{ id: string }>(
      env.harbor,
      context,
      '/api/v1/screenings',
      JSON.parse(posts[0]!.body),
      200,
    );
    expect(again.id).toBe(sent[0]!.id);
    expect((await myOpenScreenings(context)).filter((s) => s.instrumentId === harborCseIndicatorsV2.id)).toHaveLength(
      1,
    );

    // Its result page is the server's, and the browser keeps no readable copy.
    await open(page, `${url}/app/screenings/${sent[0]!.id}`);
    await page.getByTestId('result-level').waitFor();
    for (const record of (await dumpStorage(page)).records) expect(record).not.toContain('MARKER-q7Zx');

    expect(unexpectedErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.close();
  });

  it('warns before signing out with unsent work, then deletes the key and every record', async () => {
    const url = env.harbor.url;
    const page = await context.newPage();
    await open(page, `${url}/app/screenings`);
    await page.getByRole('radio', { name: harborCseBriefV2.title.en }).waitFor();
    await context.setOffline(true);

    // One completed screening and one saved draft wait to be sent.
    await open(page, `${url}/app/screenings/new`);
    await page.getByTestId('instruments-from-device').waitFor();
    await startScreening(page, harborCseBriefV2);
    await fillAndComplete(page, harborCseBriefV2, planOf(harborCseBriefV2, { away: 'yes' }));
    await page.getByTestId('not-sent').waitFor();
    await open(page, `${url}/app/screenings/new`);
    await startScreening(page, harborCseBriefV2);
    await page.locator('label[for="item-away-no"]').click();
    await page.getByRole('button', { name: msg('en', 'screeningForm.action.saveDraft') }).click();
    await page.getByTestId('saved-device').waitFor();

    // Sign out: a confirmation names how many wait; cancelling keeps everything.
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const signOut = page.getByRole('button', { name: msg('en', 'shell.account.signOut'), exact: true });
    await signOut.click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toBe(msg('en', 'screeningForm.signOut.confirm', { count: 2 }));
    await signOut.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/screenings\/edit\//);
    expect((await dumpStorage(page)).records.length).toBeGreaterThanOrEqual(2);

    // Confirming signs out and leaves nothing: no database, no key, no record.
    page.once('dialog', (dialog) => void dialog.accept());
    await signOut.click();
    await page.waitForURL(`${url}/sign-in`);
    // Only the names while the deletion may still run: opening the database to read it (dumpStorage) would wait for
    // the deletion and then create it again, empty.
    await expect
      .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
      .not.toContain('harbor-offline');
    const after = await dumpStorage(page);
    expect(after.records).toEqual([]);
    expect(after.keys).toEqual([]);

    expect(unexpectedErrors(problems)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});

describe('screening conflicts and refusals', () => {
  it('shows a draft changed elsewhere side by side and lets the user keep theirs', async () => {
    const url = env.harbor.url;
    const context = await newContext(env.browser, { serviceWorkers: 'block' });
    const problems = await watchContext(context, url);
    enrolled = await signInThroughApi(context, env.harbor, CLINICIAN, enrolled);
    const page = await context.newPage();
    await open(page, `${url}/app/screenings/new`);
    await startScreening(page, harborCseBriefV2);
    await page.locator('label[for="item-away-yes"]').click();
    await page.getByRole('button', { name: msg('en', 'screeningForm.action.saveDraft') }).click();
    await page.getByTestId('saved-server').waitFor();

    // Meanwhile the draft is saved from somewhere else with another answer.
    const draft = (await myOpenScreenings(context)).find((s) => s.status === 'draft')!;
    const server = (await (await context.request.get(`${url}/api/v1/screenings/${draft.id}`)).json()) as {
      version: number;
    };
    const changed = await context.request.put(`${url}/api/v1/screenings/${draft.id}`, {
      headers: { 'x-csrf-token': await csrfOf(env.harbor, context) },
      data: { answers: { away: 'no', offers: 'yes' }, version: server.version, complete: false },
    });
    expect(changed.status()).toBe(200);

    // Saving here again: a 409, shown as a conflict with both versions; nothing is overwritten.
    await page.locator('label[for="item-branding-yes"]').click();
    await page.getByRole('button', { name: msg('en', 'screeningForm.action.saveDraft') }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    const rows = await conflict
      .getByTestId('conflict-row')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-item'),
          el.querySelector('[data-testid="conflict-mine"]')!.textContent,
          el.querySelector('[data-testid="conflict-server"]')!.textContent,
        ]),
      );
    expect(rows).toEqual([
      ['away', msg('en', 'screening.answer.yes'), msg('en', 'screening.answer.no')],
      ['offers', msg('en', 'screeningForm.answer.none'), msg('en', 'screening.answer.yes')],
      ['branding', msg('en', 'screening.answer.yes'), msg('en', 'screeningForm.answer.none')],
    ]);
    const onServer = async () =>
      ((await (await context.request.get(`${url}/api/v1/screenings/${draft.id}`)).json()) as { answers: Answers })
        .answers;
    expect(await onServer()).toEqual({ away: 'no', offers: 'yes' });

    // Keep mine: sent against the server's version.
    await page.getByRole('button', { name: msg('en', 'screeningForm.conflict.keepMine') }).click();
    await expect.poll(onServer).toEqual({ away: 'yes', branding: 'yes' });
    await page.getByTestId('saved-server').waitFor();
    expect(await page.getByTestId('conflict').count()).toBe(0);
    expect(unexpectedConsoleErrors(problems, [{ status: 409, path: `/api/v1/screenings/${draft.id}` }])).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('puts the server’s field errors in the error summary, linked to the question', async () => {
    const url = env.harbor.url;
    const context = await newContext(env.browser, { serviceWorkers: 'block' });
    const problems = await watchContext(context, url);
    enrolled = await signInThroughApi(context, env.harbor, CLINICIAN, enrolled);
    const page = await context.newPage();
    await open(page, `${url}/app/screenings/new`);
    await startScreening(page, harborCseBriefV2);
    // An answer the instrument does not allow reaches the server (as from an outdated app): it refuses, per field.
    await page.route('**/api/v1/screenings', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { answers: Answers };
      await route.continue({ postData: JSON.stringify({ ...body, answers: { ...body.answers, away: 'maybe' } }) });
    });
    await fillAndComplete(page, harborCseBriefV2, planOf(harborCseBriefV2, {}));
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const link = summary.getByRole('link');
    expect(await visibleText(link)).toBe(
      msg('en', 'screeningForm.errors.entry', {
        question: harborCseBriefV2.domains[0]!.items[0]!.text.en,
        problem: msg('en', 'screening.answer.not_allowed'),
      }),
    );
    await page.unroute('**/api/v1/screenings');
    // The link goes back to the question's step and puts focus on it.
    await link.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-item]')?.getAttribute('data-item')))
      .toBe('away');
    expect(await visibleText(page.locator('[data-item="away"] .usa-error-message'))).toBe(
      msg('en', 'screening.answer.not_allowed'),
    );
    expect(unexpectedConsoleErrors(problems, [{ status: 400, path: '/api/v1/screenings' }])).toEqual([]);
    await context.close();
  });
});
