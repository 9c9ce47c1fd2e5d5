// One durable insert through Harbor's data layer (Kysely, the use case) against a raw prepared insert
// of the same row through the bare driver, on SQLite (WAL, synchronous=FULL) and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqlite } from '../packages/server/dist/db/database.js';
import { recordSecurityReports } from '../packages/server/dist/features/csp-reports/record-security-reports.js';
import { migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { alternate, record } from './support.mjs';

const COUNT = Number(process.env.BENCH_INSERTS ?? 2000);
const MAX_MS = Number(process.env.BENCH_SECONDS ?? 4) * 1000;
const report = {
  kind: 'csp-report',
  documentUri: 'http://bench/page',
  blockedUri: 'inline',
  directive: 'script-src',
  disposition: 'enforce',
};
/** The same row the use case writes, as positional values for a raw insert. */
const rawRow = () => [
  randomUUID(),
  new Date().toISOString(),
  report.kind,
  report.documentUri,
  report.blockedUri,
  report.directive,
  report.disposition,
];
const INSERT =
  'insert into security_report (id, received_at, kind, document_uri, blocked_uri, directive, disposition) values ';

const options = { count: COUNT, maxMs: MAX_MS };
const harborInsert = (database) => () => recordSecurityReports({ db: database.db, reports: [report] });

async function sqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
  const harborDb = openDatabase({ kind: 'sqlite', path: join(dir, 'harbor.sqlite') });
  await migrateToLatest(harborDb);
  const rawDb = openDatabase({ kind: 'sqlite', path: join(dir, 'raw.sqlite') });
  await migrateToLatest(rawDb);
  await rawDb.close();
  const raw = openSqlite(join(dir, 'raw.sqlite'));
  const statement = raw.prepare(`${INSERT}(?, ?, ?, ?, ?, ?, ?)`);
  const result = await alternate(harborInsert(harborDb), () => statement.run(...rawRow()), options);
  record('insert one row, SQLite (fsync per commit)', 'ops/s', result.harbor, result.baseline);
  raw.close();
  await harborDb.close();
  rmSync(dir, { recursive: true, force: true });
}

async function postgres() {
  const adminUrl = process.env.HARBOR_TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error('HARBOR_TEST_POSTGRES_URL is not set: run the benchmarks with npm run bench.');
  const name = `harbor_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const harborDb = openDatabase({ kind: 'postgres', url: url.toString() }, { poolSize: 1 });
  try {
    await migrateToLatest(harborDb);
    const raw = new pg.Client({ connectionString: url.toString() });
    await raw.connect();
    const result = await alternate(
      harborInsert(harborDb),
      () =>
        raw.query({
          name: 'raw-insert',
          text: `${INSERT}($1, $2, $3, $4, $5, $6, $7)`,
          values: rawRow(),
        }),
      options,
    );
    record('insert one row, PostgreSQL', 'ops/s', result.harbor, result.baseline);
    await raw.end();
  } finally {
    await harborDb.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function run() {
  await sqlite();
  await postgres();
}
