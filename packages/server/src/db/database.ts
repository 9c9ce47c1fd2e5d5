import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from 'kysely';
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

/** Prepared statements kept per connection: Harbor's queries are a few hundred distinct texts. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * The connection as Kysely sees it, with its prepared statements kept by SQL text: Kysely prepares every query again,
 * which costs more than running most of Harbor's. The least recently used statement goes when the cache is full (a
 * text with values written into it must not grow it without end). Statements are run to completion at once (Kysely's
 * `all`/`run`; Harbor streams no query), so one statement is never in use twice at a time.
 */
export function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = database.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      }
      statements.set(text, statement);
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}

/** PostgreSQL int8 and numeric counts arrive as numbers (Harbor's counts stay far below 2^53). */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 /* int8 */) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** How long a request waits for a PostgreSQL connection before it answers 503 (the pool full, the server away). */
export const PG_CONNECT_TIMEOUT_MS = 5000;

export function openDatabase(config: DatabaseConfig, options: { poolSize?: number } = {}): HarborDatabase {
  if (config.kind === 'sqlite') {
    const sqlite = openSqlite(config.path);
    return wrap(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }),
      'sqlite',
    );
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    // A request waits this long at most for a connection (a new one, or a free one of the pool) before it fails with 503.
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    types: pgTypes,
    application_name: 'harbor',
  });
  // A client that loses its server must not crash the process ('error' with no listener throws): neither an idle one
  // (the pool's 'error') nor one checked out between two queries of a transaction (its own 'error'). The pool drops it,
  // the query in flight or the next one fails, and the request answers 503.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
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

/** Node's errors for a peer that cannot be reached or went away. */
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs for a server that cannot serve now: class 08 (connection exception), 53 (insufficient
 * resources: disk full, out of memory, too many connections), 57P01-57P03 (shutting down, restarting, starting).
 */
const PG_UNAVAILABLE = /^(08|53|57P0[1-3])/;

/** node-postgres's own errors for a lost or unobtainable connection, which carry no code. */
const PG_CONNECTION_LOST =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/** SQLite's result codes for a database that cannot take the work now: a full disk, an I/O error, a lock held too long. */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|IOERR|BUSY|CANTOPEN|PROTOCOL)/;

/**
 * Whether a failure means the database is unavailable (unreachable, restarting, its disk full) rather than a defect:
 * the request answers 503 and may be tried again, and nothing was written.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; statusCode?: unknown } | null | undefined;
  // An error with an HTTP status is the request's own (a body whose upload was aborted: ECONNABORTED, 400).
  if (!e || typeof e !== 'object' || e.statusCode !== undefined) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_ERRORS.has(code) || SQLITE_UNAVAILABLE.test(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && PG_UNAVAILABLE.test(code)) return true;
  return code === '' && typeof e.message === 'string' && PG_CONNECTION_LOST.test(e.message);
}
