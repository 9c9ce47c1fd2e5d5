import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/** The prev_hash of the first checkpoint; the same value as GENESIS_HASH in audit/chain.ts. */
const GENESIS = '0'.repeat(64);

/**
 * Audit chain format v2 and signed checkpoints (see audit/chain.ts and audit/checkpoint.ts).
 * - `audit_event.mac`: the HMAC of a v2 entry's hash under the secret key of its time; null for earlier entries.
 *   Adding a column changes no stored row.
 * - `audit_checkpoint`: signed statements that the trail ended with a given entry. Append-only like the trail:
 *   UPDATE and DELETE are refused (and TRUNCATE on PostgreSQL), and an INSERT only when it extends the checkpoints
 *   (n one above the last, prev_hash the last one's hash, seq not below the last one's) and names an entry of the
 *   trail with its hash. No foreign keys, as for audit_event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const integer = postgres ? 'bigint' : 'integer';

  await db.schema.alterTable('audit_event').addColumn('mac', 'text').execute();

  await db.schema
    .createTable('audit_checkpoint')
    .addColumn('n', integer, (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('seq', integer, (c) => c.notNull())
    .addColumn('entry_hash', 'text', (c) => c.notNull())
    .addColumn('v1_through', integer)
    .addColumn('v1_digest', 'text')
    .addColumn('endorses', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();

  if (postgres) {
    await sql`
      create function audit_checkpoint_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_checkpoint is append-only' using errcode = 'insufficient_privilege';
      end $$`.execute(db);
    await sql`
      create trigger audit_checkpoint_no_update_delete before update or delete on audit_checkpoint
      for each row execute function audit_checkpoint_refuse_change()`.execute(db);
    await sql`
      create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
      for each statement execute function audit_checkpoint_refuse_change()`.execute(db);
    await sql`
      create function audit_checkpoint_check_append() returns trigger language plpgsql as $$
      declare
        last_n bigint;
        last_seq bigint;
        last_hash text;
      begin
        select n, seq, hash into last_n, last_seq, last_hash from audit_checkpoint order by n desc limit 1;
        if new.n is distinct from coalesce(last_n, 0) + 1
           or new.prev_hash is distinct from coalesce(last_hash, ${sql.lit(GENESIS)})
           or new.seq < coalesce(last_seq, 0)
           or not exists (select 1 from audit_event where seq = new.seq and hash = new.entry_hash) then
          raise exception 'audit_checkpoint: a checkpoint must extend the checkpoints and name an entry (n %, expected %)',
            new.n, coalesce(last_n, 0) + 1 using errcode = 'integrity_constraint_violation';
        end if;
        return new;
      end $$`.execute(db);
    await sql`
      create trigger audit_checkpoint_append_only before insert on audit_checkpoint
      for each row execute function audit_checkpoint_check_append()`.execute(db);
  } else {
    await sql`
      create trigger audit_checkpoint_no_update before update on audit_checkpoint
      begin select raise(abort, 'audit_checkpoint is append-only'); end`.execute(db);
    await sql`
      create trigger audit_checkpoint_no_delete before delete on audit_checkpoint
      begin select raise(abort, 'audit_checkpoint is append-only'); end`.execute(db);
    await sql`
      create trigger audit_checkpoint_append_only before insert on audit_checkpoint
      when new.n is not coalesce((select max(n) from audit_checkpoint), 0) + 1
        or new.prev_hash is not coalesce((select hash from audit_checkpoint where n = new.n - 1), ${sql.lit(GENESIS)})
        or new.seq < coalesce((select seq from audit_checkpoint where n = new.n - 1), 0)
        or not exists (select 1 from audit_event where seq = new.seq and hash = new.entry_hash)
      begin select raise(abort, 'audit_checkpoint: a checkpoint must extend the checkpoints and name an entry'); end`.execute(
      db,
    );
  }
}
