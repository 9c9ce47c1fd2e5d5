import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/index.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface HarborDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens SQLite with the settings that make an acknowledged write durable: WAL journal,
 * synchronous=FULL (fsync at every commit), foreign keys on, and a busy timeout for other processes.
 */
export function openSqlite(path: string): SQLite.Database {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Owner-only from the first byte; SQLite gives its -wal and -shm files the same mode.
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  }
  const database = new SQLite(path);
  database.pragma('busy_timeout = 10000');
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  return database;
}

/** PostgreSQL int8 and numeric counts arrive as numbers (Harbor's counts stay far below 2^53). */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 /* int8 */) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function openDatabase(config: DatabaseConfig, options: { poolSize?: number } = {}): HarborDatabase {
  if (config.kind === 'sqlite') {
    const sqlite = openSqlite(config.path);
    return wrap(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), 'sqlite');
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    types: pgTypes,
    application_name: 'harbor',
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return wrap(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
}

function wrap(db: Kysely<Database>, dialect: Dialect): HarborDatabase {
  return {
    db,
    dialect,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/** Whether a write failed on a unique index or constraint (on either engine). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
