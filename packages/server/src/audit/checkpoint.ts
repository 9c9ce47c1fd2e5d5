import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { toStoredTime } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import type { AuditCheckpointTable } from '../db/tables/audit.js';
import { lockAuditTrail } from './append-audit.js';
import {
  canonicalCheckpoint,
  GENESIS_HASH,
  hashMatches,
  hashMatchesV1,
  macMatches,
  sha256Hex,
  type UnsignedCheckpoint,
} from './chain.js';
import { auditSigner, signatureMatches } from './signing.js';
import { type AuditKey, type AuditVerification, auditKeysOf, checkAuditTrail, trustOf } from './verify-audit.js';

/**
 * Signed checkpoints of the audit trail. A checkpoint states, signed with the Ed25519 key of HARBOR_SECRET_KEY, that
 * the trail ended with entry `seq` of hash `entry_hash`; since every v2 hash covers the entry before it, the checkpoint
 * vouches for the whole trail up to there, for anyone who trusts its public key and long after the secret key changed.
 * Checkpoints are chained like entries (`prev_hash`), numbered 1, 2, 3, …, and append-only in the database.
 *
 * - A running server writes one at start, every AUDIT_CHECKPOINT_INTERVAL_MS when the trail has grown, and one when
 *   it stops (startAuditCheckpoints), so what someone with database access could rewrite unnoticed by a checkpoint is
 *   limited to the entries since the last one, and those still carry MACs under the secret key.
 * - `harbor keys rotate` writes one signed with the new key that endorses the previous keys' public keys (so their
 *   checkpoints stay trusted when the previous keys are gone) and signs a digest of the entries in format v1 (whose
 *   hashes need the previous key), after checking the whole trail with every key (checkpointAfterRotation).
 *
 * Writers check the new entries first, then take the audit lock (the one appenders take) to read the last checkpoint
 * and append theirs, so two processes never fork the checkpoints, and a periodic writer that finds the entry covered
 * already writes nothing.
 */

/** How often a running server signs the trail (when it has grown). */
export const AUDIT_CHECKPOINT_INTERVAL_MS = 5 * 60_000;

/** The secret keys, as the configuration holds them: the current one signs, previous ones are endorsed. */
export interface AuditSecrets {
  secretKey: Buffer;
  previousSecretKeys?: readonly Buffer[];
}

/** An entry as a checkpoint names it. */
interface Head {
  seq: number;
  hash: string;
}

/** What a writer found: the checkpoint it wrote (null when there was nothing new to sign), and any entry it refused. */
export interface CheckpointResult {
  checkpoint: AuditCheckpointTable | null;
  /** The first entry after the last checkpoint that does not check out: the trail is signed up to the one before. */
  refused: { seq: number; reason: string } | null;
}

interface SignOptions {
  /** The entry up to which the trail is known good already (default: the writer's own last checkpoint). */
  from?: Head | null;
  endorses?: readonly string[];
  v1?: { through: number; digest: string } | null;
  /** Write even when the last checkpoint covers the last good entry already (a rotation's endorsement). */
  always?: boolean;
  now?: Date | undefined;
}

/**
 * Signs the trail up to its last entry that checks out. Entries after `from` are checked first, outside the lock (so
 * appenders are never held up for long): each must follow the one before with no gap and carry a MAC under one of the
 * keys (or, in format v1, a hash under one of them); a key a rotation retired counts only up to that rotation. A
 * checkpoint thus never vouches for an entry someone slipped in without the key. Then, under the audit lock, the
 * checkpoint is appended after the last one, unless another writer covered that entry meanwhile.
 */
async function signTrail(db: Kysely<Database>, secrets: AuditSecrets, options: SignOptions): Promise<CheckpointResult> {
  const secretKeys = [secrets.secretKey, ...(secrets.previousSecretKeys ?? [])];
  const keys = auditKeysOf(secretKeys);
  const signer = auditSigner(secrets.secretKey);
  let from = options.from === undefined ? await ownLastCheckpoint(db, keys) : options.from;
  const { retiredAfter } = await trustOf(db, keys);
  // A rotation retries when a running server signed further meanwhile; a periodic writer leaves it to that one.
  for (let attempt = 0; attempt < 10; attempt++) {
    const { good, refused } = await lastGoodEntry(db, keys, retiredAfter, from);
    if (!good || (!options.always && from && good.seq <= from.seq)) return { checkpoint: null, refused };
    const written = await db.transaction().execute(async (trx) => {
      await lockAuditTrail(trx);
      const last = await trx
        .selectFrom('audit_checkpoint')
        .select(['n', 'seq', 'hash'])
        .orderBy('n', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (last && Number(last.seq) > good.seq) return 'behind' as const;
      if (!options.always && last && Number(last.seq) === good.seq) return null;
      const unsigned: UnsignedCheckpoint = {
        n: Number(last?.n ?? 0) + 1,
        at: toStoredTime(options.now),
        seq: good.seq,
        entry_hash: good.hash,
        v1_through: options.v1?.through ?? null,
        v1_digest: options.v1?.digest ?? null,
        endorses: JSON.stringify(options.endorses ?? []),
        public_key: signer.publicKey,
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      const text = canonicalCheckpoint(unsigned);
      const row: AuditCheckpointTable = { ...unsigned, hash: sha256Hex(text), signature: signer.sign(text) };
      await trx.insertInto('audit_checkpoint').values(row).execute();
      return row;
    });
    if (written !== 'behind') return { checkpoint: written, refused };
    if (!options.always) return { checkpoint: null, refused };
    from = good;
  }
  throw new Error('Another writer kept signing the audit trail further; run the command again.');
}

/** The last entry after `from` up to which every entry checks out (see signTrail), and the first one that does not. */
async function lastGoodEntry(
  db: Kysely<Database>,
  keys: readonly AuditKey[],
  retiredAfter: readonly number[],
  from: Head | null,
): Promise<{ good: Head | null; refused: CheckpointResult['refused'] }> {
  let good = from;
  for (;;) {
    const page = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>', good?.seq ?? 0)
      .orderBy('seq', 'asc')
      .limit(1000)
      .execute();
    for (const entry of page) {
      const seq = Number(entry.seq);
      const reason =
        seq !== (good?.seq ?? 0) + 1
          ? `entry ${(good?.seq ?? 0) + 1} is missing`
          : entry.prev_hash !== (good?.hash ?? GENESIS_HASH)
            ? 'its prev_hash is not the hash of the entry before it'
            : hashMatches(entry)
              ? keys.some((key, i) => seq <= retiredAfter[i]! && macMatches(key.chainKey, entry))
                ? null
                : 'its MAC does not match under the secret keys of this process'
              : keys.some((key, i) => seq <= retiredAfter[i]! && hashMatchesV1(key.chainKey, entry))
                ? null
                : 'its content does not match its hash under the secret keys of this process';
      if (reason) return { good, refused: { seq, reason } };
      good = { seq, hash: entry.hash };
    }
    if (page.length < 1000) return { good, refused: null };
    // Let requests run between pages: on SQLite every read is synchronous, so checking the entries of five busy minutes
    // (hundreds of thousands) would otherwise hold the event loop for seconds (the soak of bench/soak.bench.mjs).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The newest checkpoint validly signed with one of these keys: where a writer's own checking can start from. */
async function ownLastCheckpoint(db: Kysely<Database>, keys: readonly AuditKey[]): Promise<Head | null> {
  const own = new Set(keys.map((key) => key.publicKey));
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const page = await db
      .selectFrom('audit_checkpoint')
      .selectAll()
      .where('n', '<', before)
      .orderBy('n', 'desc')
      .limit(100)
      .execute();
    for (const cp of page) {
      const text = canonicalCheckpoint(cp);
      if (
        own.has(cp.public_key) &&
        cp.hash === sha256Hex(text) &&
        signatureMatches(cp.public_key, text, cp.signature)
      ) {
        return { seq: Number(cp.seq), hash: cp.entry_hash };
      }
    }
    if (page.length < 100) return null;
    before = Number(page.at(-1)!.n);
  }
}

/**
 * Signs the trail if it grew since this process's keys last signed it, up to its last entry that checks out.
 */
export function writeAuditCheckpoint(
  db: Kysely<Database>,
  secrets: AuditSecrets,
  now?: Date,
): Promise<CheckpointResult> {
  return signTrail(db, secrets, { now });
}

export interface RotationCheckpoint extends CheckpointResult {
  /** The check of the whole trail, with the current and previous keys. */
  verification: AuditVerification;
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
  const last = verification.last;
  if (verification.problemCount > 0 || !last) return { verification, checkpoint: null, refused: null };
  const current = auditSigner(secrets.secretKey).publicKey;
  const endorses = [...new Set(auditKeysOf(previous).map((key) => key.publicKey!))].filter((key) => key !== current);
  const { checkpoint, refused } = await signTrail(db, secrets, {
    from: last,
    endorses,
    v1: { through: last.seq, digest: v1Digest },
    always: true,
    now,
  });
  return { verification, checkpoint, refused };
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
      const { checkpoint, refused } = await writeAuditCheckpoint(options.db, options.secrets, options.now?.());
      if (refused) {
        options.logger?.error(
          { event: 'audit.checkpoint_refused', seq: refused.seq, reason: refused.reason },
          'an audit entry does not check out: the trail is signed only up to the entry before it; run harbor audit verify',
        );
      }
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
