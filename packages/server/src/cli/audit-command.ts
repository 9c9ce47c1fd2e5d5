import type { Command } from 'commander';
import { auditPublicKey } from '../audit/signing.js';
import { type AuditVerification, auditKeysOf, verifyAudit } from '../audit/verify-audit.js';
import type { Config } from '../config/index.js';
import { openDatabase } from '../db/database.js';

const VERIFY_HELP = `
Reads every audit entry in order and checks its hash and its link to the entry before it, and every signed
checkpoint. Reports each entry that was changed, deleted or reordered, and each checkpoint that is missing, edited
or signed by a key it does not trust, and exits 1 if there is any. It reads only; it is safe while Harbor is serving.

Harbor signs the trail regularly (a checkpoint) with a key derived from HARBOR_SECRET_KEY. Entries up to the last
checkpoint are vouched for by its signature; entries after it by their HMAC under the secret key. After a key change
(harbor keys rotate) the new key vouches for the checkpoints signed with the old one, so the current key is enough.

Entries removed from the end of the trail after the last checkpoint leave a shorter chain that is still valid. Keep
the "last entry" line of each run, and the signing key line, somewhere the database's users cannot write; if a later
run no longer shows that entry (or shows it with another hash), the trail was cut short or restored from an older
backup.

Needs the same HARBOR_DATABASE_URL and HARBOR_SECRET_KEY (or DATA_DIR/secret.key) as the server. Entries written by
Harbor versions before signed checkpoints, under a secret key replaced before this version's first harbor keys
rotate, are checked with that key: pass it in HARBOR_PREVIOUS_SECRET_KEYS (or run harbor keys rotate once with it).`;

/** What `harbor audit verify` prints after the problems: the anchors an operator keeps elsewhere. */
function anchors(result: AuditVerification, publicKey: string): string {
  const lines: string[] = [];
  if (result.last) lines.push(`Last entry: seq ${result.last.seq}, hash ${result.last.hash}`);
  const covered = result.checkpoints.last;
  if (!covered) {
    lines.push(
      `Checkpoints: ${result.checkpoints.checked} checked, none trusted: no entry is covered by a signature yet.`,
    );
  } else {
    const after = result.last && result.last.seq > covered.seq ? result.last.seq - covered.seq : 0;
    lines.push(
      `Checkpoints: ${result.checkpoints.checked} checked, ${result.checkpoints.trusted} trusted; checkpoint ${covered.n} ` +
        `of ${covered.at} covers entries 1 to ${covered.seq}` +
        (after > 0 ? ` (the ${after} after it rest on their HMAC until the next one).` : '.'),
    );
  }
  lines.push(`Signing key of HARBOR_SECRET_KEY (Ed25519 public key, keep a copy): ${publicKey}`);
  return `${lines.join('\n')}\n`;
}

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
      let result: AuditVerification;
      try {
        result = await verifyAudit(database.db, auditKeysOf([cfg.secretKey, ...cfg.previousSecretKeys]));
      } finally {
        await database.close();
      }
      const anchorLines = anchors(result, auditPublicKey(cfg.secretKey));
      if (result.problemCount === 0) {
        process.stdout.write(`Audit trail intact: ${result.checked} entries checked.\n${anchorLines}`);
        return;
      }
      for (const problem of result.problems) {
        process.stdout.write(`seq ${problem.seq}: ${problem.kind}: ${problem.message}\n`);
      }
      const unlisted = result.problemCount - result.problems.length;
      if (unlisted > 0) process.stdout.write(`… and ${unlisted} more problem(s) not listed.\n`);
      process.stdout.write(anchorLines);
      command.error(
        `harbor: the audit trail is damaged: ${result.problemCount} problem(s) in ${result.checked} entries checked.`,
        { exitCode: 1, code: 'harbor.audit.damaged' },
      );
    });
}
