import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { appendAudit } from '../../audit/index.js';
import type { HarborDatabase } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import {
  cancelEscalation,
  claimDueEscalations,
  claimedEscalation,
  markEscalationSent,
  skipPendingEmail,
} from '../response/escalation-queries.js';
import { insertNotification } from '../response/queries.js';
import { activeMembersWithRole } from '../youth/youth-facts.js';
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
    else await skipPendingEmail(this.db);
    return sent;
  }

  /** Claims due escalations no other process holds, for one lease. */
  async claim(): Promise<string[]> {
    return claimDueEscalations(this.db, {
      processId: this.processId,
      now: this.now(),
      until: new Date(this.now().getTime() + LEASE_MS),
      limit: BATCH,
      postgres: this.options.database.dialect === 'postgres',
    });
  }

  /** Sends one claimed escalation: notifications and the sent mark in one transaction. False if not ours any more. */
  async escalate(id: string): Promise<boolean> {
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      const escalation = await claimedEscalation(trx, id, this.processId);
      if (!escalation) return false;
      if (escalation.step_status !== 'pending') {
        await cancelEscalation(trx, id);
        return false;
      }
      const owners = await this.owners(trx, escalation);
      const recipients = escalation.notify === 'owner' ? owners : await this.supervisorsOf(trx, owners);
      for (const user of recipients) {
        await insertNotification(
          trx,
          {
            user_id: user.id,
            kind: escalation.notify === 'owner' ? 'step_overdue' : 'step_overdue_supervisor',
            response_id: escalation.response_id,
            response_step_id: escalation.step_row_id,
          },
          now,
        );
      }
      if (!(await markEscalationSent(trx, id, this.processId, now))) throw new Error('escalation taken over meanwhile');
      await appendAudit(
        trx,
        this.options.auditKey,
        {
          event: 'response.escalated',
          ...(escalation.youth_id ? { youthId: escalation.youth_id } : {}),
          recordType: 'response_step',
          recordId: escalation.step_row_id,
          outcome: 'success',
          details: { level: escalation.level, notify: escalation.notify, recipients: recipients.length },
        },
        now,
      );
      return true;
    });
  }

  /** Who owns the step: its assignee; else the opener for the opener's steps; else its role on the youth's care team. */
  private async owners(
    trx: Kysely<Database>,
    e: { owner_user_id: string | null; owner_role: string; youth_id: string | null; opener_user_id: string },
  ): Promise<{ id: string; agency_id: string }[]> {
    const active = (ids: string[]) =>
      trx
        .selectFrom('app_user')
        .select(['id', 'agency_id'])
        .where('id', 'in', ids)
        .where('status', '=', 'active')
        .execute();
    if (e.owner_user_id) return active([e.owner_user_id]);
    if (e.owner_role === 'opener' || !e.youth_id) return active([e.opener_user_id]);
    return activeMembersWithRole(trx, e.youth_id, [e.owner_role]);
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
