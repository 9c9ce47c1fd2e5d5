// What the HTTP benchmarks share: a fresh database of either engine (a new PostgreSQL database per run, dropped after,
// as the tests make theirs), a signed-in clinician on it, and Harbor built in this process on that database.
import { sql } from 'kysely';
import { buildApp, buildConfig } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';
import { clinicianWithSession } from '../packages/server/dist/testing/clinician.js';
import { createTestDatabase } from '../packages/server/dist/testing/databases.js';

/** Seconds each contender is measured for, per round (compareLoad runs two rounds of each). */
export const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);
/** The engines every figure is measured on, with the label its rows carry. */
export const ENGINES = [
  { dialect: 'sqlite', label: 'SQLite' },
  { dialect: 'postgres', label: 'PostgreSQL' },
];
/** The concurrency curve: one client, a busy office, a county's morning. */
export const CONNECTIONS = [1, 10, 50];

/** A new, migrated database of `dialect`; `drop()` closes it and removes it (and its folder). */
export async function benchDatabase(dialect) {
  if (dialect === 'postgres' && !process.env.HARBOR_TEST_POSTGRES_URL) {
    throw new Error('HARBOR_TEST_POSTGRES_URL is not set: run the benchmarks with npm run bench.');
  }
  const testDatabase = await createTestDatabase(dialect);
  await warnUnlessDurable(testDatabase.database);
  return testDatabase;
}

/**
 * The baselines commit durably once per request like Harbor; a PostgreSQL without fsync or synchronous_commit would
 * make both sides cheaper than in production, so say so beside the figures.
 */
async function warnUnlessDurable(database) {
  if (database.dialect !== 'postgres') return;
  const setting = async (name) =>
    (await sql`select current_setting(${name}) as value`.execute(database.db)).rows[0].value;
  const fsync = await setting('fsync');
  const synchronousCommit = await setting('synchronous_commit');
  if (fsync !== 'on' || synchronousCommit !== 'on') {
    process.stdout.write(
      `warning: PostgreSQL runs with fsync=${fsync}, synchronous_commit=${synchronousCommit}: its commits are not durable, so its figures are not those of production\n`,
    );
  }
}

/** A clinician of a mental-health agency with an active session; resolves with the session's Cookie header. */
export async function clinicianSession(db) {
  return (await clinicianWithSession(db, 'bench@county.example')).headers;
}

/** The headers of a write by the session whose Cookie header `headers` carries (JSON body, its CSRF token). */
export async function writeHeaders(base, headers) {
  const session = await (await fetch(`${base}/api/v1/auth/session`, { headers })).json();
  return { ...headers, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
}

/** Creates a youth record through the API as the session of `headers`; resolves with its id. */
export async function createYouth(base, headers) {
  const created = await fetch(`${base}/api/v1/youth`, {
    method: 'POST',
    headers: await writeHeaders(base, headers),
    body: JSON.stringify({ legalName: { given: 'Bench', family: 'Youth' }, dateOfBirth: '2010-01-01' }),
  });
  if (created.status !== 201) throw new Error(`youth creation answered ${created.status}: ${await created.text()}`);
  return (await created.json()).id;
}

/**
 * Harbor built in this process on a fresh database of `dialect`, with a clinician's session. `addRoutes(app, database)`
 * adds the baseline's routes before it listens. Resolves with the base URL, the session's headers and `close()`.
 */
export async function benchHarbor(dialect, addRoutes = () => {}) {
  const testDatabase = await benchDatabase(dialect);
  const { database, config: databaseConfig, dir } = testDatabase;
  const config = buildConfig({
    HARBOR_DATA_DIR: dir,
    ...(databaseConfig.kind === 'postgres' ? { HARBOR_DATABASE_URL: databaseConfig.url } : {}),
  });
  const headers = await clinicianSession(database.db);
  const harbor = await buildApp({ config, database, logger: createLogger('silent') });
  addRoutes(harbor.app, database);
  const base = await harbor.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    base,
    database,
    headers,
    async close() {
      await harbor.close();
      await testDatabase.drop();
    },
  };
}
