// Screening submission: POST /api/v1/screenings with a completed brief screening (session, permission, need-to-know,
// answer validation, server-side scoring, field encryption, idempotency check and a durable audit entry) against a
// route on the same server that inserts the same row as stored, with nothing else, one durable commit per request
// (on PostgreSQL each insert is its own transaction, synchronous_commit on), at 1, 10 and 50 connections, on SQLite
// and on PostgreSQL (a fresh database each). Loopback, bounded in time.
import { randomUUID } from 'node:crypto';
import { SHIPPED_INSTRUMENTS, visibleItemIds } from '../packages/core/dist/index.js';
import { PUBLIC } from '../packages/server/dist/http/access.js';
import { benchHarbor, CONNECTIONS, DURATION_S, ENGINES, writeHeaders } from './fixture.mjs';
import { compareLoad } from './support.mjs';

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

async function measure(dialect, label) {
  const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief');
  const answers = quietAnswers(brief);
  // The baseline: the same row as Harbor stores it (already encrypted and scored), inserted with nothing else.
  let stored;
  const bench = await benchHarbor(dialect, (app, database) =>
    app.post('/bench/screenings', { config: { access: PUBLIC } }, async (_request, reply) => {
      await database.db
        .insertInto('screening')
        .values({ ...stored, id: randomUUID(), idempotency_key: randomUUID() })
        .execute();
      return reply.status(201).send({});
    }),
  );
  try {
    const { base, database } = bench;
    const headers = await writeHeaders(base, bench.headers);
    const body = () =>
      JSON.stringify({
        instrumentId: brief.id,
        instrumentVersion: brief.version,
        youthId: null,
        answers,
        complete: true,
        idempotencyKey: randomUUID(),
      });
    const first = await fetch(`${base}/api/v1/screenings`, { method: 'POST', headers, body: body() });
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
    for (const connections of CONNECTIONS) {
      await compareLoad(
        `screening submission vs bare insert, ${label}, ${connections} conn`,
        post('/api/v1/screenings', headers),
        post('/bench/screenings', {}),
        DURATION_S,
        { connections },
      );
    }
  } finally {
    await bench.close();
  }
}

export async function run() {
  for (const { dialect, label } of ENGINES) await measure(dialect, label);
}
