// Lighthouse (pinned 12.2.3, Node 20) in its default mobile mode (a mid-range phone on a slow 4G connection,
// simulated), driving the system Chromium: on the public site's home pages and on the staff app's sign-in page and
// signed-in home. Used by `npm run lighthouse`, by `npm run bench` and by e2e/lighthouse.e2e.test.ts; run directly,
// `node bench/lighthouse.mjs URL [PATH...]` prints JSON (HARBOR_LIGHTHOUSE_RUNS runs of each page, the median
// kept; pages below /app need HARBOR_LIGHTHOUSE_COOKIE, a session's Cookie header).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The public site's targets (issue 6): performance at least 95, accessibility 100, best practices 100, SEO at least 95. */
export const PUBLIC_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
/**
 * The staff app's targets (issue 11): the same but for SEO, which does not apply: robots.txt keeps crawlers out of
 * /sign-in and /app on purpose (Lighthouse counts that as "not crawlable").
 */
export const STAFF_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
export const PUBLIC_PAGES = ['/en/', '/es/'];
/** The staff app's first screens: the sign-in page, and the home after signing in (with a session cookie). */
export const STAFF_PAGES = ['/sign-in', '/app'];
export const PAGES = [...PUBLIC_PAGES, ...STAFF_PAGES];

/** Whether a page needs a session (the signed-in part of the staff app). */
export const signedIn = (path) => path === '/app' || path.startsWith('/app/');
export const targetsFor = (path) => (PUBLIC_PAGES.includes(path) ? PUBLIC_TARGETS : STAFF_TARGETS);

/**
 * How many times the staff app's pages are audited, the median run kept: their performance (the phone's run of a
 * React app, simulated from this machine's own run of it) varies from run to run by a point or two, where the public
 * site's static pages do not.
 */
export const STAFF_RUNS = 5;

/** The run with the median performance score. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return { ...sorted[Math.floor(sorted.length / 2)], runs: runs.map((r) => r.scores.performance) };
}

/**
 * Audits each page of `base` (e.g. http://127.0.0.1:8080) `runs` times and keeps the median run; returns scores
 * 0-100 (and each run's performance), the main timings, the bytes transferred by type and the failing audits.
 * `cookie` (a session's Cookie header) is sent with the signed-in pages.
 */
export async function auditPages(base, pages = PUBLIC_PAGES, { cookie, runs = 1 } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.HARBOR_CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const results = [];
    for (const path of pages) {
      const each = [];
      for (let i = 0; i < runs; i++) each.push(await auditPage(chrome, base, path, cookie));
      results.push(medianRun(each));
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

/** How many times a run that Lighthouse itself could not record (a runtime error such as NO_NAVSTART) is tried. */
const ATTEMPTS = 3;

/** One Lighthouse run of one page in the browser `chrome`. */
async function auditPage(chrome, base, path, cookie) {
  if (signedIn(path) && !cookie) throw new Error(`${path} needs a session cookie`);
  let lhr;
  for (let attempt = 1; ; attempt++) {
    const run = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      ...(signedIn(path) ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    lhr = run.lhr;
    if (!lhr.runtimeError) break;
    // Lighthouse's own failure to record the page ("Please run Lighthouse again"), not a figure of the page.
    if (attempt === ATTEMPTS) {
      throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
  }
  // A signed-in page that shows the sign-in form was not signed in: its figures would be the wrong page's.
  if (signedIn(path) && new URL(lhr.finalDisplayedUrl).pathname !== path) {
    throw new Error(`${path} ended on ${lhr.finalDisplayedUrl}: the session cookie was not accepted`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${c}: ${audit.id} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ''}`),
  );
  const metrics = {
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
  };
  // What the page downloaded, compressed as sent (bytes on the wire, headers included), by resource type.
  const summary = lhr.audits['resource-summary']?.details?.items ?? [];
  const size = (type) => summary.find((item) => item.resourceType === type)?.transferSize ?? 0;
  const bytes = {
    script: size('script'),
    stylesheet: size('stylesheet'),
    font: size('font'),
    total: size('total'),
  };
  return { path, scores, metrics, bytes, failing };
}

/**
 * Starts the built Harbor on SQLite in a scratch folder (a free loopback port), creates its first administrator and
 * signs in, audits every page (PAGES: the public site's once, the staff app's STAFF_RUNS times) and stops it. For `npm run lighthouse`
 * and `npm run bench`.
 */
export async function auditScratchHarbor() {
  const { startPublicSite } = await import('./public-site.bench.mjs');
  const { staffSession } = await import('./staff-session.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'harbor-lighthouse-'));
  const site = await startPublicSite(dir);
  try {
    const { cookie } = await staffSession(site.url, await site.setupToken());
    return [
      ...(await auditPages(site.url, PUBLIC_PAGES)),
      ...(await auditPages(site.url, STAFF_PAGES, { cookie, runs: STAFF_RUNS })),
    ];
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The results that miss a target, as lines. */
export function missedTargets(results) {
  return results.flatMap((r) =>
    Object.entries(targetsFor(r.path))
      .filter(([c, target]) => r.scores[c] < target)
      .map(([c, target]) => `${r.path} ${c} ${r.scores[c]} < ${target}`),
  );
}

const kb = (n) => `${(n / 1024).toFixed(0)}`;

export function printResults(results) {
  const header = `${'page'.padEnd(9)}${CATEGORIES.map((c) => c.padStart(16)).join('')}   FCP ms  LCP ms  TBT ms  CLS    JS KB  CSS KB  all KB`;
  process.stdout.write(`\nLighthouse 12.2.3, mobile (simulated slow 4G, 4x CPU slowdown)\n${header}\n`);
  for (const r of results) {
    const targets = targetsFor(r.path);
    const cells = CATEGORIES.map((c) =>
      (c in targets ? `${r.scores[c]} (>= ${targets[c]})` : `${r.scores[c]}`).padStart(16),
    ).join('');
    const m = r.metrics;
    const b = r.bytes;
    process.stdout.write(
      `${r.path.padEnd(9)}${cells}   ${String(m.fcpMs).padStart(6)}  ${String(m.lcpMs).padStart(6)}  ${String(m.tbtMs).padStart(6)}  ${String(m.cls).padEnd(5)}  ${kb(b.script).padStart(5)}  ${kb(b.stylesheet).padStart(6)}  ${kb(b.total).padStart(6)}\n`,
    );
    if (r.runs.length > 1)
      process.stdout.write(`         performance of each run: ${r.runs.join(', ')} (median shown)\n`);
    for (const line of r.failing) process.stdout.write(`         below 1: ${line}\n`);
  }
  process.stdout.write('(KB: kibibytes transferred, compressed as sent)\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [base, ...paths] = process.argv.slice(2);
  if (!base) {
    process.stderr.write('usage: HARBOR_LIGHTHOUSE_COOKIE=... node bench/lighthouse.mjs http://HOST:PORT [PATH...]\n');
    process.exit(2);
  }
  const cookie = process.env.HARBOR_LIGHTHOUSE_COOKIE;
  const runs = Number(process.env.HARBOR_LIGHTHOUSE_RUNS ?? 1);
  const pages = paths.length > 0 ? paths : cookie ? PAGES : PUBLIC_PAGES;
  process.stdout.write(`${JSON.stringify(await auditPages(base, pages, { cookie, runs }))}\n`);
}
