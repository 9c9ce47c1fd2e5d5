// The cost of need-to-know and the audit trail: GET /api/v1/youth/:id (session lookup, role permission,
// care-team check, and a youth.read audit entry written durably) against a route that reads the same row
// with no session, no access check and no audit, in the same server, on SQLite. Loopback, bounded in time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC } from '../packages/server/dist/http/access.js';
import { createAgency, createUser } from '../packages/server/dist/identity/accounts.js';
import { createSession } from '../packages/server/dist/identity/sessions.js';
import { buildApp, buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';
import { compareLoad } from './support.mjs';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);

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
    body: JSON.stringify({ legalName: { given: 'Bench', family: 'Youth' }, dateOfBirth: '2010-01-01' }),
  });
  const { id } = await created.json();

  await compareLoad(
    'youth read with access check + audit vs without',
    { url: `${base}/api/v1/youth/${id}`, headers },
    { url: `${base}/bench/youth/${id}` },
    DURATION_S,
  );
  await harbor.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}

async function csrf(base, headers) {
  const session = await fetch(`${base}/api/v1/auth/session`, { headers });
  return (await session.json()).csrfToken;
}
