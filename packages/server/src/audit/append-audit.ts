import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { newId, toStoredTime } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import type { AuditEventTable } from '../db/tables/audit.js';
import { HarborError } from '../errors.js';
import { entryHash, entryMac, GENESIS_HASH, type UnhashedEntry } from './chain.js';
import { AuditEventInput } from './events.js';

/** PostgreSQL advisory lock key that serialises appenders: 'haud' in ASCII (migrations use 'harm'). */
export const AUDIT_LOCK_KEY = 0x68617564;

/**
 * Appends one event to the audit trail inside the caller's transaction, so the event commits or rolls
 * back together with the change it records: no change without its entry, no entry for a change that
 * did not happen, and no gap in `seq` (a rolled-back entry's number is taken by the next one).
 *
 * Appenders are serialised, so each entry links to the one committed before it:
 * - PostgreSQL: `pg_advisory_xact_lock` first, held until the caller's transaction ends; then the last
 *   entry is read (READ COMMITTED takes a fresh snapshot per statement, so it sees every entry committed
 *   before the lock was granted) and the next one inserted. Under REPEATABLE READ or SERIALIZABLE a
 *   snapshot taken earlier could miss the last entry; the insert then fails (primary key and the chain
 *   check in the database) and the transaction rolls back: the chain is never forked.
 * - SQLite: Kysely runs every statement of a transaction on the one connection of the process (behind a
 *   mutex), so appenders within a process never interleave. Kysely begins SQLite transactions with a
 *   plain `begin`, i.e. DEFERRED: the write lock is taken only at the first write. Another process on
 *   the same file (a CLI command beside `harbor serve`) could commit between our read of the last entry
 *   and our insert, so the first statement here is a write that changes nothing
 *   (`update audit_event … where seq < 0`): it takes the database's write lock (waiting up to the busy
 *   timeout) before the last entry is read. If the caller's transaction had already read something and
 *   another process has written since, SQLite refuses the upgrade (SQLITE_BUSY_SNAPSHOT) and the
 *   transaction rolls back: again an error, never a forked chain.
 * The lock is held until commit, so append the event as the last step of the transaction.
 *
 * The entry is written in chain format v2 (chain.ts): its hash needs no secret; `key` (the chain key of
 * HARBOR_SECRET_KEY) makes its MAC.
 *
 * Throws when not called inside a transaction, and when the event does not match the vocabulary
 * (a programming error: the message names the offending paths, never the values).
 */
export async function appendAudit(
  trx: Kysely<Database>,
  key: Buffer,
  input: AuditEventInput,
  now?: Date,
): Promise<AuditEventTable> {
  if (!trx.isTransaction) {
    throw new HarborError('internal', 'appendAudit must run inside the transaction of the change it records');
  }
  const [row] = await appendPrepared(trx, key, prepareAudit([input], now));
  return row as AuditEventTable;
}

/**
 * Takes the lock that serialises writers of the audit trail (appenders and checkpoint writers), until the end of the
 * transaction: the advisory lock on PostgreSQL, the database's write lock on SQLite (see appendAudit).
 */
export async function lockAuditTrail(trx: Kysely<Database>): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  } else {
    await sql`update audit_event set seq = seq where seq < 0`.execute(trx);
  }
}

/** An event checked against the vocabulary and stamped with its time, ready to be chained (`appendPrepared`). */
export interface PreparedAuditEntry {
  event: ReturnType<typeof parseEvent>;
  at: string;
}

/**
 * Checks events against the vocabulary and stamps them with their time, before any transaction: an event that does not
 * match throws here (a programming error), so it never reaches a batch (group-commit.ts) it would fail.
 */
export function prepareAudit(inputs: readonly AuditEventInput[], now?: Date): PreparedAuditEntry[] {
  const at = toStoredTime(now);
  return inputs.map((input) => ({ event: parseEvent(input), at }));
}

/**
 * Appends several events in order, inside the caller's transaction, as appendAudit would one by one: the lock is
 * taken once, the last entry read once, the chain extended in memory and the entries inserted together (the
 * database's chain check runs for each row). For a request that writes many entries at once (a list's reads).
 */
export function appendAuditMany(
  trx: Kysely<Database>,
  key: Buffer,
  inputs: readonly AuditEventInput[],
  now?: Date,
): Promise<AuditEventTable[]> {
  return appendPrepared(trx, key, prepareAudit(inputs, now));
}

/** Appends prepared entries in order inside the caller's transaction: one lock, one read of the chain's end. */
export async function appendPrepared(
  trx: Kysely<Database>,
  key: Buffer,
  entries: readonly PreparedAuditEntry[],
): Promise<AuditEventTable[]> {
  if (!trx.isTransaction) {
    throw new HarborError('internal', 'appendAuditMany must run inside the transaction of the change it records');
  }
  if (entries.length === 0) return [];
  await lockAuditTrail(trx);
  const last = await trx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const rows: AuditEventTable[] = entries.map(({ event, at }) => {
    seq += 1;
    const entry: UnhashedEntry = {
      seq,
      id: newId(),
      at,
      event: event.event,
      actor_user_id: event.actorUserId ?? null,
      actor_agency_id: event.actorAgencyId ?? null,
      youth_id: event.youthId ?? null,
      record_type: event.recordType ?? null,
      record_id: event.recordId ?? null,
      fields: JSON.stringify(event.fields ?? []),
      outcome: event.outcome,
      ip: event.ip ?? null,
      user_agent: event.userAgent ?? null,
      details: JSON.stringify(event.details ?? {}),
      prev_hash: prev,
    };
    const hash = entryHash(entry);
    prev = hash;
    return { ...entry, hash, mac: entryMac(key, hash) };
  });
  // At most 200 rows per statement keeps the statement's parameters well inside both engines' limits.
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('audit_event')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows;
}

/**
 * Records an event that comes with no other change (a failed sign-in, a read, a denial) in a
 * transaction of its own.
 */
export function auditOnce(
  db: Kysely<Database>,
  key: Buffer,
  input: AuditEventInput,
  now?: Date,
): Promise<AuditEventTable> {
  return db.transaction().execute((trx) => appendAudit(trx, key, input, now));
}

function parseEvent(input: AuditEventInput) {
  const parsed = AuditEventInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`);
  throw new HarborError('internal', `Refused audit event: ${where.join('; ')}`);
}
