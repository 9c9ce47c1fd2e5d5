import type { Command } from 'commander';
import { auditChainKey, auditOnce } from '../audit/index.js';
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
  3. When it reports that no value is left under an old key, remove HARBOR_PREVIOUS_SECRET_KEYS and restart.

Recovery codes made before the change stop working at step 3 (they are hashed, not encrypted): ask users to make new
ones. Keep the old key with the backups made before the change: they can only be read with it.

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
    });
}
