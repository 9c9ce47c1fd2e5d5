// GET /readyz through the whole Harbor server (hooks, headers, locale, database ping) against a bare Fastify route
// that does the same work (`select 1` through the same HarborDatabase.ping(), on the same database), both on
// loopback, measured alternately in the same run, at 10 connections, on SQLite and on PostgreSQL.
import Fastify from 'fastify';
import { benchHarbor, DURATION_S, ENGINES } from './fixture.mjs';
import { compareLoad } from './support.mjs';

export async function run() {
  for (const { dialect, label } of ENGINES) {
    const bench = await benchHarbor(dialect);
    const bare = Fastify();
    try {
      bare.get('/readyz', async () => {
        await bench.database.ping();
        return { status: 'ok' };
      });
      const bareUrl = `${await bare.listen({ host: '127.0.0.1', port: 0 })}/readyz`;
      await compareLoad(
        `GET /readyz vs bare Fastify route with the same ping, ${label}, 10 conn`,
        { url: `${bench.base}/readyz` },
        { url: bareUrl },
        DURATION_S,
        { connections: 10 },
      );
    } finally {
      await bare.close();
      await bench.close();
    }
  }
}
