/**
 * The `audit_event` table (migration 2026-11-28T1400Z-audit). Append-only: the database refuses
 * UPDATE, DELETE (and on PostgreSQL TRUNCATE), and any INSERT that does not extend the chain.
 * `seq` is 1, 2, 3, … with no gaps; `hash` is the HMAC of the entry and `prev_hash` that of the entry
 * before it (see chain.ts). `fields` is a JSON array of field names, `details` a JSON object.
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
}
