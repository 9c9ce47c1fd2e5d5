import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import {
  auditChainKey,
  auditOnce,
  auditPublicKey,
  checkpointAfterRotation,
  type RotationCheckpoint,
} from '../audit/index.js';
import type { Config } from '../config/index.js';
import {
  type EncryptionPurpose,
  FieldDecryptionError,
  fieldAad,
  needsRotation,
  reencryptField,
} from '../crypto/field-encryption.js';
import { Keyring } from '../crypto/keys.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { ENCRYPTED_YOUTH_COLUMNS, openYouth, youthIndexRows } from '../features/youth/youth-data.js';

/** Every encrypted column Harbor writes, with the key purpose it is written under. */
export const ENCRYPTED_COLUMNS: readonly { table: string; column: string; purpose: EncryptionPurpose }[] = [
  ...ENCRYPTED_YOUTH_COLUMNS.map((column) => ({ table: 'youth', column, purpose: 'field-encryption' as const })),
  { table: 'app_user', column: 'totp_secret', purpose: 'totp-secret' },
  { table: 'screening', column: 'answers', purpose: 'field-encryption' },
];

/** The tables with encrypted columns, as the rotation sees them: text columns by name. */
type LooseTables = Record<string, Record<string, string | null>>;

export interface RotationReport {
  /** Values rewritten under the current key, per table. */
  reencrypted: Record<string, number>;
  /** Values that were already under the current key. */
  alreadyCurrent: number;
  /** Values changed by someone else while the rotation ran (written under the current key; run again to be sure). */
  skipped: number;
  /** Youth whose blind indexes were rewritten under the current key. */
  indexesRewritten: number;
}

/** A value that cannot be decrypted: where it is, never what it is. */
export class RotationError extends Error {
  override name = 'RotationError';
}

/**
 * Re-encrypts every encrypted value under the current secret key, reading older values with the previous keys of the
 * keyring, and rewrites the youth's blind indexes under the current key. Works in batches of rows, one transaction
 * each; a value changed meanwhile is left to its writer. Running it again changes nothing (idempotent).
 */
export async function rotateKeys(
  db: Kysely<Database>,
  keyring: Keyring,
  options: { batchSize?: number } = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 200;
  const loose = db as unknown as Kysely<LooseTables>;
  const report: RotationReport = { reencrypted: {}, alreadyCurrent: 0, skipped: 0, indexesRewritten: 0 };
  const tables = [...new Set(ENCRYPTED_COLUMNS.map((c) => c.table))];
  for (const table of tables) {
    const columns = ENCRYPTED_COLUMNS.filter((c) => c.table === table);
    report.reencrypted[table] = 0;
    let after = '';
    for (;;) {
      const rows = await loose
        .selectFrom(table)
        .select(['id', ...columns.map((c) => c.column)])
        .where('id', '>', after)
        .orderBy('id')
        .limit(batchSize)
        .execute();
      if (rows.length === 0) break;
      await db.transaction().execute(async (trx) => {
        const looseTrx = trx as unknown as Kysely<LooseTables>;
        for (const row of rows) {
          const id = row.id as string;
          const changes: Record<string, string> = {};
          const previous: Record<string, string> = {};
          for (const { column, purpose } of columns) {
            const stored = row[column];
            if (stored === null || stored === undefined) continue;
            try {
              if (!needsRotation(keyring, stored, { purpose })) {
                report.alreadyCurrent++;
                continue;
              }
              previous[column] = stored;
              changes[column] = reencryptField(keyring, stored, fieldAad(table, column, id), { purpose });
            } catch (error) {
              if (error instanceof FieldDecryptionError) {
                throw new RotationError(`${table}.${column} of row ${id} cannot be re-encrypted: ${error.message}`);
              }
              throw error;
            }
          }
          const changed = Object.keys(changes);
          if (changed.length === 0) continue;
          let update = looseTrx.updateTable(table).set(changes).where('id', '=', id);
          // Only if nobody changed the row meanwhile (a writer uses the current key anyway).
          for (const column of changed) update = update.where(column, '=', previous[column]!);
          const result = await update.executeTakeFirst();
          if (Number(result.numUpdatedRows) === 1) report.reencrypted[table]! += changed.length;
          else report.skipped += changed.length;
        }
        if (table === 'youth')
          report.indexesRewritten += await rewriteIndexes(
            trx,
            keyring,
            rows.map((r) => r.id as string),
          );
      });
      after = rows.at(-1)!.id as string;
    }
  }
  return report;
}

/** Rewrites the blind indexes of these youth where they differ from the indexes under the current key. */
async function rewriteIndexes(trx: Kysely<Database>, keyring: Keyring, youthIds: string[]): Promise<number> {
  const rows = await trx.selectFrom('youth').selectAll().where('id', 'in', youthIds).execute();
  const stored = await trx
    .selectFrom('youth_index')
    .select(['youth_id', 'kind', 'hash'])
    .where('youth_id', 'in', youthIds)
    .execute();
  let rewritten = 0;
  for (const row of rows) {
    const want = youthIndexRows(keyring, row.id, openYouth(keyring, row));
    const have = new Set(stored.filter((s) => s.youth_id === row.id).map((s) => `${s.kind}:${s.hash}`));
    if (want.length === have.size && want.every((w) => have.has(`${w.kind}:${w.hash}`))) continue;
    await trx.deleteFrom('youth_index').where('youth_id', '=', row.id).execute();
    if (want.length > 0) await trx.insertInto('youth_index').values(want).execute();
    rewritten++;
  }
  return rewritten;
}

const ROTATE_HELP = `
How to change the secret key:
  1. Generate a new key (openssl rand -base64 32). Set HARBOR_SECRET_KEY to it and HARBOR_PREVIOUS_SECRET_KEYS to the
     old one (comma-separated if several), on every Harbor process, and restart them: new values are written under the
     new key, and values under the old key are still read.
  2. Run harbor keys rotate with the same settings. It re-encrypts every encrypted value (youth records, screening
     answers, authenticator secrets) under the new key and rewrites the blind indexes used to search names and dates
     of birth, in batches, one transaction each, while Harbor keeps serving. Running it again changes nothing.
     Last, it checks the whole audit trail with the new and old keys and signs it with the new key (a checkpoint that
     vouches for what the old key signed), so the trail can be verified with the new key alone. If the trail has a
     problem it signs nothing and exits 1: keep the old key set until harbor audit verify shows why.
  3. When it reports that no value is left under an old key and the audit trail was signed, remove
     HARBOR_PREVIOUS_SECRET_KEYS and restart.

Recovery codes made before the change stop working at step 3 (they are hashed, not encrypted): ask users to make new
ones. Keep the old key with the backups made before the change: they can only be read with it. Keep the signing key
line it prints: it identifies the key that signs the audit trail from now on.

Needs the same HARBOR_DATABASE_URL as the server.`;

/** Adds `harbor keys …`: `harbor keys rotate` re-encrypts everything under the current secret key. */
export function registerKeysCommands(program: Command, loadConfig: () => Config): void {
  const keys = program.command('keys').description('manage the secret key that encrypts identifying data');

  keys
    .command('rotate')
    .description('re-encrypt every encrypted value under HARBOR_SECRET_KEY, reading old values with the previous keys')
    .option('--batch-size <rows>', 'rows per transaction', '200')
    .addHelpText('after', ROTATE_HELP)
    .showHelpAfterError(false)
    .action(async (options: { batchSize: string }, command: Command) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
        command.error('harbor: --batch-size must be a whole number from 1 to 10000.', { exitCode: 1 });
      }
      const cfg = loadConfig();
      const keyring = Keyring.fromConfig(cfg);
      const database = openDatabase(cfg.database, { poolSize: 1 });
      let report: RotationReport;
      try {
        await migrateToLatest(database);
        report = await rotateKeys(database.db, keyring, { batchSize });
        const total = Object.values(report.reencrypted).reduce((a, b) => a + b, 0);
        await auditOnce(database.db, auditChainKey(cfg.secretKey), {
          event: 'admin.keys.rotated',
          outcome: 'success',
          details: {
            reencrypted: total,
            already_current: report.alreadyCurrent,
            skipped: report.skipped,
            indexes_rewritten: report.indexesRewritten,
          },
        });
      } catch (error) {
        if (error instanceof RotationError) command.error(`harbor: ${error.message}`, { exitCode: 1 });
        throw error;
      } finally {
        await database.close();
      }
      const total = Object.values(report.reencrypted).reduce((a, b) => a + b, 0);
      const perTable = Object.entries(report.reencrypted)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ');
      process.stdout.write(
        `Re-encrypted ${total} value(s) under the current key (${perTable}).\n` +
          `${report.alreadyCurrent} value(s) were already under the current key.\n` +
          `Blind indexes rewritten for ${report.indexesRewritten} youth.\n` +
          (report.skipped > 0
            ? `${report.skipped} value(s) changed while this ran: run harbor keys rotate again.\n`
            : 'No value is left under a previous key: HARBOR_PREVIOUS_SECRET_KEYS may be removed.\n'),
      );

      await signAuditTrail(cfg, command);
    });
}

/**
 * The last step of a rotation: checks the audit trail with the new and previous keys and signs it with the new key,
 * vouching for the checkpoints of the previous keys (audit/checkpoint.ts), so the trail verifies with the new key alone.
 */
async function signAuditTrail(cfg: Config, command: Command): Promise<void> {
  const database = openDatabase(cfg.database, { poolSize: 1 });
  let result: RotationCheckpoint;
  try {
    result = await checkpointAfterRotation(database.db, cfg);
  } finally {
    await database.close();
  }
  const { verification, checkpoint, refused } = result;
  if (!checkpoint || refused) {
    command.error(
      `harbor: the audit trail has ${verification.problemCount + (refused ? 1 : 0)} problem(s), so it was not signed ` +
        `${checkpoint ? `beyond entry ${checkpoint.seq}` : 'with the new key'}. ` +
        'Keep HARBOR_PREVIOUS_SECRET_KEYS set (the earlier trail needs those keys) and run harbor audit verify to list them.',
      { exitCode: 1, code: 'harbor.audit.damaged' },
    );
  }
  process.stdout.write(
    `Audit trail checked (${verification.checked} entries) and signed with the new key: checkpoint ${checkpoint.n} ` +
      `covers entries 1 to ${checkpoint.seq} and vouches for the checkpoints signed with the previous key(s).\n` +
      `Signing key of HARBOR_SECRET_KEY (Ed25519 public key, keep a copy): ${auditPublicKey(cfg.secretKey)}\n`,
  );
}
