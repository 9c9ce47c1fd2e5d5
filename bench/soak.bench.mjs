// A mixed-workload soak, on SQLite and on PostgreSQL: signed-in staff of four roles read youth records, search youth by
// name and date of birth, submit screenings, open responses and list their deadlines, against a Harbor in a process of
// its own (bench/soak-server.mjs). First the capacity (req/s at saturation) of that mix, beside a bare route of the
// same server; then the mix at 70% of that capacity for HARBOR_SOAK_SECONDS (20 s by default; `npm run bench -- soak`
// runs this benchmark alone for 300 s), in windows (a minute each from 2 minutes up, else a quarter of the run).
// It fails on any error or non-2xx answer; it reports the p99 of the last window against the first's (stable: within
// 1.5x), and the server's heap (after a full collection) and RSS after each window against after warm-up (stable:
// under 10% more at the end).
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { SHIPPED_INSTRUMENTS } from '../packages/core/dist/index.js';
import { quietAnswers } from './screening.bench.mjs';
import { record } from './support.mjs';

const SOAK_S = Number(process.env.HARBOR_SOAK_SECONDS ?? 20);
const WINDOW_S = SOAK_S >= 120 ? 60 : Math.max(1, Math.round(SOAK_S / 4));
const CAPACITY_S = SOAK_S >= 120 ? 15 : 5;
const CONNECTIONS = 16;
/** A stable soak: the last window's p99 within this ratio of the first's. */
const P99_RATIO = 1.5;
const SERVER = fileURLToPath(new URL('./soak-server.mjs', import.meta.url));

/** Starts the soak's Harbor; resolves with its address, users and youth, and a way to ask its memory and stop it. */
function startServer(env) {
  const child = fork(SERVER, [], { env: { ...process.env, ...env }, execArgv: ['--expose-gc'], stdio: 'inherit' });
  const ask = (message, key) =>
    new Promise((resolve) => {
      const onMessage = (reply) => {
        if (!reply[key]) return;
        child.off('message', onMessage);
        resolve(reply[key]);
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the soak's Harbor exited with ${code}`)));
    child.once('message', (ready) =>
      resolve({
        ...ready,
        memory: () => ask('memory', 'memory'),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', done);
            child.send('stop');
          }),
      }),
    );
  });
}

/** The mix each connection repeats: 4 reads, 2 searches, 1 screening, 1 response opened, 2 deadlines lists. */
function mix({ base, users, youth }) {
  const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief');
  const answers = quietAnswers(brief);
  const pick = () => youth[Math.floor(Math.random() * youth.length)];
  const get = (who, path) => ({
    method: 'GET',
    headers: users[who].headers,
    setupRequest: (request) => ({ ...request, path: path() }),
  });
  const post = (who, path, body) => ({
    method: 'POST',
    path,
    headers: users[who].headers,
    setupRequest: (request) => ({ ...request, body: JSON.stringify(body()) }),
  });
  const read = (who) => get(who, () => `/api/v1/youth/${pick().id}`);
  const search = () =>
    get('clinician', () => {
      const y = pick();
      return `/api/v1/youth?name=${encodeURIComponent(y.name)}&dob=${y.dob}`;
    });
  return {
    url: base,
    connections: CONNECTIONS,
    requests: [
      read('clinician'),
      search(),
      read('advocate'),
      post('worker', '/api/v1/screenings', () => ({
        instrumentId: brief.id,
        instrumentVersion: brief.version,
        youthId: pick().id,
        answers,
        complete: true,
        idempotencyKey: randomUUID(),
      })),
      get('worker', () => '/api/v1/deadlines'),
      read('worker'),
      search(),
      post('worker', '/api/v1/responses', () => ({
        openedBy: 'recovery',
        youthId: pick().id,
        recoveredAt: new Date().toISOString(),
      })),
      get('advocate', () => '/api/v1/deadlines'),
      read('supervisor'),
    ],
  };
}

/** One autocannon run; counts what was not a 2xx answer instead of failing at once. */
const load = (options) =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
const failures = (r) => r.non2xx + r.errors + r.timeouts;

async function soak(label, env) {
  const server = await startServer(env);
  try {
    const workload = mix(server);
    // Warm-up, then the capacity of the mix and of the bare route, alternately.
    await load({ ...workload, duration: 2 });
    await load({ url: `${server.base}/bench/ok`, connections: CONNECTIONS, duration: 1 });
    const bare = await load({ url: `${server.base}/bench/ok`, connections: CONNECTIONS, duration: CAPACITY_S });
    const saturated = await load({ ...workload, duration: CAPACITY_S });
    if (failures(saturated) > 0) throw new Error(`${label}: ${failures(saturated)} failures at saturation`);
    const capacity = saturated.requests.average;
    record(
      `mixed workload capacity (16 connections), ${label} vs bare route`,
      'req/s',
      capacity,
      bare.requests.average,
    );

    const rate = Math.max(1, Math.round(capacity * 0.7));
    const before = await server.memory();
    const windows = [];
    const memory = [];
    for (let elapsed = 0; elapsed < SOAK_S; elapsed += WINDOW_S) {
      windows.push(await load({ ...workload, overallRate: rate, duration: Math.min(WINDOW_S, SOAK_S - elapsed) }));
      memory.push(await server.memory());
    }
    const after = memory.at(-1);
    const failed = windows.reduce((sum, w) => sum + failures(w), 0);
    const served = windows.reduce((sum, w) => sum + w.requests.total, 0);
    const p99s = windows.map((w) => w.latency.p99);
    process.stdout.write(
      `${label} soak: ${served} requests at ${rate} req/s target for ${SOAK_S} s in ${windows.length} windows of ` +
        `${WINDOW_S} s; p99 per window ${p99s.map((p) => `${p} ms`).join(', ')}; ${failed} failures; heap ` +
        `${mb(before.heapUsed)} -> ${memory.map((m) => mb(m.heapUsed)).join(', ')} MB, RSS ${mb(before.rss)} -> ` +
        `${memory.map((m) => mb(m.rss)).join(', ')} MB\n`,
    );
    const verdict = (ok) => (ok ? 'yes' : 'NO');
    process.stdout.write(
      `${label} soak: p99 stable (last window within ${P99_RATIO}x of the first): ` +
        `${verdict(p99s.at(-1) <= P99_RATIO * p99s[0])}; heap and RSS grew under 10%: ` +
        `${verdict(after.heapUsed < 1.1 * before.heapUsed && after.rss < 1.1 * before.rss)}\n`,
    );
    if (failed > 0) throw new Error(`${label} soak: ${failed} errors or non-2xx answers`);
    const achieved = served / SOAK_S;
    record(`soak ${SOAK_S} s at 70% of capacity, ${label}: served vs target`, 'req/s', achieved, rate);
    record(`the same: p99, last window vs first`, 'p99 ms', p99s.at(-1), p99s[0], false);
    record(`the same: heap after GC, end vs after warm-up`, 'MB', mb(after.heapUsed), mb(before.heapUsed), false);
    record(`the same: RSS, end vs after warm-up`, 'MB', mb(after.rss), mb(before.rss), false);
  } finally {
    await server.stop();
  }
}
const mb = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-soak-'));
  try {
    await soak('SQLite', { SOAK_DATA_DIR: join(dir, 'sqlite') });
    const adminUrl = process.env.HARBOR_TEST_POSTGRES_URL;
    if (!adminUrl) throw new Error('HARBOR_TEST_POSTGRES_URL is not set: run the benchmarks with npm run bench.');
    const name = `harbor_soak_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await soak('PostgreSQL', { SOAK_DATA_DIR: join(dir, 'postgres'), SOAK_DATABASE_URL: url.toString() });
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
