import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/** The prev_hash of the first entry; the same value as GENESIS_HASH in audit/chain.ts. */
const GENESIS = '0'.repeat(64);

/**
 * The audit trail: one row per event, chained by HMAC (see audit/chain.ts). The database itself keeps
 * it append-only: UPDATE and DELETE are refused (and TRUNCATE on PostgreSQL), and an INSERT is accepted
 * only when it extends the chain: seq one above the last and prev_hash equal to the last entry's hash.
 * (That INSERT check also closes SQLite's INSERT OR REPLACE, which deletes without firing delete
 * triggers.) These triggers stop the application and mistakes; someone who owns the database can
 * still drop them, which is what the HMAC chain and `harbor audit verify` are for.
 * No foreign keys: an entry must outlive, and never block, the rows it names.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('audit_event')
    // Assigned by Harbor, not by autoincrement or a sequence, which leave gaps when a transaction rolls back.
    .addColumn('seq', postgres ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_agency_id', 'text')
    .addColumn('youth_id', 'text')
    .addColumn('record_type', 'text')
    .addColumn('record_id', 'text')
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  // Search: by date range, or by user, youth or event, newest (highest seq) first.
  await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute();
  await db.schema.createIndex('audit_event_actor').on('audit_event').columns(['actor_user_id', 'seq']).execute();
  await db.schema.createIndex('audit_event_youth').on('audit_event').columns(['youth_id', 'seq']).execute();
  await db.schema.createIndex('audit_event_event').on('audit_event').columns(['event', 'seq']).execute();

  if (postgres) {
    await sql`
      create function audit_event_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
      end $$`.execute(db);
    await sql`
      create trigger audit_event_no_update_delete before update or delete on audit_event
      for each row execute function audit_event_refuse_change()`.execute(db);
    await sql`
      create trigger audit_event_no_truncate before truncate on audit_event
      for each statement execute function audit_event_refuse_change()`.execute(db);
    await sql`
      create function audit_event_check_append() returns trigger language plpgsql as $$
      declare
        last_seq bigint;
        last_hash text;
      begin
        select seq, hash into last_seq, last_hash from audit_event order by seq desc limit 1;
        if new.seq is distinct from coalesce(last_seq, 0) + 1
           or new.prev_hash is distinct from coalesce(last_hash, ${sql.lit(GENESIS)}) then
          raise exception 'audit_event: an entry must extend the chain (seq %, expected %)',
            new.seq, coalesce(last_seq, 0) + 1 using errcode = 'integrity_constraint_violation';
        end if;
        return new;
      end $$`.execute(db);
    await sql`
      create trigger audit_event_append_only before insert on audit_event
      for each row execute function audit_event_check_append()`.execute(db);
  } else {
    await sql`
      create trigger audit_event_no_update before update on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db);
    await sql`
      create trigger audit_event_no_delete before delete on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db);
    await sql`
      create trigger audit_event_append_only before insert on audit_event
      when new.seq is not coalesce((select max(seq) from audit_event), 0) + 1
        or new.prev_hash is not coalesce((select hash from audit_event where seq = new.seq - 1), ${sql.lit(GENESIS)})
        or exists (select 1 from audit_event where id = new.id)
      begin select raise(abort, 'audit_event: an entry must extend the chain'); end`.execute(db);
  }
}
