import { randomUUID } from 'node:crypto';
import { SHIPPED_INSTRUMENTS } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import type { HarborDatabase } from '../db/database.js';
import { answersFor } from '../testing/answers.js';
import { clinicianWithSession } from '../testing/clinician.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { runHarbor } from '../testing/harbor-process.js';
import {
  type Generation,
  KillLoop,
  type KillMoment,
  killMoment,
  killSeed,
  seededRandom,
} from '../testing/kill-loop.js';
import { sampleYouthInput } from '../testing/youth.js';

// Proof that nothing acknowledged is lost: concurrent clients submit screenings (audited writes), read youth records
// (audited reads) and send CSP reports (the unaudited write path) while `harbor serve` is killed with SIGKILL at
// moments drawn from a seed and started again on the same database. Afterwards every acknowledged screening is
// stored with its audit entry, every acknowledged read has its youth.read entry, every acknowledged report is stored,
// and `harbor audit verify` passes. A request in flight at a kill may or may not be stored: only acknowledged ones are
// checked.
//
// HARBOR_KILL_SEED=N replays a run (=random explores; a failure names its seed); HARBOR_KILL_ROUNDS=N kills N times
// on SQLite and 2N/5 times on PostgreSQL (default 50 and 20).

const SEED = killSeed(20261201);
const SQLITE_ROUNDS = Number(process.env.HARBOR_KILL_ROUNDS ?? 50);
const ROUNDS = { sqlite: SQLITE_ROUNDS, postgres: Math.max(1, Math.round((SQLITE_ROUNDS * 2) / 5)) } as const;
const CLIENTS = 10;
const YOUTHS = 4;
const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief')!;
const answers = answersFor(brief);

/** The clinician whose session every client uses, and the youths on their care team. */
interface World {
  userId: string;
  cookie: Record<string, string>;
  writeHeaders: Record<string, string>;
  youthIds: string[];
  /** The last audit entry before the stream. */
  baselineSeq: number;
}

interface Acknowledged {
  /** Idempotency key → screening id, for each submission answered 200 or 201. */
  screenings: Map<string, string>;
  /** Each youth read answered 200, with the client's clock before sending and after the answer. */
  reads: Array<{ youthId: string; from: number; to: number }>;
  /** The page named by each CSP report answered 204. */
  reports: string[];
}

/** A request a client sends, and what to remember once it is acknowledged. */
interface Call {
  path: string;
  init: RequestInit;
  ok: (response: Response, from: number) => Promise<void>;
}

/** A failure found in an answer, as opposed to a request cut off by a kill. */
class Defect extends Error {}

// The two engines run at once: most of the time is `harbor serve` starting (see KillLoop.startMs), one core each.
describe('durability under SIGKILL', () => {
  for (const dialect of DIALECTS) {
    const rounds = ROUNDS[dialect];
    it.concurrent(`[${dialect}] loses no acknowledged write or read audit entry over ${rounds} kills`, {
      timeout: 60_000 + rounds * 15_000,
    }, async () => {
      const t = await createTestDatabase(dialect, { migrate: false });
      try {
        await killAndCheck(t, rounds);
      } finally {
        await t.drop();
      }
    });
  }
});

/** One engine's run: the stream, the kills, the checks. */
async function killAndCheck(t: TestDatabase, rounds: number): Promise<void> {
  const dialect = t.dialect;
  const began = performance.now();
  const env = {
    HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
    HARBOR_SECRET_KEY: 'c'.repeat(64),
  };
  const seed = SEED + (dialect === 'sqlite' ? 0 : 1);
  const loop = new KillLoop({ dataDir: t.dir, env });
  const moments: KillMoment[] = [];
  const context = (message: string) =>
    `${message}\n(seed ${seed} on ${dialect}, after ${moments.length} kills of ${rounds}: replay with ` +
    `HARBOR_KILL_SEED=${SEED})\n${loop.output()}`;
  let world: World;
  let acked: Acknowledged;
  try {
    // The first start migrates the empty database, as a new deployment's does.
    world = await buildWorld(t.database, (await loop.start()).url);
    acked = await killedStream({ loop, world, seed, rounds, moments, context });
  } finally {
    await loop.close();
  }
  await expectAllAcknowledgedKept(t.database, world, acked, context);

  // The trail is whole: the real command, as an operator runs it.
  const verify = await runHarbor(['audit', 'verify'], { ...env, HARBOR_DATA_DIR: t.dir });
  expect(verify.code, context(`harbor audit verify:\n${verify.stdout}${verify.stderr}`)).toBe(0);
  expect(verify.stdout).toMatch(/^Audit trail intact: \d+ entries checked\./);

  // The stream was a real one.
  expect(moments.length).toBe(rounds);
  expect(acked.screenings.size).toBeGreaterThan(rounds);
  expect(acked.reads.length).toBeGreaterThan(rounds);
  const starts = loop.startMs.map(Math.round).sort((a, b) => a - b);
  console.log(
    `durability [${dialect}]: seed ${seed}, ${rounds} kills (${moments.filter((m) => m.acks === 0).length} at ` +
      `start); acknowledged ${acked.screenings.size} screenings, ${acked.reads.length} reads, ` +
      `${acked.reports.length} reports; ${starts.length} starts, median ${starts[starts.length >> 1]} ms, max ` +
      `${starts.at(-1)} ms; ${Math.round(performance.now() - began)} ms in all`,
  );
}

/** A clinician with an active session (made in the database) and youths they created through the API. */
async function buildWorld(database: HarborDatabase, url: string): Promise<World> {
  const { db } = database;
  const { userId, headers: cookie } = await clinicianWithSession(db, 'kill@county.example');
  const session = (await (await fetch(`${url}/api/v1/auth/session`, { headers: cookie })).json()) as {
    csrfToken: string;
  };
  const writeHeaders = { ...cookie, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
  const youthIds: string[] = [];
  for (let i = 0; i < YOUTHS; i++) {
    const res = await fetch(`${url}/api/v1/youth`, {
      method: 'POST',
      headers: writeHeaders,
      body: JSON.stringify(sampleYouthInput({ legalName: { given: 'Kill', family: `Youth ${i}` } })),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    youthIds.push(((await res.json()) as { id: string }).id);
  }
  const last = await db.selectFrom('audit_event').select(db.fn.max('seq').as('seq')).executeTakeFirstOrThrow();
  return { userId, cookie, writeHeaders, youthIds, baselineSeq: Number(last.seq ?? 0) };
}

/**
 * CLIENTS concurrent clients send a seeded mix of requests while the server is killed `rounds` times (at the moments
 * the seed draws) and started again after each kill but the last; resolves with what was acknowledged.
 */
async function killedStream(input: {
  loop: KillLoop;
  world: World;
  seed: number;
  rounds: number;
  moments: KillMoment[];
  context: (message: string) => string;
}): Promise<Acknowledged> {
  const { loop, world, seed, rounds, moments, context } = input;
  const acked: Acknowledged = { screenings: new Map(), reads: [], reports: [] };
  let failed: Error | undefined;
  let fail!: (error: Error) => void;
  const failedEarly = new Promise<never>((_, reject) => {
    fail = (error) => {
      failed ??= error;
      reject(failed);
    };
  });
  failedEarly.catch(() => {});

  const youth = (random: () => number) => world.youthIds[Math.floor(random() * YOUTHS)]!;
  const screening = (key: string, youthId: string | null): Call => ({
    path: '/api/v1/screenings',
    init: {
      method: 'POST',
      headers: world.writeHeaders,
      body: JSON.stringify({
        instrumentId: brief.id,
        instrumentVersion: brief.version,
        youthId,
        answers,
        complete: true,
        idempotencyKey: key,
      }),
    },
    ok: async (response) => {
      const { id } = (await response.json()) as { id: string };
      const earlier = acked.screenings.get(key);
      if (earlier && earlier !== id)
        throw new Defect(context(`idempotency key ${key} answered ${earlier}, then ${id}`));
      acked.screenings.set(key, id);
    },
  });
  const read = (youthId: string): Call => ({
    path: `/api/v1/youth/${youthId}`,
    init: { headers: world.cookie },
    ok: async (response, from) => {
      await response.arrayBuffer();
      acked.reads.push({ youthId, from, to: Date.now() });
    },
  });
  let pages = 0;
  const report = (page: string): Call => ({
    path: '/api/v1/security/csp-reports',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify({ 'csp-report': { 'document-uri': `http://harbor.test/${page}` } }),
    },
    ok: async (response) => {
      await response.arrayBuffer();
      acked.reports.push(page);
    },
  });

  const client = async (n: number) => {
    const mix = seededRandom(seed * 31 + n);
    // A submission cut off by a kill is sent again with its idempotency key, as the offline queue does.
    let retry: Call | undefined;
    let generation: Generation | null = await loop.live();
    while (generation && !failed) {
      const pick = mix();
      const call =
        retry ??
        (pick < 0.4
          ? screening(randomUUID(), pick < 0.2 ? youth(mix) : null)
          : pick < 0.85
            ? read(youth(mix))
            : report(`c${n}-${pages++}`));
      retry = undefined;
      const from = Date.now();
      let status: number;
      try {
        const response = await fetch(`${generation.url}${call.path}`, call.init);
        status = response.status;
        if (response.ok) await call.ok(response, from);
        else await response.arrayBuffer();
      } catch (error) {
        if (error instanceof Defect) return fail(error);
        if (!generation.killed) return fail(new Error(context(`${call.path} failed with the server up: ${error}`)));
        // Cut off by the kill: never acknowledged.
        if (call.path === '/api/v1/screenings') retry = call;
        generation = await loop.after(generation);
        continue;
      }
      if (status < 300) loop.acknowledged(generation);
      // Busy (503, retryable) is not an acknowledgement; any other refusal is a defect.
      else if (status !== 503) return fail(new Error(context(`${call.path} answered ${status}`)));
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));

  const random = seededRandom(seed);
  for (let round = 0; round < rounds; round++) {
    const moment = killMoment(random);
    moments.push(moment);
    await Promise.race([loop.kill(moment), failedEarly]);
    if (round < rounds - 1) await Promise.race([loop.start(), failedEarly]);
  }
  loop.finish();
  await Promise.all(clients);
  if (failed) throw failed;
  return acked;
}

/** Every acknowledged screening is stored with its audit entry, every read audited, every CSP report stored. */
async function expectAllAcknowledgedKept(
  database: HarborDatabase,
  world: World,
  acked: Acknowledged,
  context: (message: string) => string,
): Promise<void> {
  const { db } = database;
  const ids = [...acked.screenings.values()];
  const stored = new Map<string, string | null>();
  const audited = new Set<string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db.selectFrom('screening').select(['id', 'idempotency_key']).where('id', 'in', chunk).execute();
    for (const row of rows) stored.set(row.id, row.idempotency_key);
    const entries = await db
      .selectFrom('audit_event')
      .select('record_id')
      .where('event', '=', 'screening.completed')
      .where('record_id', 'in', chunk)
      .execute();
    for (const entry of entries) audited.add(entry.record_id);
  }
  const lost = [...acked.screenings].filter(([key, id]) => stored.get(id) !== key);
  expect(lost, context('acknowledged screenings missing')).toEqual([]);
  expect(
    ids.filter((id) => !audited.has(id)),
    context('acknowledged screenings without their audit entry'),
  ).toEqual([]);

  // Each acknowledged read has its own youth.read entry, timed within that request (from sending to the answer).
  const reads = await db
    .selectFrom('audit_event')
    .select(['youth_id', 'at'])
    .where('event', '=', 'youth.read')
    .where('actor_user_id', '=', world.userId)
    .where('seq', '>', world.baselineSeq)
    .execute();
  // At least as many entries per youth as acknowledged reads of it…
  const count = (youthId: string) => ({
    youthId,
    acknowledged: acked.reads.filter((r) => r.youthId === youthId).length,
    entries: reads.filter((e) => e.youth_id === youthId).length,
  });
  const short = world.youthIds.map(count).filter((c) => c.entries < c.acknowledged);
  expect(short, context('fewer youth.read entries than acknowledged reads')).toEqual([]);
  // …and each acknowledged read matched to an entry of its own, written between its sending and its answer.
  const unaudited = world.youthIds.flatMap((youthId) =>
    unmatchedReads(
      acked.reads.filter((r) => r.youthId === youthId),
      reads.filter((e) => e.youth_id === youthId).map((e) => Date.parse(e.at)),
    ),
  );
  expect(unaudited, context('acknowledged reads without their audit entry')).toEqual([]);

  // CSP reports are written without an audit entry: the unaudited write path.
  const pages = new Set(
    (await db.selectFrom('security_report').select('document_uri').execute()).map((r) =>
      r.document_uri.replace('http://harbor.test/', ''),
    ),
  );
  expect(
    acked.reports.filter((page) => !pages.has(page)),
    context('acknowledged CSP reports missing'),
  ).toEqual([]);
}

/**
 * The acknowledged reads no audit entry accounts for, each read needing an entry of its own timed within it. Taking
 * the reads by earliest end, each the earliest free entry in its interval, matches as many as any matching can.
 */
function unmatchedReads(reads: Array<{ from: number; to: number }>, times: number[]) {
  const points = [...times].sort((a, b) => a - b);
  const used = new Array<boolean>(points.length).fill(false);
  const missing: Array<{ from: string; to: string }> = [];
  for (const r of [...reads].sort((a, b) => a.to - b.to)) {
    const i = points.findIndex((p, k) => !used[k] && p >= r.from && p <= r.to);
    if (i === -1) missing.push({ from: new Date(r.from).toISOString(), to: new Date(r.to).toISOString() });
    else used[i] = true;
  }
  return missing;
}
