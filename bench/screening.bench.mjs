// Screening submission: POST /api/v1/screenings with a completed brief screening (session, permission, need-to-know,
// answer validation, server-side scoring, field encryption, idempotency check and a durable audit entry) against a
// route on the same server that inserts the same row as stored, with nothing else, on SQLite. Loopback, bounded in time.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHIPPED_INSTRUMENTS, visibleItemIds } from '../packages/core/dist/index.js';
import { PUBLIC } from '../packages/server/dist/http/access.js';
import { createAgency, createUser } from '../packages/server/dist/identity/accounts.js';
import { createSession } from '../packages/server/dist/identity/sessions.js';
import { buildApp, buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { createLogger } from '../packages/server/dist/logging.js';
import { compareLoad } from './support.mjs';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);

/** "No" to every yes/no item, "none" to every concern item: the common case of a screening. */
export function quietAnswers(instrument) {
  const answers = {};
  const items = instrument.domains.flatMap((d) => d.items);
  for (const id of visibleItemIds(instrument, {})) {
    const item = items.find((i) => i.id === id);
    if (item.answer.type === 'yes_no_unknown') answers[id] = 'no';
    else if (item.answer.type === 'concern') answers[id] = 'none';
    else if (item.answer.type === 'number') answers[id] = item.answer.min ?? 0;
    else if (item.answer.type === 'choice') answers[id] = item.answer.options[0].id;
  }
  return answers;
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
  const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief');
  const answers = quietAnswers(brief);
  // The baseline: the same row as Harbor stores it (already encrypted and scored), inserted with nothing else.
  let stored;
  harbor.app.post('/bench/screenings', { config: { access: PUBLIC } }, async (_request, reply) => {
    await database.db
      .insertInto('screening')
      .values({ ...stored, id: randomUUID(), idempotency_key: randomUUID() })
      .execute();
    return reply.status(201).send({});
  });

  const base = await harbor.app.listen({ host: '127.0.0.1', port: 0 });
  const headers = { cookie: `harbor=${token}` };
  const session = await (await fetch(`${base}/api/v1/auth/session`, { headers })).json();
  const writeHeaders = { ...headers, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
  const body = () =>
    JSON.stringify({
      instrumentId: brief.id,
      instrumentVersion: brief.version,
      youthId: null,
      answers,
      complete: true,
      idempotencyKey: randomUUID(),
    });
  const first = await fetch(`${base}/api/v1/screenings`, { method: 'POST', headers: writeHeaders, body: body() });
  if (first.status !== 201) throw new Error(`screening submission answered ${first.status}: ${await first.text()}`);
  const { id } = await first.json();
  stored = await database.db.selectFrom('screening').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  const post = (path, extraHeaders) => ({
    url: `${base}${path}`,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...extraHeaders },
        setupRequest: (request) => ({ ...request, body: body() }),
      },
    ],
  });
  await compareLoad(
    'screening submission vs bare insert of the same row, SQLite',
    post('/api/v1/screenings', writeHeaders),
    post('/bench/screenings', {}),
    DURATION_S,
  );
  await harbor.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
