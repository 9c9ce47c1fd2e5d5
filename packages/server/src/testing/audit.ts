import { type Kysely, sql } from 'kysely';
import { entryHash, entryHashV1, GENESIS_HASH, type UnhashedEntry } from '../audit/chain.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import type { AuditEventTable } from '../db/tables/audit.js';
import type { TestDatabase } from './databases.js';

const GUARDED = ['audit_event', 'audit_checkpoint'];

/**
 * Runs statements on the audit tables the way someone with direct database access would: with the guard triggers off
 * (PostgreSQL: the test role owns the tables, as Harbor's role does, and an owner can switch their triggers off;
 * SQLite: the triggers are dropped and made again).
 */
export async function tamperAudit(t: TestDatabase, ...statements: string[]): Promise<void> {
  const db = t.database.db;
  if (t.dialect === 'postgres') {
    await db.transaction().execute(async (trx) => {
      for (const table of GUARDED) await sql.raw(`alter table ${table} disable trigger user`).execute(trx);
      for (const statement of statements) await sql.raw(statement).execute(trx);
      for (const table of GUARDED) await sql.raw(`alter table ${table} enable trigger user`).execute(trx);
    });
    return;
  }
  const { rows: triggers } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'trigger'
    and tbl_name in ('audit_event', 'audit_checkpoint')`.execute(db);
  if (triggers.length < 6)
    throw new Error(`expected the guard triggers of both audit tables, found ${triggers.length}`);
  await db.transaction().execute(async (trx) => {
    for (const trigger of triggers) await sql.raw(`drop trigger ${trigger.name}`).execute(trx);
    for (const statement of statements) await sql.raw(statement).execute(trx);
    for (const trigger of triggers) await sql.raw(trigger.sql).execute(trx);
  });
}

/** A SQL literal for a text value or null. */
export function literal(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

/** An UPDATE statement that sets an entry's row to these values. */
export function updateEntry(row: AuditEventTable): string {
  const columns = Object.entries(row).filter(([column]) => column !== 'seq');
  return `update audit_event set ${columns.map(([c, v]) => `${c} = ${literal(v)}`).join(', ')} where seq = ${row.seq}`;
}

/** An INSERT statement for a row of an audit table. */
export function insertRow(table: 'audit_event' | 'audit_checkpoint', row: object): string {
  const entries = Object.entries(row);
  return `insert into ${table} (${entries.map(([c]) => c).join(', ')}) values (${entries
    .map(([, v]) => literal(v as string | number | null))
    .join(', ')})`;
}

/**
 * Appends entries in chain format v1, exactly as Harbor wrote them before format v2: the hash is the HMAC under the
 * chain key and there is no MAC. For the trails of deployments that ran the earlier versions.
 */
export async function appendV1Entries(
  db: Kysely<Database>,
  chainKey: Buffer,
  count: number,
): Promise<AuditEventTable[]> {
  const rows: AuditEventTable[] = [];
  for (let i = 0; i < count; i++) {
    const last = await db
      .selectFrom('audit_event')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const entry: UnhashedEntry = {
      seq: Number(last?.seq ?? 0) + 1,
      id: newId(),
      at: new Date(Date.UTC(2026, 9, 1) + Number(last?.seq ?? 0) * 60_000).toISOString(),
      event: 'youth.read',
      actor_user_id: newId(),
      actor_agency_id: null,
      youth_id: newId(),
      record_type: 'youth',
      record_id: null,
      fields: '["first_name"]',
      outcome: 'success',
      ip: '192.0.2.7',
      user_agent: 'Firefox',
      details: '{}',
      prev_hash: last?.hash ?? GENESIS_HASH,
    };
    const row = { ...entry, hash: entryHashV1(chainKey, entry), mac: null };
    await db.insertInto('audit_event').values(row).execute();
    rows.push(row);
  }
  return rows;
}

/**
 * Rewrites entries from `seq` on as someone with database access but no key could: the entry at `seq` changed by
 * `change`, and its hash and every later hash and link recomputed in format v2 (their MACs cannot be recomputed
 * without the key, so they stay). Returns the statements to run with tamperAudit.
 */
export function rewriteFrom(
  rows: readonly AuditEventTable[],
  seq: number,
  change: Partial<AuditEventTable>,
): { statements: string[]; rewritten: AuditEventTable[] } {
  const rewritten: AuditEventTable[] = [];
  let prev = rows.find((r) => Number(r.seq) === seq - 1)?.hash ?? GENESIS_HASH;
  for (const row of rows.filter((r) => Number(r.seq) >= seq).sort((a, b) => a.seq - b.seq)) {
    const { hash: _hash, mac, ...rest } = row;
    const entry: UnhashedEntry = { ...rest, ...(Number(row.seq) === seq ? change : {}), prev_hash: prev };
    prev = entryHash(entry);
    rewritten.push({ ...entry, hash: prev, mac });
  }
  // The database refuses a prev_hash pointing nowhere only on insert, so rows are updated in place.
  return { statements: rewritten.map(updateEntry), rewritten };
}
