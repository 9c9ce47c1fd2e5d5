// npm run bench: builds, then runs every benchmark under bench/ and prints each figure beside a
// baseline measured in the same run. Loopback only; each benchmark is bounded in time.
// npm run bench -- soak: the mixed-workload soak alone (bench/soak.bench.mjs), for HARBOR_SOAK_SECONDS (300 s).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ensureChromium, ensureDependencies, ensurePostgres, ROOT, say } from './setup.mjs';

ensureDependencies();
ensureBuilt();
process.env.HARBOR_TEST_POSTGRES_URL = await ensurePostgres();

const soakOnly = process.argv.slice(2).includes('soak');
if (soakOnly) process.env.HARBOR_SOAK_SECONDS ??= '300';
const files = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs') && (!soakOnly || f === 'soak.bench.mjs'))
  .sort();
for (const file of files) {
  say(`running bench/${file}...`);
  const module = await import(pathToFileURL(join(ROOT, 'bench', file)).href);
  await module.run();
}
const { printTable } = await import(pathToFileURL(join(ROOT, 'bench', 'support.mjs')).href);
printTable();
if (soakOnly) process.exit(0);

// The Lighthouse scores of the public site and the staff app (absolute figures with their targets, not ratios).
process.env.HARBOR_CHROMIUM ||= ensureChromium();
const { auditScratchHarbor, printResults } = await import(pathToFileURL(join(ROOT, 'bench', 'lighthouse.mjs')).href);
printResults(await auditScratchHarbor());
