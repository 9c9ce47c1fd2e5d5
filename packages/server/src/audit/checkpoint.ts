import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { toStoredTime } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { lockAuditTrail } from './append-audit.js';
import { canonicalCheckpoint, GENESIS_HASH, sha256Hex, type UnsignedCheckpoint } from './chain.js';
import type { AuditCheckpointTable } from './schema.js';
import { auditSigner } from './signing.js';
import { type AuditVerification, auditKeysOf, checkAuditTrail } from './verify-audit.js';

/**
 * Signed checkpoints of the audit trail. A checkpoint states, signed with the Ed25519 key of HARBOR_SECRET_KEY, that
 * the trail ended with entry `seq` of hash `entry_hash`; since every v2 hash covers the entry before it, the checkpoint
 * vouches for the whole trail up to there, for anyone who trusts its public key and long after the secret key changed.
 * Checkpoints are chained like entries (`prev_hash`), numbered 1, 2, 3, …, and append-only in the database.
 *
 * - A running server writes one every AUDIT_CHECKPOINT_INTERVAL_MS when the trail has grown, and one when it stops
 *   (startAuditCheckpoints), so what someone with database access could rewrite unnoticed by a checkpoint is limited to
 *   the entries since the last one, and those still carry MACs under the secret key.
 * - `harbor keys rotate` writes one signed with the new key that endorses the previous keys' public keys (so their
 *   checkpoints stay trusted when the previous keys are gone) and signs a digest of the entries in format v1 (whose
 *   hashes need the previous key), after checking the whole trail with every key (checkpointAfterRotation).
 *
 * Writers take the audit lock (the one appenders take) before reading the last entry and checkpoint, so two processes
 * never fork the checkpoints, and a periodic writer that finds the last entry covered already writes nothing.
 */

/** How often a running server signs the trail (when it has grown). */
export const AUDIT_CHECKPOINT_INTERVAL_MS = 5 * 60_000;

/** The secret keys, as the configuration holds them: the current one signs, previous ones are endorsed. */
export interface AuditSecrets {
  secretKey: Buffer;
  previousSecretKeys?: readonly Buffer[];
}

interface CheckpointContent {
  endorses?: readonly string[];
  v1?: { through: number; digest: string } | null;
  /** Write even when the last checkpoint covers the last entry already. */
  always?: boolean;
  now?: Date | undefined;
}

async function insertCheckpoint(
  db: Kysely<Database>,
  secretKey: Buffer,
  content: CheckpointContent,
): Promise<AuditCheckpointTable | null> {
  const signer = auditSigner(secretKey);
  return db.transaction().execute(async (trx) => {
    await lockAuditTrail(trx);
    const head = await trx
      .selectFrom('audit_event')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!head) return null;
    const last = await trx
      .selectFrom('audit_checkpoint')
      .select(['n', 'seq', 'hash'])
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last && Number(last.seq) > Number(head.seq)) {
      throw new Error(`The last audit checkpoint covers entry ${last.seq}, beyond the last entry ${head.seq}`);
    }
    if (!content.always && last && Number(last.seq) === Number(head.seq)) return null;
    const unsigned: UnsignedCheckpoint = {
      n: Number(last?.n ?? 0) + 1,
      at: toStoredTime(content.now),
      seq: Number(head.seq),
      entry_hash: head.hash,
      v1_through: content.v1?.through ?? null,
      v1_digest: content.v1?.digest ?? null,
      endorses: JSON.stringify(content.endorses ?? []),
      public_key: signer.publicKey,
      prev_hash: last?.hash ?? GENESIS_HASH,
    };
    const text = canonicalCheckpoint(unsigned);
    const row: AuditCheckpointTable = { ...unsigned, hash: sha256Hex(text), signature: signer.sign(text) };
    await trx.insertInto('audit_checkpoint').values(row).execute();
    return row;
  });
}

/**
 * Signs the trail as it stands, if it grew since the last checkpoint: returns the new checkpoint, or null when there
 * was nothing new to sign.
 */
export function writeAuditCheckpoint(
  db: Kysely<Database>,
  secrets: AuditSecrets,
  now?: Date,
): Promise<AuditCheckpointTable | null> {
  return insertCheckpoint(db, secrets.secretKey, { now });
}

export interface RotationCheckpoint {
  /** The check of the whole trail, with the current and previous keys. */
  verification: AuditVerification;
  /** The checkpoint written; null when the trail has problems (nothing is signed then) or no entry. */
  checkpoint: AuditCheckpointTable | null;
}

/**
 * After a key rotation: checks the whole trail with the current and previous keys and, if it is intact, writes a
 * checkpoint signed with the current key that endorses the previous keys' checkpoint keys and signs the digest of the
 * v1 entries up to the last one checked. From then on the trail verifies with the current key alone. A damaged trail
 * gets no checkpoint: signing would vouch for what could not be checked.
 */
export async function checkpointAfterRotation(
  db: Kysely<Database>,
  secrets: AuditSecrets,
  now?: Date,
): Promise<RotationCheckpoint> {
  const previous = secrets.previousSecretKeys ?? [];
  const { verification, v1Digest } = await checkAuditTrail(db, auditKeysOf([secrets.secretKey, ...previous]));
  if (verification.problemCount > 0 || !verification.last) return { verification, checkpoint: null };
  const current = auditSigner(secrets.secretKey).publicKey;
  const endorses = [...new Set(auditKeysOf(previous).map((key) => key.publicKey!))].filter((key) => key !== current);
  const checkpoint = await insertCheckpoint(db, secrets.secretKey, {
    endorses,
    v1: { through: verification.last.seq, digest: v1Digest },
    always: true,
    now,
  });
  return { verification, checkpoint };
}

export interface AuditCheckpointWriter {
  /** Stops the timer, waits for a pass under way, then signs the trail one last time. */
  stop(): Promise<void>;
}

/**
 * Signs the trail now, then every `intervalMs` while it grows, and once more at stop. A failed pass is logged and
 * the next one tries again.
 */
export function startAuditCheckpoints(options: {
  db: Kysely<Database>;
  secrets: AuditSecrets;
  intervalMs?: number;
  logger?: Logger | undefined;
  now?: () => Date;
}): AuditCheckpointWriter {
  const intervalMs = options.intervalMs ?? AUDIT_CHECKPOINT_INTERVAL_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let stopping: Promise<void> | undefined;
  const pass = async () => {
    try {
      const checkpoint = await writeAuditCheckpoint(options.db, options.secrets, options.now?.());
      if (checkpoint) {
        options.logger?.debug(
          { event: 'audit.checkpoint_written', n: checkpoint.n, seq: checkpoint.seq },
          'audit checkpoint written',
        );
      }
    } catch (error) {
      options.logger?.error({ event: 'audit.checkpoint_failed', err: error }, 'audit checkpoint failed');
    }
  };
  const tick = () => {
    running = pass().finally(() => {
      running = undefined;
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      stopping ??= (async () => {
        await running;
        await pass();
      })();
      return stopping;
    },
  };
}
