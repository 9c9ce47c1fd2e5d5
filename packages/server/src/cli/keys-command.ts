import type { Command } from 'commander';
import {
  auditChainKey,
  auditOnce,
  auditPublicKey,
  checkpointAfterRotation,
  type RotationCheckpoint,
} from '../audit/index.js';
import type { Config } from '../config/index.js';
import { Keyring } from '../crypto/keys.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { FEATURE_REGISTRY } from '../features/index.js';
import { RotationError, type RotationReport, rotateKeys } from '../records/rotate.js';

const ROTATE_HELP = `
How to change the secret key:
  1. Generate a new key (openssl rand -base64 32). Set HARBOR_SECRET_KEY to it and HARBOR_PREVIOUS_SECRET_KEYS to the
     old one (comma-separated if several), on every Harbor process, and restart them: new values are written under the
     new key, and values under the old key are still read.
  2. Run harbor keys rotate with the same settings. It re-encrypts every encrypted value that any feature declares
     (youth records, screening answers, crisis plans, step notes, mandated reports, authenticator secrets...) under
     the new key and rewrites the blind indexes used to search names and dates
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
        report = await rotateKeys(database.db, keyring, FEATURE_REGISTRY, { batchSize });
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
