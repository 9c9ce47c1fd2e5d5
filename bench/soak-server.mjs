// The Harbor of the soak (bench/soak.bench.mjs), in a process of its own so that its memory is its own: the app as
// `harbor serve` runs it (its background jobs: the deadline scheduler, the audit trail's checkpoints), on SQLite in
// SOAK_DATA_DIR or on PostgreSQL at SOAK_DATABASE_URL, with signed-in staff of several roles and youth to work on.
// Started with --expose-gc; tells its parent (IPC) where it listens and who is signed in, and answers "memory" with
// its memory after a full collection.

import { startAuditCheckpoints } from '../packages/server/dist/audit/index.js';
import { FEATURES } from '../packages/server/dist/features/index.js';
import { PUBLIC } from '../packages/server/dist/http/access.js';
import { createAgency, createUser } from '../packages/server/dist/identity/accounts.js';
import { createSession } from '../packages/server/dist/identity/sessions.js';
import { buildApp, buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';

const YOUTH = 60;
/** Responses opened before the soak: the deadlines list is full (200 rows) from its first request. */
const OPEN_RESPONSES = 120;

const config = buildConfig({
  HARBOR_DATA_DIR: process.env.SOAK_DATA_DIR,
  ...(process.env.SOAK_DATABASE_URL ? { HARBOR_DATABASE_URL: process.env.SOAK_DATABASE_URL } : {}),
});
const database = openDatabase(config.database);
await migrateToLatest(database);
const logger = createLogger('silent');
const { app, services, close } = await buildApp({ config, database, logger });
// The baseline: a bare route of the same server, no session, no database.
app.get('/bench/ok', { config: { access: PUBLIC } }, async () => ({ ok: true }));
const base = await app.listen({ host: '127.0.0.1', port: 0 });
const jobs = FEATURES.flatMap((feature) => (feature.jobs ?? []).map((job) => job({ services, logger })));
for (const job of jobs) job.start();
const checkpoints = startAuditCheckpoints({ db: database.db, secrets: config, logger });

const dcfs = await createAgency(database.db, { name: 'DCFS', kind: 'child_welfare' });
const dmh = await createAgency(database.db, { name: 'DMH', kind: 'mental_health' });
const advocacy = await createAgency(database.db, { name: 'Advocates', kind: 'advocacy' });
async function signedIn(agencyId, role) {
  const user = await createUser(database.db, {
    agencyId,
    email: `${role}@soak.example`,
    displayName: role,
    role,
    passwordHash: null,
  });
  const { token } = await createSession(database.db, { userId: user.id, stage: 'active' });
  const cookie = `harbor=${token}`;
  const session = await (await fetch(`${base}/api/v1/auth/session`, { headers: { cookie } })).json();
  return { id: user.id, headers: { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' } };
}
const users = {
  worker: await signedIn(dcfs.id, 'social_worker'),
  clinician: await signedIn(dmh.id, 'clinician'),
  advocate: await signedIn(advocacy.id, 'advocate'),
  supervisor: await signedIn(dcfs.id, 'supervisor'),
};
async function post(who, path, body) {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: who.headers, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
const youth = [];
for (let i = 0; i < YOUTH; i++) {
  const person = {
    legalName: { given: 'Soak', family: `Youth ${i}` },
    namesUsed: [],
    dateOfBirth: `${2008 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`,
    genderIdentity: 'not_disclosed',
    preferredLanguage: 'en',
  };
  const { id } = await post(users.worker, '/api/v1/youth', person);
  for (const member of [users.clinician, users.advocate]) {
    await post(users.worker, `/api/v1/youth/${id}/care-team`, { userId: member.id, basis: 'protocol_response' });
  }
  youth.push({ id, name: `${person.legalName.given} ${person.legalName.family}`, dob: person.dateOfBirth });
}
for (let i = 0; i < OPEN_RESPONSES; i++) {
  await post(users.worker, '/api/v1/responses', {
    openedBy: 'recovery',
    youthId: youth[i % YOUTH].id,
    recoveredAt: new Date().toISOString(),
  });
}

process.on('message', async (message) => {
  if (message === 'memory') {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send({ memory: { rss, heapUsed } });
  } else if (message === 'stop') {
    await Promise.all(jobs.map((job) => job.stop()));
    await close();
    await checkpoints.stop();
    await database.close();
    process.exit(0);
  }
});
process.send({ base, users, youth });
