import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { AuditEventTable } from '../db/tables/audit.js';

/**
 * The hash chain of the audit trail.
 *
 * Each entry's `hash` is an HMAC-SHA256, under a key derived from HARBOR_SECRET_KEY, over a canonical
 * serialisation of every column of the entry, including its `seq` and the `prev_hash` it carries (the
 * `hash` of the entry before it). Changing any column of an entry, or moving it to another position,
 * breaks its own hash; removing an entry breaks the link from the next one. Because the hash is keyed,
 * someone who can edit the database but does not hold the secret key cannot recompute the chain after
 * an edit. Whoever holds both the key and write access to the database could rewrite history: keep the
 * key away from the database and its backups.
 */

/** The prev_hash of the first entry (also fixed in migration 2026-11-28T1400Z-audit). */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped only with a new serialisation; entries written under v1 stay verifiable under v1. */
const FORMAT = 'harbor audit chain v1';

/** The chain key: HKDF-SHA256 of the server's secret key, so the secret key itself is never used twice. */
export function auditChainKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), FORMAT, 32));
}

/** An entry as stored, without its own hash. */
export type UnhashedEntry = Omit<AuditEventTable, 'hash'>;

/**
 * The bytes the HMAC covers: a JSON array in a fixed column order, so the serialisation does not depend
 * on how a row object happens to be built. `fields` and `details` are taken as the JSON text stored,
 * so verification hashes exactly what is in the database.
 */
export function canonicalEntry(entry: UnhashedEntry): string {
  return JSON.stringify([
    FORMAT,
    // PostgreSQL's bigint arrives as a number through Harbor's pool; a string from elsewhere hashes alike.
    Number(entry.seq),
    entry.id,
    entry.at,
    entry.event,
    entry.actor_user_id,
    entry.actor_agency_id,
    entry.youth_id,
    entry.record_type,
    entry.record_id,
    entry.fields,
    entry.outcome,
    entry.ip,
    entry.user_agent,
    entry.details,
    entry.prev_hash,
  ]);
}

/** The entry's hash: HMAC-SHA256 of its canonical form, as 64 lower-case hex digits. */
export function entryHash(key: Buffer, entry: UnhashedEntry): string {
  return createHmac('sha256', key).update(canonicalEntry(entry), 'utf8').digest('hex');
}

/** Whether a stored entry's hash matches its content (compared in constant time). */
export function hashMatches(key: Buffer, entry: AuditEventTable): boolean {
  if (typeof entry.hash !== 'string' || !/^[0-9a-f]{64}$/.test(entry.hash)) return false;
  return timingSafeEqual(Buffer.from(entry.hash, 'hex'), Buffer.from(entryHash(key, entry), 'hex'));
}
