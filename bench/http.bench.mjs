// GET /readyz through the whole Harbor server (hooks, headers, locale, database ping) against a bare
// Fastify route answering the same JSON, both on loopback, measured alternately in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildApp, buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';
import { compareLoad } from './support.mjs';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);

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

  await compareLoad('GET /readyz vs bare Fastify route', { url: harborUrl }, { url: bareUrl }, DURATION_S);

  await harbor.close();
  await bare.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
