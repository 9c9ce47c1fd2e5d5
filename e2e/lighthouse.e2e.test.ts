import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { harborCseBrief } from '@harbor/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  FIRST_ADMIN,
  setUpFirstAdministrator,
  setUpPeople,
  signInThroughApi,
  testAccount,
} from './support/accounts.js';
import { launchBrowser, newContext, open } from './support/browser.js';
import { startTestHarbor, type TestHarbor } from './support/harbor.js';
import { msg } from './support/messages.js';
import { type Downloads, watchDownloads } from './support/network.js';

const RUNNER = fileURLToPath(new URL('../bench/lighthouse.mjs', import.meta.url));

interface PageResult {
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  /** Each run's performance score (the median run's figures are the others). */
  runs: number[];
  failing: string[];
}

/** Lighthouse on `paths`, `runs` times each, the median run kept (bench/lighthouse.mjs). */
async function lighthouse(harbor: TestHarbor, paths: string[], cookie?: string, runs = 1): Promise<PageResult[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [RUNNER, harbor.url, ...paths], {
    env: {
      ...process.env,
      HARBOR_LIGHTHOUSE_RUNS: String(runs),
      ...(cookie ? { HARBOR_LIGHTHOUSE_COOKIE: cookie } : {}),
    },
    timeout: 390_000,
    maxBuffer: 10 * 1024 * 1024,
  });
  const results = JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as PageResult[];
  expect(results.map((r) => r.path)).toEqual(paths);
  return results;
}

// Lighthouse 12.2.3 in mobile mode (bench/lighthouse.mjs, also `npm run lighthouse`). Accessibility, best practices
// and SEO do not depend on the machine; performance is simulated from the page's own work, which a busy 2-core
// machine can slow down, so those tests may run again.
describe('Lighthouse on the public home pages', () => {
  it('meets the targets: performance >= 95, accessibility 100, best practices 100, SEO >= 95', {
    timeout: 180_000,
    retry: 2,
  }, async () => {
    let harbor: TestHarbor | undefined;
    try {
      harbor = await startTestHarbor();
      for (const r of await lighthouse(harbor, ['/en/', '/es/'])) {
        const detail = `${r.path}: ${JSON.stringify(r.scores)}\n${r.failing.join('\n')}`;
        expect(r.scores.accessibility, detail).toBe(100);
        expect(r.scores['best-practices'], detail).toBe(100);
        expect(r.scores.seo, detail).toBeGreaterThanOrEqual(95);
        expect(r.scores.performance, detail).toBeGreaterThanOrEqual(95);
      }
    } finally {
      await harbor?.stop();
    }
  });
});

/** A complete session of the first administrator, signed in through the API, as a Cookie header. */
async function sessionCookie(harbor: TestHarbor): Promise<string> {
  await setUpFirstAdministrator(harbor);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await signInThroughApi(context, harbor, FIRST_ADMIN);
    return (await context.cookies(harbor.url)).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/**
 * The staff app's performance floor in `npm test`: the target itself (issue 11). On this 2-core machine, busy (load
 * average 5), the median of five runs is 98 on /sign-in and on /app (`npm run lighthouse`, 2026-12-01, runs from 96
 * to 99) since the build runs the app on Preact (packages/web/vite.config.ts): three points of room.
 */
const STAFF_PERFORMANCE_FLOOR = 95;

describe('Lighthouse on the staff app', () => {
  // The median of five runs a page (STAFF_RUNS in bench/lighthouse.mjs), as Lighthouse advises for variance: a
  // single-page app's simulated phone run moves with this machine's load (another test run on its two cores can cost a run 20
  // points), where the public site's static pages do not.
  it(`holds /sign-in and the home after signing in to performance >= ${STAFF_PERFORMANCE_FLOOR}, accessibility and best practices 100`, {
    timeout: 400_000,
    retry: 1,
  }, async () => {
    let harbor: TestHarbor | undefined;
    try {
      harbor = await startTestHarbor();
      const cookie = await sessionCookie(harbor);
      for (const r of await lighthouse(harbor, ['/sign-in', '/app'], cookie, 5)) {
        const detail = `${r.path}: ${JSON.stringify(r.scores)}, runs ${r.runs.join(', ')}\n${r.failing.join('\n')}`;
        console.log(detail);
        expect(r.scores.accessibility, detail).toBe(100);
        expect(r.scores['best-practices'], detail).toBe(100);
        expect(r.scores.performance, detail).toBeGreaterThanOrEqual(STAFF_PERFORMANCE_FLOOR);
      }
    } finally {
      await harbor?.stop();
    }
  });
});

/**
 * What the build measured of the same first load from its manifest, and its budget (packages/web/vite.config.ts,
 * harbor-first-load): here the browser's own downloads are held to that budget.
 */
const FIRST_LOAD = fileURLToPath(new URL('../packages/web/dist/.vite/first-load.json', import.meta.url));

/** Each chunk of the build with its modules (packages/web/vite.config.ts writes it). */
const CHUNKS = fileURLToPath(new URL('../packages/web/dist/.vite/chunks.json', import.meta.url));

/**
 * What the sign-in page must not load: another feature's pages (its declaration, feature.ts, makes the routes and
 * the menu), the offline layer (the device's storage and the queue), the screening engine and the protocol (but for its
 * clock).
 */
const NOT_FOR_SIGN_IN = [
  /^packages\/web\/src\/features\/(?!sign-in\/)[^/]+\/(?!feature\.ts$)/,
  /^packages\/web\/src\/offline\//,
  /^node_modules\/idb\//,
  // The protocol's definitions and engine; its clock (the county's time zone, which the header names, and the wall
  // times read in it) is shared.
  /^packages\/core\/src\/(screening\/|protocol\/(?!clock\.ts$|wall-time\.ts$))/,
];

/** Waits until the page has rendered `heading` and no request of it is still running. */
async function settled(page: Page, downloads: Downloads, heading: string): Promise<void> {
  await page.locator('main h1', { hasText: heading }).waitFor();
  await downloads.idle();
}

/** A deputy in the field: signs in on a phone and starts a brief screening. */
const DEPUTY = testAccount('Marcus Lee', 'marcus.lee@lasd.lacounty.example', "Sheriff's Department", 'sheriff');

describe("the staff app's first load on a phone", () => {
  it('sign-in, the home and the brief screen download at most 150 KB of JavaScript, all of it compressed', {
    timeout: 120_000,
  }, async () => {
    let harbor: TestHarbor | undefined;
    const browser = await launchBrowser();
    try {
      harbor = await startTestHarbor();
      await setUpPeople(harbor, browser, [{ account: DEPUTY, role: 'law_enforcement' }]);
      const enrolling = await newContext(browser);
      const enrolled = await signInThroughApi(enrolling, harbor, DEPUTY);
      await enrolling.close();

      // A phone that has never opened Harbor: no cache, and no service worker (whose download of the whole app for
      // offline use comes after the first screens and is not what they wait for).
      const context = await newContext(browser, {
        serviceWorkers: 'block',
        viewport: { width: 412, height: 823 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const downloads = await watchDownloads(page);

      await open(page, `${harbor.url}/sign-in`);
      await settled(page, downloads, msg('en', 'signIn.heading'));
      const signIn = downloads.scripts();

      await page.getByLabel(msg('en', 'signIn.email.label')).fill(DEPUTY.email);
      await page.getByLabel(msg('en', 'signIn.password.label'), { exact: true }).fill(DEPUTY.password);
      await page.getByRole('button', { name: msg('en', 'signIn.submit'), exact: true }).click();
      await page.getByLabel(msg('en', 'signIn.code.label')).fill(await enrolled.authenticator.code());
      await page.getByRole('button', { name: msg('en', 'signIn.code.submit'), exact: true }).click();
      await page.waitForURL(`${harbor.url}/app`);
      await settled(page, downloads, '');
      const home = downloads.scripts();

      // The brief screen: the screening form of the brief instrument, reached from the menu as a user would.
      await page.getByRole('button', { name: msg('en', 'shell.menu.open') }).click();
      await page.getByRole('link', { name: msg('en', 'screeningForm.nav'), exact: true }).click();
      await page.getByRole('radio', { name: harborCseBrief.title.en }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: msg('en', 'screeningForm.start.submit') }).click();
      await page.getByTestId('step-counter').waitFor();
      await downloads.idle();
      const brief = downloads.scripts();

      const line = (what: string, s: typeof brief) =>
        `${what}: ${s.bytes} bytes of JavaScript in ${s.files.length} files (${s.wireBytes} with the headers)`;
      const report = [
        line('sign-in', signIn),
        line('+ home', home),
        line('+ brief screen', brief),
        ...brief.files.map((f) => `  ${f.bytes} ${f.encoding} ${f.path}`),
      ].join('\n');
      console.log(report);

      // The sign-in page's scripts hold none of what it does not need.
      const chunks = JSON.parse(readFileSync(CHUNKS, 'utf8')) as Record<string, string[]>;
      const unneeded = signIn.files.flatMap((f) =>
        (chunks[f.path.slice(1)] ?? [])
          .filter((m) => NOT_FOR_SIGN_IN.some((p) => p.test(m)))
          .map((m) => `${f.path}: ${m}`),
      );
      expect(unneeded).toEqual([]);
      expect(signIn.files.filter((f) => f.path.startsWith('/assets/') && !chunks[f.path.slice(1)])).toEqual([]);

      expect(
        brief.files.filter((f) => f.encoding !== 'br').map((f) => f.path),
        report,
      ).toEqual([]);
      const { budget } = JSON.parse(readFileSync(FIRST_LOAD, 'utf8')) as { budget: number };
      expect(budget).toBe(150 * 1024);
      expect(brief.bytes, report).toBeLessThanOrEqual(budget);
      await context.close();
    } finally {
      await browser.close();
      await harbor?.stop();
    }
  });
});
