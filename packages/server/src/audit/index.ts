/**
 * Harbor's tamper-evident audit trail.
 *
 * Guarantees:
 * - A closed vocabulary (events.ts): only listed events, with field NAMES and small plain details,
 *   never a youth's data itself, so the trail can be kept and exported for 6 years or more.
 * - Same transaction: `appendAudit(trx, …)` writes the entry inside the transaction of the change it
 *   records; both commit or neither does. `auditOnce` is for events with no other change.
 * - Consecutive, serialised: `seq` runs 1, 2, 3, … with no gaps; appenders take a lock (PostgreSQL
 *   advisory lock, SQLite write lock) before reading the last entry, so there is one chain, never a fork.
 * - Append-only in the database: triggers refuse UPDATE, DELETE, TRUNCATE and any INSERT that does not
 *   extend the chain. No code in Harbor deletes or changes an entry, and the table has no foreign keys,
 *   so nothing cascades into it; retention is unlimited (at least the 6 years required).
 * - Tamper-evident: each entry carries the SHA-256 hash of its content and of the entry before it (chain.ts), which
 *   anyone can check without a secret, and an HMAC of that hash under HARBOR_SECRET_KEY. Signed checkpoints
 *   (checkpoint.ts, Ed25519, written by the running server and by `harbor keys rotate`) vouch for the trail up to an
 *   entry, and keep vouching after the secret key changed. `harbor audit verify` (verify-audit.ts) reports any entry
 *   changed, deleted or reordered by someone who went around the triggers, and any bad checkpoint, and exits 1.
 *
 * Limits: entries cut from the end after the last checkpoint (or a restore of an older backup) leave a valid, shorter
 * chain; keep the last seq and hash that `harbor audit verify` prints somewhere else to catch that. Someone holding
 * both the current secret key and write access to the database could rewrite the entries after the last checkpoint;
 * keep them apart.
 */

export type { AuditCheckpointTable, AuditEventTable } from '../db/tables/audit.js';
export { AUDIT_LOCK_KEY, appendAudit, appendAuditMany, auditOnce } from './append-audit.js';
export { auditChainKey, GENESIS_HASH } from './chain.js';
export {
  AUDIT_CHECKPOINT_INTERVAL_MS,
  type AuditCheckpointWriter,
  type AuditSecrets,
  type CheckpointResult,
  checkpointAfterRotation,
  type RotationCheckpoint,
  startAuditCheckpoints,
  writeAuditCheckpoint,
} from './checkpoint.js';
export {
  AUDIT_EVENTS,
  AUDIT_OUTCOMES,
  AuditEventInput,
  type AuditEventName,
  type AuditOutcome,
  YOUTH_EVENTS,
} from './events.js';
export {
  type AuditNames,
  type AuditPage,
  type AuditRecord,
  AuditSearch,
  auditCsv,
  csvCell,
  MAX_AUDIT_PAGE,
  searchAudit,
} from './search-audit.js';
export { auditPublicKey } from './signing.js';
export {
  type AuditKey,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerification,
  auditKeysOf,
  type CheckpointSummary,
  type VerifyOptions,
  verifyAudit,
} from './verify-audit.js';
