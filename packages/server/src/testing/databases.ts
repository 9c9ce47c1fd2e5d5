import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config/index.js';
import { type Dialect, type HarborDatabase, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

/** Every database test runs once per engine: `for (const dialect of DIALECTS) describe(...)`. */
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** A PostgreSQL role allowed to create databases; `npm test` finds or starts the server and sets this. */
export function testPostgresUrl(): string {
  return process.env.HARBOR_TEST_POSTGRES_URL ?? 'postgres://harbor_test:harbor_test@127.0.0.1:5432/harbor_test';
}

export interface TestDatabase {
  dialect: Dialect;
  config: DatabaseConfig;
  /** A temporary folder for files the test needs (the SQLite file lives here too). */
  dir: string;
  database: HarborDatabase;
  /** Closes the connection and removes the database and the folder. */
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at HARBOR_TEST_POSTGRES_URL (${(error as Error).message}); run the tests with \`npm test\`, which starts it.`,
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether a database has connections of another role than the caller's (an autovacuum worker has none). */
async function otherRolesConnected(client: pg.Client, name: string): Promise<boolean> {
  const { rows } = await client.query(
    'select count(*)::int as n from pg_stat_activity where datname = $1 and usename is distinct from current_user',
    [name],
  );
  return (rows[0] as { n: number }).n > 0;
}

/**
 * Drops a test database, ending its connections. An autovacuum worker on it belongs to no role, and PostgreSQL lets
 * only a superuser or a member of pg_signal_backend end it (42501 otherwise): wait until it has left, then drop.
 */
async function dropPostgresDatabase(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`drop database if exists ${name} with (force)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt >= 5) throw error;
      for (let polls = 0; polls < 1200 && (await otherRolesConnected(client, name)); polls++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }
}

/** A new, empty database of the given engine; migrated unless `migrate: false`. */
export async function createTestDatabase(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `harbor-${dialect}-`));
  let config: DatabaseConfig;
  let dropDatabase = async () => {};
  if (dialect === 'sqlite') {
    config = { kind: 'sqlite', path: join(dir, 'harbor.sqlite') };
  } else {
    const name = `harbor_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await withAdmin((client) => client.query(`create database ${name}`));
    const url = new URL(testPostgresUrl());
    url.pathname = `/${name}`;
    config = { kind: 'postgres', url: url.toString() };
    dropDatabase = () => withAdmin((client) => dropPostgresDatabase(client, name));
  }
  const database = openDatabase(config);
  if (options.migrate !== false) await migrateToLatest(database);
  return {
    dialect,
    config,
    dir,
    database,
    async drop() {
      await database.close();
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
