import type { Generated } from 'kysely';

/**
 * The tables Harbor's code reads and writes, as Kysely types.
 * Conventions (docs/data-model.md): ids are UUIDv7 text; times are ISO-8601 UTC text
 * ('2026-11-28T13:00:00.000Z') so both engines sort and compare them alike; every mutable
 * table has a `version` integer for optimistic concurrency (see versioned.ts).
 */
export interface SecurityReportTable {
  id: string;
  received_at: string;
  kind: string;
  document_uri: string;
  blocked_uri: string;
  directive: string;
  disposition: string;
}

export interface Database {
  security_report: SecurityReportTable;
}

/** Columns every mutable table carries. */
export interface VersionedColumns {
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
