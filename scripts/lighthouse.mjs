// npm run lighthouse: builds what is missing, starts Harbor (SQLite, a scratch data folder) on a free loopback port,
// runs Lighthouse on the public site's home pages in mobile mode, prints the scores and fails below the targets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ensureChromium, ensureDependencies, ROOT, say } from './setup.mjs';

ensureDependencies();
ensureBuilt();
process.env.HARBOR_CHROMIUM ||= ensureChromium();
const { auditPages, missedTargets, printResults } = await import(
  pathToFileURL(join(ROOT, 'bench', 'lighthouse.mjs')).href
);
const { startPublicSite } = await import(pathToFileURL(join(ROOT, 'bench', 'public-site.bench.mjs')).href);

const dir = mkdtempSync(join(tmpdir(), 'harbor-lighthouse-'));
const site = await startPublicSite(dir);
try {
  say(`running Lighthouse on ${site.url}/en/ and /es/...`);
  const results = await auditPages(site.url);
  printResults(results);
  const missed = missedTargets(results);
  if (missed.length > 0) {
    process.stderr.write(`\nLighthouse targets missed:\n${missed.join('\n')}\n`);
    process.exitCode = 1;
  }
} finally {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
