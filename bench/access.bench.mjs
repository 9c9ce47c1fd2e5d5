// The cost of need-to-know and the audit trail: GET /api/v1/youth/:id (session lookup, role permission,
// care-team check, and a youth.read audit entry written durably) against a route that reads the same row
// with no session, no access check and no audit, in the same server, on SQLite. Loopback, bounded in time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createAgency, createUser } from '../packages/server/dist/auth/accounts.js';
import { createSession } from '../packages/server/dist/auth/sessions.js';
import { PUBLIC } from '../packages/server/dist/http/access.js';
import { buildApp, buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';
import { record } from './support.mjs';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 10, duration: DURATION_S, ...options }, (error, result) => {
      if (error) reject(error);
      else if (result.non2xx > 0 || result.errors > 0)
        reject(new Error(`${result.non2xx} non-2xx, ${result.errors} errors`));
      else resolve(result);
    });
  });
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
  const config = buildConfig({ HARBOR_DATA_DIR: dir });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  const agency = await createAgency(database.db, { name: 'DMH', kind: 'mental_health' });
  const user = await createUser(database.db, {
    agencyId: agency.id,
    email: 'bench@county.example',
    displayName: 'Bench',
    role: 'clinician',
    passwordHash: null,
  });
  const { token } = await createSession(database.db, { userId: user.id, stage: 'active' });
  const harbor = await buildApp({ config, database, logger: createLogger('silent') });
  // The baseline: the same row, read by the same server, with no session, access check or audit entry.
  harbor.app.get('/bench/youth/:id', { config: { access: PUBLIC } }, async (request) =>
    database.db.selectFrom('youth').selectAll().where('id', '=', request.params.id).executeTakeFirstOrThrow(),
  );
  const base = await harbor.app.listen({ host: '127.0.0.1', port: 0 });
  const headers = { cookie: `harbor=${token}` };
  const created = await fetch(`${base}/api/v1/youth`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': await csrf(base, headers) },
    body: '{}',
  });
  const { id } = await created.json();

  const guarded = { url: `${base}/api/v1/youth/${id}`, headers };
  const bare = { url: `${base}/bench/youth/${id}` };
  await load({ ...bare, duration: 1 });
  await load({ ...guarded, duration: 1 });
  const results = { guarded: [], bare: [] };
  for (let round = 0; round < 2; round++) {
    results.bare.push(await load(bare));
    results.guarded.push(await load(guarded));
  }
  const mean = (list, pick) => list.reduce((sum, r) => sum + pick(r), 0) / list.length;
  record(
    'youth read with access check + audit vs without',
    'req/s',
    mean(results.guarded, (r) => r.requests.average),
    mean(results.bare, (r) => r.requests.average),
  );
  record(
    'youth read with access check + audit vs without',
    'p99 ms',
    mean(results.guarded, (r) => r.latency.p99),
    mean(results.bare, (r) => r.latency.p99),
    false,
  );
  await harbor.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}

async function csrf(base, headers) {
  const session = await fetch(`${base}/api/v1/auth/session`, { headers });
  return (await session.json()).csrfToken;
}
