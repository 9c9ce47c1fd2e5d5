// A deployment of several processes on one PostgreSQL: youth reads (session, access check, durable audit entry)
// spread over 4 `harbor serve` processes on the same database, against the same total connections on 1 of them,
// measured alternately in the same run. How the audit trail's writes from several processes share the database
// decides whether the 4 serve more than 1. Loopback, bounded in time.
import { randomBytes } from 'node:crypto';
import { startHarbor } from '../packages/server/dist/testing/harbor-process.js';
import { benchDatabase, clinicianSession, createYouth, DURATION_S } from './fixture.mjs';
import { compareLoad } from './support.mjs';

const PROCESSES = 4;
/** 10 connections for each of the 4 processes; the 1-process baseline gets the same 40. */
const CONNECTIONS = 40;

export async function run() {
  // Migrated once here; the processes then find the database at its latest version.
  const testDatabase = await benchDatabase('postgres');
  const servers = [];
  try {
    const headers = await clinicianSession(testDatabase.database.db);
    const env = {
      HARBOR_DATABASE_URL: testDatabase.config.url,
      HARBOR_SECRET_KEY: randomBytes(32).toString('hex'),
      HARBOR_PORT: '0',
    };
    for (let i = 0; i < PROCESSES; i++) servers.push(startHarbor({ dataDir: testDatabase.dir, env }));
    const urls = (await Promise.allSettled(servers)).map((started) => {
      if (started.status === 'rejected') throw started.reason;
      return started.value.url;
    });
    const id = await createYouth(urls[0], headers);
    await compareLoad(
      `youth read, ${PROCESSES} processes vs 1, PostgreSQL, ${CONNECTIONS} conn`,
      { url: urls.map((url) => `${url}/api/v1/youth/${id}`), headers },
      { url: `${urls[0]}/api/v1/youth/${id}`, headers },
      DURATION_S,
      { connections: CONNECTIONS },
    );
  } finally {
    await Promise.allSettled(servers.map(async (starting) => (await starting).stop()));
    await testDatabase.drop();
  }
}
