// Lighthouse (pinned 12.2.3, Node 20) on the public site's home pages, in its default mobile mode (a mid-range
// phone on a slow 4G connection, simulated), driving the system Chromium. Used by `npm run lighthouse`, by
// `npm run bench` and by e2e/lighthouse.e2e.test.ts; run directly, `node bench/lighthouse.mjs URL` prints JSON.
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The targets (issue 6): performance at least 95, accessibility 100, best practices 100, SEO at least 95. */
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
export const PAGES = ['/en/', '/es/'];

/** Audits each page of `base` (e.g. http://127.0.0.1:8080); returns scores 0-100 and the failing audits. */
export async function auditPages(base, pages = PAGES) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.HARBOR_CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const results = [];
    for (const path of pages) {
      const run = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
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
      results.push({ path, scores, metrics, failing });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

/** The results that miss a target, as lines. */
export function missedTargets(results) {
  return results.flatMap((r) =>
    CATEGORIES.filter((c) => r.scores[c] < TARGETS[c]).map((c) => `${r.path} ${c} ${r.scores[c]} < ${TARGETS[c]}`),
  );
}

export function printResults(results) {
  const header = `${'page'.padEnd(6)}${CATEGORIES.map((c) => c.padStart(16)).join('')}   FCP ms  LCP ms  TBT ms  CLS`;
  process.stdout.write(`\nLighthouse 12.2.3, mobile (simulated slow 4G, 4x CPU slowdown)\n${header}\n`);
  for (const r of results) {
    const cells = CATEGORIES.map((c) => `${r.scores[c]} (>= ${TARGETS[c]})`.padStart(16)).join('');
    const m = r.metrics;
    process.stdout.write(
      `${r.path.padEnd(6)}${cells}   ${String(m.fcpMs).padStart(6)}  ${String(m.lcpMs).padStart(6)}  ${String(m.tbtMs).padStart(6)}  ${m.cls}\n`,
    );
    for (const line of r.failing) process.stdout.write(`      below 1: ${line}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const base = process.argv[2];
  if (!base) {
    process.stderr.write('usage: node bench/lighthouse.mjs http://HOST:PORT\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await auditPages(base))}\n`);
}
