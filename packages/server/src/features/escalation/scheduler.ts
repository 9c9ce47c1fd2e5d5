import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { appendAudit } from '../../audit/index.js';
import type { HarborDatabase } from '../../db/database.js';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { Mailer } from './mailer.js';

/**
 * The deadline scheduler. Every escalation of an overdue step is a row (written when the step's due time became known),
 * so nothing lives only in memory: a restart loses nothing. Each pass claims due rows with a short lease (on PostgreSQL
 * with FOR UPDATE SKIP LOCKED, so several processes share the work without waiting on each other), then, for each one in
 * its own transaction, records the notifications and marks the row sent with a conditional update: a row is sent once,
 * whatever the number of processes, restarts or crashes.
 */

const LEASE_MS = 60_000;
const BATCH = 50;

export interface SchedulerOptions {
  database: HarborDatabase;
  auditKey: Buffer;
  intervalMs: number;
  mailer?: Mailer | undefined;
  logger?: Logger | undefined;
  now?: () => Date;
}

export class DeadlineScheduler {
  readonly processId = randomUUID();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = false;

  constructor(private readonly options: SchedulerOptions) {}

  private get db(): Kysely<Database> {
    return this.options.database.db;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  start(): void {
    this.#stopped = false;
    const tick = () => {
      if (this.#stopped) return;
      this.#running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.options.logger?.error({ event: 'scheduler.failed', err: error }, 'deadline scheduler pass failed'),
        )
        .finally(() => {
          this.#running = undefined;
          if (!this.#stopped) this.#timer = setTimeout(tick, this.options.intervalMs);
        });
    };
    this.#timer = setTimeout(tick, Math.min(this.options.intervalMs, 1000));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  /** One pass: send what is due, then the e-mail waiting to go out. Returns the number of escalations sent. */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (const id of await this.claim()) {
      if (await this.escalate(id)) sent++;
    }
    if (this.options.mailer) await this.options.mailer.sendPending(this.db, this.now());
    else
      await this.db
        .updateTable('notification')
        .set({ email_status: 'none' })
        .where('email_status', '=', 'pending')
        .execute();
    return sent;
  }

  /** Claims due escalations no other process holds, for one lease. */
  async claim(): Promise<string[]> {
    const now = toStoredTime(this.now());
    const until = toStoredTime(new Date(this.now().getTime() + LEASE_MS));
    const postgres = this.options.database.dialect === 'postgres';
    const rows = await this.db
      .updateTable('escalation')
      .set({ claimed_by: this.processId, claimed_until: until })
      .where('id', 'in', (eb) => {
        const due = eb
          .selectFrom('escalation')
          .select('id')
          .where('status', '=', 'pending')
          .where('due_at', '<=', now)
          .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<', now)]))
          .orderBy('due_at')
          .limit(BATCH);
        return postgres ? due.forUpdate().skipLocked() : due;
      })
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** Sends one claimed escalation: notifications and the sent mark in one transaction. False if not ours any more. */
  async escalate(id: string): Promise<boolean> {
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      const escalation = await trx
        .selectFrom('escalation as e')
        .innerJoin('response_step as s', 's.id', 'e.response_step_id')
        .innerJoin('response as r', 'r.id', 's.response_id')
        .select([
          'e.id',
          'e.level',
          'e.notify',
          's.id as step_row_id',
          's.status as step_status',
          's.owner_role',
          's.owner_user_id',
          'r.id as response_id',
          'r.youth_id',
          'r.opener_user_id',
        ])
        .where('e.id', '=', id)
        .where('e.status', '=', 'pending')
        .where('e.claimed_by', '=', this.processId)
        .executeTakeFirst();
      if (!escalation) return false;
      if (escalation.step_status !== 'pending') {
        await trx.updateTable('escalation').set({ status: 'cancelled' }).where('id', '=', id).execute();
        return false;
      }
      const owners = await this.owners(trx, escalation);
      const recipients = escalation.notify === 'owner' ? owners : await this.supervisorsOf(trx, owners);
      for (const user of recipients) {
        await trx
          .insertInto('notification')
          .values({
            id: newId(),
            user_id: user.id,
            kind: escalation.notify === 'owner' ? 'step_overdue' : 'step_overdue_supervisor',
            response_id: escalation.response_id,
            response_step_id: escalation.step_row_id,
            created_at: toStoredTime(now),
            read_at: null,
            email_status: 'pending',
            email_attempts: 0,
            email_claimed_until: null,
          })
          .execute();
      }
      const marked = await trx
        .updateTable('escalation')
        .set({ status: 'sent', sent_at: toStoredTime(now) })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('claimed_by', '=', this.processId)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) throw new Error('escalation taken over meanwhile');
      await appendAudit(trx, this.options.auditKey, {
        event: 'response.escalated',
        ...(escalation.youth_id ? { youthId: escalation.youth_id } : {}),
        recordType: 'response_step',
        recordId: escalation.step_row_id,
        outcome: 'success',
        details: { level: escalation.level, notify: escalation.notify, recipients: recipients.length },
      });
      return true;
    });
  }

  /** Who owns the step: its assignee; else the opener for the opener's steps; else its role on the youth's care team. */
  private async owners(
    trx: Kysely<Database>,
    e: { owner_user_id: string | null; owner_role: string; youth_id: string | null; opener_user_id: string },
  ): Promise<{ id: string; agency_id: string }[]> {
    const active = (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : trx
            .selectFrom('app_user')
            .select(['id', 'agency_id'])
            .where('id', 'in', ids)
            .where('status', '=', 'active')
            .execute();
    if (e.owner_user_id) return active([e.owner_user_id]);
    if (e.owner_role === 'opener' || !e.youth_id) return active([e.opener_user_id]);
    return trx
      .selectFrom('care_team_member as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.agency_id'])
      .where('m.youth_id', '=', e.youth_id)
      .where('m.removed_at', 'is', null)
      .where('u.role', '=', e.owner_role)
      .where('u.status', '=', 'active')
      .execute();
  }

  private async supervisorsOf(trx: Kysely<Database>, owners: { agency_id: string }[]) {
    const agencies = [...new Set(owners.map((o) => o.agency_id))];
    if (agencies.length === 0) return [];
    return trx
      .selectFrom('app_user')
      .select(['id', 'agency_id'])
      .where('agency_id', 'in', agencies)
      .where('role', '=', 'supervisor')
      .where('status', '=', 'active')
      .execute();
  }
}
