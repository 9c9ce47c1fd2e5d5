import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { AuditCheckpointTable, AuditEventTable } from '../db/tables/audit.js';

/**
 * The hash chain of the audit trail.
 *
 * Each entry's `hash` covers a canonical serialisation of every column of the entry, including its `seq` and the
 * `prev_hash` it carries (the `hash` of the entry before it). Changing any column of an entry, or moving it to another
 * position, breaks its own hash; removing an entry breaks the link from the next one.
 *
 * Two formats, told apart by the hash itself (an entry's hash matches one or the other):
 * - v2 (written now): `hash` is SHA-256 of the canonical form, so anyone can check it without a secret, for as long as
 *   the trail is kept. `mac` is an HMAC of that hash under the chain key of HARBOR_SECRET_KEY, so someone who edits
 *   the database without the key cannot rewrite the newest entries and their hashes unnoticed. Older entries are
 *   vouched for by signed checkpoints (checkpoint.ts), which outlive a change of the secret key.
 * - v1 (written before): `hash` is an HMAC under the chain key and there is no `mac`. The table is append-only, so
 *   these entries stay as they were; they are checked with the secret keys given or through a checkpoint's digest.
 */

/** The prev_hash of the first entry (also fixed in migration 2026-11-28T1400Z-audit). */
export const GENESIS_HASH = '0'.repeat(64);

/** The labels of the formats: part of what is hashed, never changed once entries are written under them. */
const FORMAT_V1 = 'harbor audit chain v1';
const FORMAT_V2 = 'harbor audit chain v2';
const MAC_LABEL = 'harbor audit mac v2';

/** The chain key: HKDF-SHA256 of the server's secret key, so the secret key itself is never used twice. */
export function auditChainKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), FORMAT_V1, 32));
}

/** An entry as stored, without its own hash and MAC. */
export type UnhashedEntry = Omit<AuditEventTable, 'hash' | 'mac'>;

/**
 * The bytes a hash covers: a JSON array in a fixed column order, so the serialisation does not depend on how a row
 * object happens to be built. `fields` and `details` are taken as the JSON text stored, so verification hashes exactly
 * what is in the database.
 */
function canonical(format: string, entry: UnhashedEntry): string {
  return JSON.stringify([
    format,
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

/** The canonical form of an entry under format v2. */
export function canonicalEntry(entry: UnhashedEntry): string {
  return canonical(FORMAT_V2, entry);
}

/** The canonical form of an entry under format v1. */
export function canonicalEntryV1(entry: UnhashedEntry): string {
  return canonical(FORMAT_V1, entry);
}

/** A v2 entry's hash: SHA-256 of its canonical form, as 64 lower-case hex digits. Needs no secret. */
export function entryHash(entry: UnhashedEntry): string {
  return createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex');
}

/** A v1 entry's hash: HMAC-SHA256 of its v1 canonical form under the chain key. */
export function entryHashV1(key: Buffer, entry: UnhashedEntry): string {
  return createHmac('sha256', key).update(canonicalEntryV1(entry), 'utf8').digest('hex');
}

/** A v2 entry's MAC: HMAC-SHA256 of its hash under the chain key. */
export function entryMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([MAC_LABEL, hash]), 'utf8')
    .digest('hex');
}

const HEX64 = /^[0-9a-f]{64}$/;

function sameHex(stored: unknown, computed: string): boolean {
  if (typeof stored !== 'string' || !HEX64.test(stored)) return false;
  return timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(computed, 'hex'));
}

/** Whether a stored entry's hash is the v2 hash of its content. */
export function hashMatches(entry: AuditEventTable): boolean {
  return sameHex(entry.hash, entryHash(entry));
}

/** Whether a stored entry's hash is the v1 hash of its content under this chain key (compared in constant time). */
export function hashMatchesV1(key: Buffer, entry: AuditEventTable): boolean {
  return sameHex(entry.hash, entryHashV1(key, entry));
}

/** Whether a stored entry's MAC is the MAC of its stored hash under this chain key. */
export function macMatches(key: Buffer, entry: AuditEventTable): boolean {
  return typeof entry.hash === 'string' && sameHex(entry.mac, entryMac(key, entry.hash));
}

/**
 * One step of the digest over the entries that are not v2 (format v1): SHA-256 of the digest so far and the entry's v1
 * form and stored hash. It starts from GENESIS_HASH; a checkpoint that signs it vouches for the content of those
 * entries after the key that made their HMACs is gone.
 */
export function foldV1Digest(digest: string, entry: AuditEventTable): string {
  return createHash('sha256')
    .update(JSON.stringify(['harbor audit v1 digest', digest, canonicalEntryV1(entry), entry.hash]), 'utf8')
    .digest('hex');
}

/** A checkpoint as signed: every column but its own hash and signature. */
export type UnsignedCheckpoint = Omit<AuditCheckpointTable, 'hash' | 'signature'>;

/** The text a checkpoint's hash and signature cover, in a fixed order like an entry's. */
export function canonicalCheckpoint(checkpoint: UnsignedCheckpoint): string {
  return JSON.stringify([
    'harbor audit checkpoint v1',
    Number(checkpoint.n),
    checkpoint.at,
    Number(checkpoint.seq),
    checkpoint.entry_hash,
    checkpoint.v1_through === null ? null : Number(checkpoint.v1_through),
    checkpoint.v1_digest,
    checkpoint.endorses,
    checkpoint.public_key,
    checkpoint.prev_hash,
  ]);
}

/** SHA-256 of a canonical form, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
