/**
 * The `audit_event` table (migration 2026-11-28T1400Z-audit, `mac` added by 2026-12-01T1000Z-audit-checkpoints).
 * Append-only: the database refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE), and any INSERT that does not
 * extend the chain. `seq` is 1, 2, 3, … with no gaps; `hash` is the hash of the entry and `prev_hash` that of the
 * entry before it; `mac` is the HMAC of the hash under the secret key of its time, null for entries in format v1
 * (see chain.ts). `fields` is a JSON array of field names, `details` a JSON object.
 */
export interface AuditEventTable {
  seq: number;
  id: string;
  at: string;
  event: string;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  youth_id: string | null;
  record_type: string | null;
  record_id: string | null;
  fields: string;
  outcome: string;
  ip: string | null;
  user_agent: string | null;
  details: string;
  prev_hash: string;
  hash: string;
  mac: string | null;
}

/**
 * The `audit_checkpoint` table (migration 2026-12-01T1000Z-audit-checkpoints): signed statements that the trail
 * ended with entry `seq` of hash `entry_hash` at time `at`. Append-only like `audit_event`: `n` is 1, 2, 3, … and
 * `prev_hash` is the `hash` of checkpoint n - 1 (see checkpoint.ts).
 */
export interface AuditCheckpointTable {
  n: number;
  at: string;
  seq: number;
  entry_hash: string;
  /** With `v1_digest`: the digest of the entries in format v1 up to this seq, checked with their keys first. */
  v1_through: number | null;
  v1_digest: string | null;
  /** JSON array of the Ed25519 public keys (hex) this checkpoint vouches for, for the checkpoints before it. */
  endorses: string;
  /** The signer's Ed25519 public key, 32 bytes as hex. */
  public_key: string;
  prev_hash: string;
  /** SHA-256 of the canonical form of the columns above; `signature` is the Ed25519 signature of that form. */
  hash: string;
  signature: string;
}
