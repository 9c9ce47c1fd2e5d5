import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type Transaction } from 'kysely';
import type { HarborDatabase } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { HarborError } from '../errors.js';
import { appendPrepared, lockAuditTrail, type PreparedAuditEntry } from './append-audit.js';

/** What a piece of work gets in its batch: the batch's transaction and a place to put its audit entries. */
export interface BatchTransaction {
  readonly db: Transaction<Database>;
  /** Adds entries to the chain after this work's change, in the same commit; dropped when the work fails. */
  audit(entries: readonly PreparedAuditEntry[]): void;
}

export interface GroupCommitStats {
  /** Transactions committed (one fsync each). */
  batches: number;
  /** Pieces of work acknowledged in them. */
  items: number;
  /** The largest batch so far. */
  largest: number;
}

export interface GroupCommitOptions {
  database: HarborDatabase;
  auditKey: Buffer;
  /** The most pieces of work in one transaction (256). */
  maxBatch?: number;
  /**
   * Batches in flight at once (SQLite: 1, its one connection; PostgreSQL: 2, so one batch runs its work while the one
   * before it commits; their appends still take the trail's lock in turn).
   */
  concurrency?: number;
}

interface Queued {
  /** Absent for audit entries with no other change. */
  work?: (tx: BatchTransaction) => Promise<unknown>;
  entries: readonly PreparedAuditEntry[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit for audited work: the records gate hands every youth-data change (with its audit entries) and every
 * read's audit entries to one committer per process, which commits what arrives together in one transaction, so one
 * fsync makes a whole batch durable instead of one per request.
 *
 * - One batch at a time on SQLite (two on PostgreSQL), each on one connection: work queued while a batch runs forms the
 *   next batch (up to `maxBatch`), so batches grow with the load and a lone request waits for no one (it starts at the
 *   next turn of the event loop).
 * - Each piece of work runs in a savepoint of its own: when it throws, its changes and its audit entries are rolled
 *   back and the rest of the batch goes on; it gets its error once the batch has committed (the error may be a
 *   conflict with other work of the batch, a duplicate key, which the caller then reads committed).
 * - The audit entries of the batch's successful work are appended last, in queue order, after all the work (one lock
 *   of the trail, one read of its end): the chain is extended in the order the work ran.
 * - Every piece of work is answered only after the batch's COMMIT returned, that is once it is on disk
 *   (synchronous=FULL on SQLite, synchronous_commit on PostgreSQL). When the batch fails as a whole (the commit, the
 *   audit append, a savepoint the database dropped), all of it rolls back, nothing of it is in the chain, and every
 *   piece of work still waiting gets 503 `unavailable`: it may be tried again.
 * - Across processes the chain stays unforked as with single appends (append-audit.ts): on PostgreSQL the batch takes
 *   the trail's advisory lock only for its append and commit (one short lock per batch, not per request); on SQLite the
 *   batch takes the database's write lock first (as BEGIN IMMEDIATE), so a CLI command beside `harbor serve` waits for
 *   it or it for the command, and its reads see the latest data.
 *
 * Work must use only the batch's transaction (a second connection would wait for the batch on SQLite) and nothing slow
 * that is not the database: it holds up the whole batch.
 */
export class GroupCommitter {
  readonly #options: GroupCommitOptions;
  readonly #maxBatch: number;
  readonly #concurrency: number;
  #queue: Queued[] = [];
  /** Batches running or about to start. */
  #active = 0;
  #stats: GroupCommitStats = { batches: 0, items: 0, largest: 0 };

  constructor(options: GroupCommitOptions) {
    this.#options = options;
    this.#maxBatch = options.maxBatch ?? 256;
    this.#concurrency = options.concurrency ?? (options.database.dialect === 'sqlite' ? 1 : 2);
  }

  /** Runs `work` in the next batch, in a savepoint of its own; resolves with its result once the batch is durable. */
  run<T>(work: (tx: BatchTransaction) => Promise<T>): Promise<T> {
    return this.#enqueue(work, []) as Promise<T>;
  }

  /** Appends audit entries with no other change (a read, a denial); resolves once they are durable. */
  audit(entries: readonly PreparedAuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return this.#enqueue(undefined, entries) as Promise<void>;
  }

  stats(): GroupCommitStats {
    return { ...this.#stats };
  }

  #enqueue(work: Queued['work'], entries: readonly PreparedAuditEntry[]): Promise<unknown> {
    // Work waiting for a later batch would wait for itself: refused, as the programming error it is.
    if (insideWork.getStore() === this) {
      return Promise.reject(new HarborError('internal', 'work in a batch queued more work for the group committer'));
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...(work ? { work } : {}), entries, resolve, reject });
      if (this.#active >= this.#concurrency) return;
      this.#active += 1;
      // The next turn of the event loop: what arrives in the same turn (requests read off one poll) joins the batch.
      setImmediate(() => void this.#drain());
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      await this.#gather();
      // Another batch in flight may have taken it all meanwhile.
      const batch = this.#queue.splice(0, this.#maxBatch);
      if (batch.length === 0) break;
      await this.#commit(batch);
    }
    this.#active -= 1;
  }

  /**
   * Lets the batch fill while requests are still arriving: one more turn of the event loop (its I/O read, their reads
   * run) as long as the last turn brought work, at most GATHER_TURNS turns, never past a full batch. A turn with no
   * pending I/O costs microseconds, so a lone request is not held up.
   */
  async #gather(): Promise<void> {
    for (let turn = 0, seen = -1; turn < GATHER_TURNS && this.#queue.length !== seen; turn++) {
      if (this.#queue.length >= this.#maxBatch) return;
      seen = this.#queue.length;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  async #commit(batch: Queued[]): Promise<void> {
    const done: { item: Queued; value: unknown }[] = [];
    const failed: { item: Queued; error: unknown }[] = [];
    try {
      await this.#options.database.db.transaction().execute(async (trx) => {
        // On SQLite the database's write lock for the whole batch, before any read (the trail's lock is that lock).
        if (this.#options.database.dialect === 'sqlite') await lockAuditTrail(trx);
        const entries: PreparedAuditEntry[] = [];
        for (const item of batch) {
          if (!item.work) {
            entries.push(...item.entries);
            done.push({ item, value: undefined });
            continue;
          }
          const own: PreparedAuditEntry[] = [];
          await sql`savepoint harbor_work`.execute(trx);
          let value: unknown;
          try {
            const work = item.work;
            value = await insideWork.run(this, () => work({ db: trx, audit: (more) => own.push(...more) }));
          } catch (error) {
            // Its own changes go; if the database has dropped the whole transaction, this throws and the batch fails.
            await sql`rollback to savepoint harbor_work`.execute(trx);
            await sql`release savepoint harbor_work`.execute(trx);
            failed.push({ item, error });
            continue;
          }
          await sql`release savepoint harbor_work`.execute(trx);
          entries.push(...own);
          done.push({ item, value });
        }
        await appendPrepared(trx, this.#options.auditKey, entries);
      });
    } catch (error) {
      const unavailable = new HarborError('unavailable', `a batch of ${batch.length} failed to commit`);
      unavailable.cause = error;
      // A failure inside the batch may have come from work that is now rolled back (a duplicate of its row): 503 too.
      for (const item of batch) item.reject(unavailable);
      return;
    }
    this.#stats.batches += 1;
    this.#stats.items += done.length;
    this.#stats.largest = Math.max(this.#stats.largest, batch.length);
    for (const { item, value } of done) item.resolve(value);
    // After the commit: the failure may be a conflict with work of the batch (the same idempotency key twice), which
    // the caller can now read.
    for (const { item, error } of failed) item.reject(error);
  }
}

/** Turns of the event loop a batch waits at most for more work (see #gather). */
const GATHER_TURNS = 3;

/** The committer whose batch the current work runs in. */
const insideWork = new AsyncLocalStorage<GroupCommitter>();
