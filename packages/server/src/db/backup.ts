import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { DatabaseConfig } from '../config/index.js';
import { openSqlite } from './database.js';
import { MIGRATIONS } from './migrations/index.js';

/** A failure an operator can act on; the CLI prints the message and exits non-zero. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Creates an empty file readable by its owner only: backups hold the most sensitive data there is. */
function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', 0o600));
}

function checkSqliteFile(path: string, what: string): void {
  let source: SQLite.Database;
  try {
    source = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${what} ${path} cannot be opened as a SQLite database: ${(error as Error).message}`);
  }
  try {
    const integrity = source.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${what} ${path} is damaged: ${String(integrity)}`);
    const table = source
      .prepare("select name from sqlite_master where type = 'table' and name = 'harbor_migration'")
      .get();
    if (!table) throw new BackupError(`${what} ${path} is not a Harbor database (it has no migration history).`);
    const applied = source.prepare('select name from harbor_migration').all() as { name: string }[];
    const unknown = applied.map((m) => m.name).filter((name) => !(name in MIGRATIONS));
    if (unknown.length > 0) {
      throw new BackupError(
        `${what} ${path} was made by a newer Harbor (migrations ${unknown.join(', ')}); upgrade Harbor first.`,
      );
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${what} ${path} cannot be read: ${(error as Error).message}`);
  } finally {
    source.close();
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${command} was not found; install the PostgreSQL client tools (on Debian: apt-get install postgresql-client).`
            : `${command} could not run: ${error.message}`,
        ),
      );
    });
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`));
    });
  });
}

/** Splits a PostgreSQL URL so the password travels in the environment, not on a command line others can see. */
function pgConnection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    args: [`--dbname=${parsed.toString()}`],
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/**
 * Writes a consistent copy of the database to `file` while Harbor may be serving.
 * SQLite: the online backup API. PostgreSQL: pg_dump in its custom format.
 */
export async function backupDatabase(
  config: DatabaseConfig,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  if (existsSync(file) && !options.force) {
    throw new BackupError(`${file} already exists; choose another file name or pass --force to replace it.`);
  }
  if (!existsSync(dirname(file))) throw new BackupError(`the folder ${dirname(file)} does not exist.`);
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  rmSync(temporary, { force: true });
  try {
    if (config.kind === 'sqlite') {
      if (!existsSync(config.path)) throw new BackupError(`there is no database at ${config.path} to back up.`);
      const source = new SQLite(config.path, { readonly: true, fileMustExist: true });
      try {
        source.pragma('busy_timeout = 10000');
        createPrivateFile(temporary);
        await source.backup(temporary);
      } finally {
        source.close();
      }
      checkSqliteFile(temporary, 'The new backup');
    } else {
      const { args, env } = pgConnection(config.url);
      createPrivateFile(temporary);
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${temporary}`, ...args], env);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Replaces all data with the contents of a backup made by backupDatabase. The backup is checked
 * first; a damaged or foreign file changes nothing.
 */
export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<void> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`there is no backup file at ${file}.`);
  if (config.kind === 'sqlite') {
    checkSqliteFile(file, 'The backup');
    // Copy page by page into the live file through SQLite itself, so locks and the WAL stay coherent.
    const live = openSqlite(config.path);
    live.close();
    const source = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(config.path);
    } finally {
      source.close();
    }
    return;
  }
  const { args, env } = pgConnection(config.url);
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      ...args,
      file,
    ],
    env,
  );
}
