import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuditCheckpointTable } from '../db/tables/audit.js';
import {
  auditChainKey,
  canonicalCheckpoint,
  foldV1Digest,
  GENESIS_HASH,
  hashMatches,
  hashMatchesV1,
  macMatches,
  sha256Hex,
} from './chain.js';
import { auditPublicKey, isAuditPublicKey, signatureMatches } from './signing.js';

/**
 * What verification can find:
 * - `changed`: an entry's content (any column, its seq included) does not match its hash, or a v2 entry after the last
 *   checkpoint has no valid MAC (it was rewritten together with its hash), or a checkpoint signed another hash for the
 *   entry (it, or an entry before it, was changed and the hashes after it recomputed). Reordering shows up here too,
 *   since `seq` is hashed.
 * - `deleted`: numbers are missing from the sequence (seq 1, 2, 3, … has no gaps by construction), including entries
 *   missing before the first one present, and entries a checkpoint covers that are gone from the end.
 * - `unlinked`: an entry's own hash is intact but its prev_hash is not the hash of the entry before it: the entry
 *   before it was replaced, or entries were spliced in from another chain.
 * - `checkpoint`: a checkpoint is missing, edited, badly signed, signed by a key that is not trusted, or out of order.
 *
 * Trust: the checkpoint public keys of the secret keys given (the current one first), and the keys that trusted
 * checkpoints endorse, each for the checkpoints before the one that endorses it (`harbor keys rotate` endorses the
 * previous keys). An endorsed earlier key is retired there: checkpoints, MACs and v1 hashes made with it after that
 * point are not accepted, even when that key is given.
 *
 * What cannot be detected: entries removed from the END after the last checkpoint (a truncated tail) leave a shorter
 * chain that is still valid, and so does a restore of an older backup. Record the last seq and hash that verification
 * reports (`harbor audit verify` prints them) somewhere the database's users cannot write, and check later that the
 * entry with that seq still has that hash. Whoever holds the current secret key as well as write access to the
 * database could rewrite the trail after the last checkpoint: keep the key apart from the database and its backups.
 */
export type AuditProblemKind = 'changed' | 'deleted' | 'unlinked' | 'checkpoint';

export interface AuditProblem {
  /** The entry concerned; for `deleted`, the first missing number; for a checkpoint, the entry it covers. */
  seq: number;
  kind: AuditProblemKind;
  message: string;
  /** The checkpoint concerned, when the problem was found through one. */
  checkpoint?: number;
}

/** A checkpoint as verification reports it. */
export interface CheckpointSummary {
  n: number;
  seq: number;
  hash: string;
  at: string;
  publicKey: string;
}

export interface AuditVerification {
  /** Entries read and checked. */
  checked: number;
  /** The problems found, in seq order (the first `maxProblems` of them). */
  problems: AuditProblem[];
  /** Every problem found, listed or not. */
  problemCount: number;
  /** The last entry, to be recorded elsewhere as an anchor against truncation; null for an empty trail. */
  last: { seq: number; hash: string } | null;
  checkpoints: {
    /** Checkpoints read and checked. */
    checked: number;
    /** Those validly signed by a trusted key. */
    trusted: number;
    /** The trusted checkpoint that covers the most entries; entries after its seq rest on their MACs alone. */
    last: CheckpointSummary | null;
  };
}

/** What verification knows of one secret key: its chain key (v1 hashes, v2 MACs) and its checkpoint public key. */
export interface AuditKey {
  chainKey: Buffer;
  publicKey: string | null;
}

/** The verification keys of secret keys, the current one first. */
export function auditKeysOf(secrets: readonly Buffer[]): AuditKey[] {
  return secrets.map((secret) => ({ chainKey: auditChainKey(secret), publicKey: auditPublicKey(secret) }));
}

export interface VerifyOptions {
  /** Entries read per query (default 5,000): memory stays flat however long the trail is. */
  pageSize?: number;
  /** Problems kept in the result (default 1,000); all are counted. */
  maxProblems?: number;
}

/**
 * Checks the whole audit trail in seq order, one page at a time (keyset pagination on the primary key), with its
 * checkpoints, and reports every changed, deleted or unlinked entry and every bad checkpoint. Read-only; safe while
 * Harbor is writing (entries appended during the run are checked too, since a committed seq implies its predecessors
 * committed first).
 *
 * `keys`, newest first: what `auditKeysOf` gives for the current and any previous secret keys. A bare chain key
 * (auditChainKey) checks hashes and MACs but trusts no checkpoint.
 */
export async function verifyAudit(
  db: Kysely<Database>,
  keys: Buffer | readonly (Buffer | AuditKey)[],
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  return (await checkAuditTrail(db, keys, options)).verification;
}

/** A run of v1 entries no key given can check. */
interface Pending {
  first: number;
  last: number;
  count: number;
}

/** A checkpoint with what its own content says of it. */
interface Checked extends AuditCheckpointTable {
  /** Hash, signature and list of endorsed keys all in order. */
  valid: boolean;
  invalid?: string;
  endorsed: string[];
}

/** Keeps the `max` problems of lowest seq (in the order found for equal seqs), counting all. */
class Problems {
  #list: (AuditProblem & { order: number })[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  add(problem: AuditProblem): void {
    this.#list.push({ ...problem, order: this.count++ });
    if (this.#list.length > 2 * this.max + 100) this.#trim();
  }
  #trim(): void {
    this.#list.sort((a, b) => a.seq - b.seq || a.order - b.order);
    this.#list.length = Math.min(this.#list.length, this.max);
  }
  list(): AuditProblem[] {
    this.#trim();
    return this.#list.map(({ order: _order, ...problem }) => problem);
  }
}

/** verifyAudit, and the digest of the v1 entries up to the last entry (signed by the checkpoint of a rotation). */
export async function checkAuditTrail(
  db: Kysely<Database>,
  given: Buffer | readonly (Buffer | AuditKey)[],
  options: VerifyOptions = {},
): Promise<{ verification: AuditVerification; v1Digest: string }> {
  const keys: AuditKey[] = (Buffer.isBuffer(given) ? [given] : [...given]).map((k) =>
    Buffer.isBuffer(k) ? { chainKey: k, publicKey: null } : k,
  );
  const pageSize = options.pageSize ?? 5000;
  const problems = new Problems(options.maxProblems ?? 1000);
  const report = (seq: number, kind: AuditProblemKind, message: string, checkpoint?: number) =>
    problems.add(checkpoint === undefined ? { seq, kind, message } : { seq, kind, message, checkpoint });

  const withCheckpoints = await hasCheckpointTable(db);
  const trust = withCheckpoints
    ? await trustOf(db, keys)
    : { bound: new Map<string, number>(), claims: [], retiredAfter: keys.map(() => Number.POSITIVE_INFINITY) };
  const trustedBy = (cp: Checked) => cp.valid && (trust.bound.get(cp.public_key) ?? 0) > Number(cp.n);
  const covered = withCheckpoints ? await lastTrusted(db, trustedBy) : null;
  const coveredThrough = covered ? Number(covered.seq) : 0;

  const retiredAfter = trust.retiredAfter;
  // Digests of the v1 entries signed by trusted checkpoints, in the order of the seq they run to.
  const digests = trust.claims
    .filter((cp) => cp.v1_through !== null && cp.v1_digest !== null)
    .sort((a, b) => Number(a.v1_through) - Number(b.v1_through) || Number(a.n) - Number(b.n));
  const lastDigestSeq = Math.max(0, ...digests.map((cp) => Number(cp.v1_through)));
  let nextDigest = 0;

  // v1 entries were written oldest key first, so along the trail the key in use may only move to a newer one: a v1
  // entry under a key already replaced (someone holding an old secret writing after the rotation) does not verify.
  let oldestAllowed = keys.length - 1;
  let v1Digest = GENESIS_HASH;
  // v1 entries no key given can check, waiting for the next signed digest.
  let pending: Pending | null = null;

  let checked = 0;
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let last: AuditVerification['last'] = null;

  // Compares the digest of the v1 entries so far with each trusted digest signed up to `upTo`.
  const settleDigests = (upTo: number) => {
    for (; nextDigest < digests.length && Number(digests[nextDigest]!.v1_through) <= upTo; nextDigest++) {
      const cp = digests[nextDigest]!;
      const n = Number(cp.n);
      const through = Number(cp.v1_through);
      if (cp.v1_digest !== v1Digest) {
        if (pending?.count === 1) {
          report(
            pending.first,
            'changed',
            `its content does not match its hash, nor the digest signed in checkpoint ${n}: it was edited after it was written`,
            n,
          );
        } else if (pending) {
          report(
            pending.first,
            'changed',
            `at least one of the ${pending.count} entries from seq ${pending.first} to ${pending.last} that no key ` +
              `given here can check was edited: they do not match the digest signed in checkpoint ${n} (give the ` +
              'secret key they were written under in HARBOR_PREVIOUS_SECRET_KEYS to find which)',
            n,
          );
        } else {
          report(
            through,
            'changed',
            `the entries in format v1 up to this one do not match the digest signed in checkpoint ${n}: one was ` +
              're-hashed, replaced or removed',
            n,
          );
        }
        // Continue from what was signed, so one edit is reported once.
        v1Digest = cp.v1_digest!;
      }
      pending = null;
    }
  };

  // Checkpoints are read alongside the entries, in their own order, each checked when the trail reaches its seq.
  const cps = withCheckpoints ? checkpointsInOrder(db, pageSize) : undefined;
  let nextCp = cps ? (await cps.next()).value : undefined;
  let previousCp: Checked | undefined;
  let cpChecked = 0;
  let cpTrusted = 0;
  const checkCheckpoint = async (cp: Checked, hashAtSeq: string | undefined, lastSeq: number) => {
    const n = Number(cp.n);
    const seq = Number(cp.seq);
    cpChecked += 1;
    const problem = (kind: AuditProblemKind, message: string) => report(seq, kind, message, n);
    if (!previousCp) {
      if (n > 1) problem('checkpoint', n === 2 ? 'checkpoint 1 is missing' : `checkpoints 1 to ${n - 1} are missing`);
      else if (cp.prev_hash !== GENESIS_HASH)
        problem('checkpoint', 'checkpoint 1 does not start from the genesis value');
    } else if (n > Number(previousCp.n) + 1) {
      const from = Number(previousCp.n) + 1;
      problem(
        'checkpoint',
        n === from + 1 ? `checkpoint ${from} is missing` : `checkpoints ${from} to ${n - 1} are missing`,
      );
    } else if (cp.prev_hash !== previousCp.hash) {
      problem(
        'checkpoint',
        `checkpoint ${n}: its prev_hash is not the hash of checkpoint ${n - 1}: that one was replaced`,
      );
    }
    if (previousCp && seq < Number(previousCp.seq)) {
      problem('checkpoint', `checkpoint ${n} covers fewer entries than checkpoint ${previousCp.n} before it`);
    }
    if (!cp.valid) {
      problem('checkpoint', `checkpoint ${n}: ${cp.invalid}`);
    } else if (!trustedBy(cp)) {
      const index = keys.findIndex((key) => key.publicKey === cp.public_key);
      problem(
        'checkpoint',
        index > 0
          ? `checkpoint ${n} is signed with an earlier secret key after a later checkpoint retired it (harbor keys rotate)`
          : `checkpoint ${n} is signed by a key that is not trusted (public key ${cp.public_key.slice(0, 16)}…): it was ` +
              'forged, or signed with a secret key neither given here nor endorsed by a trusted checkpoint',
      );
    } else {
      cpTrusted += 1;
    }
    if (hashAtSeq === undefined) {
      // A gap in the middle is reported as deleted already; past the end, only the checkpoint shows it.
      if (seq > lastSeq) {
        problem('deleted', `checkpoint ${n} covers entry ${seq}, which is missing: the trail was cut short after it`);
      }
    } else if (hashAtSeq !== cp.entry_hash) {
      problem(
        'changed',
        `checkpoint ${n} signed another hash for this entry: it or an entry before it was changed after the checkpoint was written`,
      );
    }
    previousCp = cp;
  };
  const hashAt = async (seq: number) =>
    (await db.selectFrom('audit_event').select('hash').where('seq', '=', seq).executeTakeFirst())?.hash;

  for (;;) {
    const page = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>', expectedSeq - 1)
      .orderBy('seq', 'asc')
      .limit(pageSize)
      .execute();
    for (const entry of page) {
      const seq = Number(entry.seq);
      checked += 1;
      if (seq > expectedSeq) {
        report(
          expectedSeq,
          'deleted',
          seq === expectedSeq + 1
            ? `entry ${expectedSeq} is missing`
            : `entries ${expectedSeq} to ${seq - 1} are missing (${seq - expectedSeq} entries)`,
        );
      } else if (entry.prev_hash !== previousHash) {
        report(
          seq,
          'unlinked',
          seq === 1
            ? 'the first entry does not start from the genesis value'
            : `its prev_hash is not the hash of entry ${seq - 1}: that entry was replaced or entries were reordered`,
        );
      }

      // A digest signed up to an entry that is gone is settled once the trail has passed where it was.
      settleDigests(seq - 1);
      if (hashMatches(entry)) {
        // A v2 entry. Up to the last trusted checkpoint its hash is vouched for; after it, its MAC must hold.
        const vouched =
          seq <= coveredThrough || keys.some((key, i) => seq <= retiredAfter[i]! && macMatches(key.chainKey, entry));
        if (!vouched) {
          report(
            seq,
            'changed',
            'its MAC does not match under the secret keys given: it was rewritten with its hash after the last ' +
              'checkpoint, or written under a secret key not given here',
          );
        }
      } else {
        // A v1 entry, or an edited one.
        v1Digest = foldV1Digest(v1Digest, entry);
        const keyIndex = keys.findIndex(
          (key, i) => i <= oldestAllowed && seq <= retiredAfter[i]! && hashMatchesV1(key.chainKey, entry),
        );
        if (keyIndex >= 0) {
          oldestAllowed = keyIndex;
        } else if (seq <= lastDigestSeq) {
          pending = extend(pending, seq);
        } else {
          report(seq, 'changed', 'its content does not match its hash: it was edited after it was written');
        }
      }
      settleDigests(seq);
      // Continue from what is stored, so one edit is reported once, at the entry edited.
      previousHash = entry.hash;
      expectedSeq = seq + 1;
      last = { seq, hash: entry.hash };

      while (cps && nextCp && Number(nextCp.seq) <= seq) {
        const at = Number(nextCp.seq);
        await checkCheckpoint(nextCp, at === seq ? entry.hash : await hashAt(at), seq);
        nextCp = (await cps.next()).value;
      }
    }
    if (page.length < pageSize) break;
  }
  settleDigests(Number.POSITIVE_INFINITY);
  while (cps && nextCp) {
    await checkCheckpoint(nextCp, await hashAt(Number(nextCp.seq)), last?.seq ?? 0);
    nextCp = (await cps.next()).value;
  }

  const verification: AuditVerification = {
    checked,
    problems: problems.list(),
    problemCount: problems.count,
    last,
    checkpoints: { checked: cpChecked, trusted: cpTrusted, last: covered ? summary(covered) : null },
  };
  return { verification, v1Digest };
}

function extend(pending: Pending | null, seq: number): Pending {
  return pending ? { first: pending.first, last: seq, count: pending.count + 1 } : { first: seq, last: seq, count: 1 };
}

function summary(cp: AuditCheckpointTable): CheckpointSummary {
  return { n: Number(cp.n), seq: Number(cp.seq), hash: cp.entry_hash, at: cp.at, publicKey: cp.public_key };
}

/** A stored checkpoint with its hash, signature and endorsed keys checked. */
function checkedCheckpoint(cp: AuditCheckpointTable): Checked {
  const text = canonicalCheckpoint(cp);
  let endorsed: unknown;
  try {
    endorsed = JSON.parse(cp.endorses);
  } catch {
    endorsed = undefined;
  }
  const wellFormed = Array.isArray(endorsed) && endorsed.every(isAuditPublicKey);
  const keys = wellFormed ? (endorsed as string[]) : [];
  if (cp.hash !== sha256Hex(text)) {
    return { ...cp, valid: false, invalid: 'its content does not match its hash: it was edited', endorsed: keys };
  }
  if (!signatureMatches(cp.public_key, text, cp.signature)) {
    return { ...cp, valid: false, invalid: 'its signature does not match: it was forged or edited', endorsed: keys };
  }
  if (!wellFormed) {
    return { ...cp, valid: false, invalid: 'the keys it endorses are not a list of public keys', endorsed: keys };
  }
  return { ...cp, valid: true, endorsed: keys };
}

async function* checkpointsInOrder(db: Kysely<Database>, pageSize: number): AsyncGenerator<Checked, undefined> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_checkpoint')
      .selectAll()
      .where('n', '>', after)
      .orderBy('n', 'asc')
      .limit(pageSize)
      .execute();
    for (const cp of page) yield checkedCheckpoint(cp);
    if (page.length < pageSize) return undefined;
    after = Number(page.at(-1)!.n);
  }
}

/**
 * Which checkpoint keys are trusted, and up to where: `bound` holds, per public key, the n below which its checkpoints
 * are trusted. Trust flows only through checkpoints that endorse keys or sign a v1 digest (those of `harbor keys
 * rotate`, a few), so only those are read; `claims` are those found trusted. `retiredAfter[i]`: the last entry for
 * which keys[i] is accepted.
 */
export async function trustOf(
  db: Kysely<Database>,
  keys: readonly AuditKey[],
): Promise<{ bound: Map<string, number>; claims: Checked[]; retiredAfter: number[] }> {
  const special = (
    await db
      .selectFrom('audit_checkpoint')
      .selectAll()
      .where((eb) => eb.or([eb('v1_digest', 'is not', null), eb('endorses', '!=', '[]')]))
      .orderBy('n', 'desc')
      .execute()
  ).map(checkedCheckpoint);
  const propagate = (roots: Map<string, number>) => {
    const bound = new Map(roots);
    const claims: Checked[] = [];
    // Newest first: a checkpoint's trust depends only on checkpoints after it.
    for (const cp of special) {
      const n = Number(cp.n);
      if (!cp.valid || (bound.get(cp.public_key) ?? 0) <= n) continue;
      claims.push(cp);
      for (const key of cp.endorsed) bound.set(key, Math.max(bound.get(key) ?? 0, n));
    }
    return { bound, claims };
  };
  const current = keys[0]?.publicKey;
  const roots = new Map<string, number>();
  if (current) roots.set(current, Number.POSITIVE_INFINITY);
  // A previous key given is trusted throughout, unless a checkpoint trusted through the current key endorsed
  // (and so retired) it: then only before that checkpoint.
  const fromCurrent = propagate(roots);
  for (const key of keys.slice(1)) {
    if (key.publicKey && !roots.has(key.publicKey)) {
      roots.set(key.publicKey, fromCurrent.bound.get(key.publicKey) ?? Number.POSITIVE_INFINITY);
    }
  }
  const { bound, claims } = propagate(roots);
  // A previous key is retired at the last trusted checkpoint that endorsed it: nothing made with it after that
  // checkpoint's entry is accepted. The current key is never retired.
  const retiredAfter = keys.map((key, i) => {
    const endorsing = claims.filter((cp) => i > 0 && key.publicKey && cp.endorsed.includes(key.publicKey));
    return endorsing.length > 0 ? Math.max(...endorsing.map((cp) => Number(cp.seq))) : Number.POSITIVE_INFINITY;
  });
  return { bound, claims, retiredAfter };
}

/** The trusted checkpoint with the highest seq (read from the newest back until one is trusted). */
async function lastTrusted(db: Kysely<Database>, trusted: (cp: Checked) => boolean): Promise<Checked | null> {
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const page = await db
      .selectFrom('audit_checkpoint')
      .selectAll()
      .where('n', '<', before)
      .orderBy('n', 'desc')
      .limit(100)
      .execute();
    let best: Checked | null = null;
    for (const cp of page.map(checkedCheckpoint)) {
      if (trusted(cp) && (!best || Number(cp.seq) > Number(best.seq))) best = cp;
    }
    if (best || page.length < 100) return best;
    before = Number(page.at(-1)!.n);
  }
}

/** Whether the database has the checkpoint table (migration 2026-12-01T1000Z); a trail migrated earlier has none. */
async function hasCheckpointTable(db: Kysely<Database>): Promise<boolean> {
  const tables = await db.introspection.getTables();
  return tables.some((table) => table.name === 'audit_checkpoint');
}
