import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { HarborDatabase } from './database.js';
import { MIGRATIONS } from './migrations/index.js';

/** A fixed key for PostgreSQL's advisory lock: "harbor migrate". */
const MIGRATION_LOCK_KEY = 0x6861726d; // 'harm' in ASCII, any constant works

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly failedMigration?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

function migratorFor(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'harbor_migration',
    migrationLockTableName: 'harbor_migration_lock',
  });
}

function check(result: MigrationResultSet): string[] {
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error) {
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(
      failed ? `Migration ${failed.migrationName} failed: ${cause}` : `Migrations failed: ${cause}`,
      failed?.migrationName,
    );
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Brings the schema up to date and returns the names of the migrations it applied.
 * On PostgreSQL a session advisory lock serialises processes that start at once: the first migrates,
 * the others wait and then find nothing left to do. On SQLite two processes starting at once on a new file can both
 * read "nothing applied" and both try (the other then fails with "table already exists", rolled back whole): the one
 * that fails looks again once the other's migrations are in, and finds nothing left to do, or tries again.
 */
export async function migrateToLatest(database: HarborDatabase): Promise<string[]> {
  if (database.dialect === 'sqlite') return migrateSqlite(database);
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      return check(await migratorFor(connection).migrateToLatest());
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

const SQLITE_ATTEMPTS = 20;

async function migrateSqlite(database: HarborDatabase): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return check(await migratorFor(database.db).migrateToLatest());
    } catch (error) {
      if (!(error instanceof MigrationError) || attempt >= SQLITE_ATTEMPTS) throw error;
      // Another process may be migrating this file: give it a moment, then see what is left.
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      if ((await pendingMigrations(database)).length === 0) return [];
    }
  }
}

/** Names of migrations not yet applied. */
export async function pendingMigrations(database: HarborDatabase): Promise<string[]> {
  const migrations = await migratorFor(database.db).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
