// npm test: installs what is missing, builds, finds or starts PostgreSQL and Chromium, checks types
// and style, then runs every test (unit, database on SQLite and PostgreSQL, browser).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ensureChromium, ensureDependencies, ensurePostgres, ROOT, run, say } from './setup.mjs';

ensureDependencies();
ensureBuilt();
const postgresUrl = await ensurePostgres();
const chromium = ensureChromium();

say('checking style (biome) and types (tsc)...');
if (run('npx', ['biome', 'ci', '.']) !== 0) process.exit(1);
if (run('npm', ['run', '--silent', 'typecheck']) !== 0) process.exit(1);

const results = join(ROOT, '.test-results');
mkdirSync(results, { recursive: true });
const status = run(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(results, 'vitest.json')}`,
    ...process.argv.slice(2),
  ],
  { env: { ...process.env, HARBOR_TEST_POSTGRES_URL: postgresUrl, HARBOR_CHROMIUM: chromium } },
);

try {
  const report = JSON.parse(readFileSync(join(results, 'vitest.json'), 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  process.stdout.write(
    `\ntests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`,
  );
  if (report.numTotalTests === 0) process.exit(1);
} catch {
  process.stdout.write('\ntests: the runner wrote no report\n');
  process.exit(status || 1);
}
process.exit(status);
