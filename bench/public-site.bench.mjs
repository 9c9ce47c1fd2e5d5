// GET /en/ (the public site's home page, brotli) through the whole Harbor server against a bare Fastify route
// sending the same bytes, both on loopback, measured alternately in the same run. Also starts the site for
// `npm run lighthouse`.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { createSetupLink } from '../packages/server/dist/identity/one-time-links.js';
import { buildApp, buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';
import { compareLoad } from './support.mjs';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Harbor on SQLite in `dir`, listening on a free loopback port that is also its public address. `setupToken()` makes
 * a one-time set-up link's token (as `harbor serve` prints on an empty database), to create the first administrator.
 */
export async function startPublicSite(dir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = buildConfig({ HARBOR_DATA_DIR: dir, HARBOR_PORT: String(port), HARBOR_PUBLIC_URL: url });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  const harbor = await buildApp({ config, database, logger: createLogger('silent') });
  await harbor.app.listen({ host: '127.0.0.1', port });
  return {
    url,
    setupToken: () => createSetupLink(database.db),
    async close() {
      await harbor.close();
      await database.close();
    },
  };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
  const site = await startPublicSite(dir);
  const headers = { 'accept-encoding': 'br' };
  const page = await fetch(`${site.url}/en/`, { headers });
  const body = Buffer.from(await page.arrayBuffer());

  const bare = Fastify();
  bare.get('/en/', (_request, reply) => reply.type('text/html; charset=utf-8').send(body));
  const bareUrl = `${await bare.listen({ host: '127.0.0.1', port: 0 })}/en/`;

  await compareLoad(
    'GET /en/ public page vs bare route, same bytes',
    { url: `${site.url}/en/`, headers },
    { url: bareUrl },
    DURATION_S,
  );

  await site.close();
  await bare.close();
  rmSync(dir, { recursive: true, force: true });
}
