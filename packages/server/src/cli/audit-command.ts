import type { Command } from 'commander';
import { auditChainKey } from '../audit/chain.js';
import { verifyAudit } from '../audit/verify-audit.js';
import type { Config } from '../config/index.js';
import { openDatabase } from '../db/database.js';

const VERIFY_HELP = `
Reads every audit entry in order and checks its HMAC (keyed by HARBOR_SECRET_KEY) and its link to the
entry before it. Reports each entry that was changed, deleted or reordered, and exits 1 if there is any.
It reads only; it is safe while Harbor is serving.

Entries removed from the end of the trail leave a shorter chain that is still valid. Keep the "last entry"
line of each run somewhere the database's users cannot write; if a later run no longer shows that entry
(or shows it with another hash), the trail was cut short or restored from an older backup.

Needs the same HARBOR_DATABASE_URL and HARBOR_SECRET_KEY (or DATA_DIR/secret.key) as the server. Entries written
before a key rotation (harbor keys rotate) are checked with the earlier secrets: keep them, offline, and pass them in
HARBOR_PREVIOUS_SECRET_KEYS when you verify.`;

/** Adds `harbor audit …`: `harbor audit verify` checks the tamper-evident audit trail. */
export function registerAuditCommands(program: Command, loadConfig: () => Config): void {
  const audit = program.command('audit').description('check the tamper-evident audit trail');

  audit
    .command('verify')
    .description('check that no audit entry was changed, deleted or reordered; exits 1 if any was')
    .addHelpText('after', VERIFY_HELP)
    .showHelpAfterError(false)
    .action(async (_options: unknown, command: Command) => {
      const cfg = loadConfig();
      const database = openDatabase(cfg.database, { poolSize: 1 });
      let result: Awaited<ReturnType<typeof verifyAudit>>;
      try {
        result = await verifyAudit(database.db, [cfg.secretKey, ...cfg.previousSecretKeys].map(auditChainKey));
      } finally {
        await database.close();
      }
      const lastLine = result.last ? `Last entry: seq ${result.last.seq}, hash ${result.last.hash}\n` : '';
      if (result.problemCount === 0) {
        process.stdout.write(`Audit trail intact: ${result.checked} entries checked.\n${lastLine}`);
        return;
      }
      for (const problem of result.problems) {
        process.stdout.write(`seq ${problem.seq}: ${problem.kind}: ${problem.message}\n`);
      }
      const unlisted = result.problemCount - result.problems.length;
      if (unlisted > 0) process.stdout.write(`… and ${unlisted} more problem(s) not listed.\n`);
      process.stdout.write(lastLine);
      command.error(
        `harbor: the audit trail is damaged: ${result.problemCount} problem(s) in ${result.checked} entries checked.`,
        { exitCode: 1, code: 'harbor.audit.damaged' },
      );
    });
}
