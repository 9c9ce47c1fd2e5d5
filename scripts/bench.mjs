// npm run bench: builds, then runs every benchmark under bench/ and prints each figure beside a
// baseline measured in the same run. Loopback only; each benchmark is bounded in time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ensureDependencies, ensurePostgres, ROOT, say } from './setup.mjs';

ensureDependencies();
ensureBuilt();
process.env.HARBOR_TEST_POSTGRES_URL = await ensurePostgres();

const files = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
for (const file of files) {
  say(`running bench/${file}...`);
  const module = await import(pathToFileURL(join(ROOT, 'bench', file)).href);
  await module.run();
}
const { printTable } = await import(pathToFileURL(join(ROOT, 'bench', 'support.mjs')).href);
printTable();
