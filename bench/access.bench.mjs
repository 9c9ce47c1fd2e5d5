// The cost of need-to-know and the audit trail: GET /api/v1/youth/:id (session lookup, role permission,
// care-team check, and a youth.read audit entry written durably) against a route that reads the same row
// with no session, no access check and no audit, in the same server, at 1, 10 and 50 connections, on SQLite and on
// PostgreSQL (a fresh database each). Loopback, bounded in time.
import { PUBLIC } from '../packages/server/dist/http/access.js';
import { benchHarbor, CONNECTIONS, createYouth, DURATION_S, ENGINES } from './fixture.mjs';
import { compareLoad } from './support.mjs';

/** The baseline: the same row, read by the same server, with no session, access check or audit entry. */
function bareRead(app, database) {
  app.get('/bench/youth/:id', { config: { access: PUBLIC } }, async (request) =>
    database.db.selectFrom('youth').selectAll().where('id', '=', request.params.id).executeTakeFirstOrThrow(),
  );
}

export async function run() {
  for (const { dialect, label } of ENGINES) {
    const bench = await benchHarbor(dialect, bareRead);
    try {
      const id = await createYouth(bench.base, bench.headers);
      for (const connections of CONNECTIONS) {
        await compareLoad(
          `youth read vs bare read, ${label}, ${connections} conn`,
          { url: `${bench.base}/api/v1/youth/${id}`, headers: bench.headers },
          { url: `${bench.base}/bench/youth/${id}` },
          DURATION_S,
          { connections },
        );
      }
    } finally {
      await bench.close();
    }
  }
}
