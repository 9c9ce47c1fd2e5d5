// GET /readyz through the whole Harbor server (hooks, headers, locale, database ping) against a bare
// Fastify route answering the same JSON, both on loopback, measured alternately in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp, buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';
import { record } from './support.mjs';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);

function load(url, duration = DURATION_S) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 10, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
  const config = buildConfig({ HARBOR_DATA_DIR: dir });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  const harbor = await buildApp({ config, database, logger: createLogger('silent') });
  const harborUrl = `${await harbor.app.listen({ host: '127.0.0.1', port: 0 })}/readyz`;

  const bare = Fastify();
  bare.get('/readyz', async () => ({ status: 'ok' }));
  const bareUrl = `${await bare.listen({ host: '127.0.0.1', port: 0 })}/readyz`;

  // Warm both up (JIT, caches) before measuring.
  await load(bareUrl, 1);
  await load(harborUrl, 1);
  const results = { harbor: [], bare: [] };
  for (let round = 0; round < 2; round++) {
    results.bare.push(await load(bareUrl));
    results.harbor.push(await load(harborUrl));
  }
  const mean = (list, pick) => list.reduce((sum, r) => sum + pick(r), 0) / list.length;
  for (const r of [...results.harbor, ...results.bare]) {
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`load test saw ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  }
  record(
    'GET /readyz vs bare Fastify route',
    'req/s',
    mean(results.harbor, (r) => r.requests.average),
    mean(results.bare, (r) => r.requests.average),
  );
  record(
    'GET /readyz vs bare Fastify route',
    'p99 ms',
    mean(results.harbor, (r) => r.latency.p99),
    mean(results.bare, (r) => r.latency.p99),
    false,
  );

  await harbor.close();
  await bare.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
