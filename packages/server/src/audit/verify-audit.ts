import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { GENESIS_HASH, hashMatches } from './chain.js';

/**
 * What verification can find:
 * - `changed`: an entry's content (any column, its seq included) does not match its hash: it was edited
 *   after it was written, or moved to another position (reordering shows up here, since `seq` is hashed).
 * - `deleted`: numbers are missing from the sequence (seq 1, 2, 3, … has no gaps by construction),
 *   including entries missing before the first one present.
 * - `unlinked`: an entry's own hash is intact but its prev_hash is not the hash of the entry before it:
 *   the entry before it was replaced, or entries were spliced in from another chain.
 *
 * What a chain alone cannot detect: entries removed from the END (a truncated tail, down to an empty
 * table) leave a shorter chain that is still valid. To catch that, record the last seq and hash that
 * verification reports (`harbor audit verify` prints them) somewhere the database's users cannot write,
 * and check later that the entry with that seq still has that hash. The same holds for a restore of an
 * older backup. And whoever holds the secret key as well as write access to the database could rewrite
 * the chain: keep the key apart from the database and its backups.
 */
export type AuditProblemKind = 'changed' | 'deleted' | 'unlinked';

export interface AuditProblem {
  /** The entry concerned; for `deleted`, the first missing number. */
  seq: number;
  kind: AuditProblemKind;
  message: string;
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
}

export interface VerifyOptions {
  /** Entries read per query (default 5,000): memory stays flat however long the trail is. */
  pageSize?: number;
  /** Problems kept in the result (default 1,000); all are counted. */
  maxProblems?: number;
}

/**
 * Checks the whole audit trail in seq order, one page at a time (keyset pagination on the primary
 * key), and reports every changed, deleted or unlinked entry. Read-only; safe while Harbor is writing
 * (entries appended during the run are checked too, since a committed seq implies its predecessors
 * committed first).
 */
export async function verifyAudit(
  db: Kysely<Database>,
  key: Buffer | readonly Buffer[],
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  // After `harbor keys rotate` the trail holds entries under earlier chain keys. Keys come newest first; entries were
  // written oldest key first, so along the trail the key in use may only move to a newer one: an entry under a key
  // already replaced (someone holding an old secret writing after the rotation) does not verify.
  const keys = Buffer.isBuffer(key) ? [key] : [...key];
  let oldestAllowed = keys.length - 1;
  const pageSize = options.pageSize ?? 5000;
  const maxProblems = options.maxProblems ?? 1000;
  const problems: AuditProblem[] = [];
  let problemCount = 0;
  const report = (seq: number, kind: AuditProblemKind, message: string) => {
    problemCount += 1;
    if (problems.length < maxProblems) problems.push({ seq, kind, message });
  };

  let checked = 0;
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let last: AuditVerification['last'] = null;
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
      const keyIndex = keys.findIndex((k, i) => i <= oldestAllowed && hashMatches(k, entry));
      if (keyIndex < 0) {
        report(seq, 'changed', 'its content does not match its hash: it was edited after it was written');
      } else {
        oldestAllowed = keyIndex;
      }
      // Continue from what is stored, so one edit is reported once, at the entry edited.
      previousHash = entry.hash;
      expectedSeq = seq + 1;
      last = { seq, hash: entry.hash };
    }
    if (page.length < pageSize) break;
  }
  return { checked, problems, problemCount, last };
}
