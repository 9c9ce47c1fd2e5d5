import { randomUUID } from 'node:crypto';
import { DEFAULT_TIME_ZONE } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { appendAudit } from '../../audit/index.js';
import { type HarborDatabase, isDatabaseUnavailable } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import {
  cancelEscalation,
  claimedEscalation,
  claimNextDueEscalation,
  deferEscalation,
  FAILED_RETRY_MS,
  markEscalationSent,
  skipPendingEmail,
} from '../response/escalation-queries.js';
import { insertNotification } from '../response/queries.js';
import { activeMembersWithRole } from '../youth/youth-facts.js';
import { CLOCK_RUNNERS } from './clocks.js';
import type { Mailer } from './mailer.js';

/**
 * The deadline scheduler. Every escalation of an overdue step is a row (written when the step's due time became known),
 * so nothing lives only in memory: a restart loses nothing. Each escalation is sent in one transaction that claims the
 * earliest due row (on PostgreSQL with FOR UPDATE SKIP LOCKED, so several processes share the work without waiting on
 * each other), records the notifications, marks the row sent with a conditional update and appends the audit entry.
 * The claim is part of that transaction: a process killed at any moment leaves the row either sent with its
 * notifications or untouched and free for the next pass of any process. A row is sent once, with one notification per
 * recipient, whatever the number of processes, restarts or crashes (processes.int.test.ts, crash.int.test.ts).
 */

const BATCH = 50;

export interface SchedulerOptions {
  database: HarborDatabase;
  auditKey: Buffer;
  intervalMs: number;
  mailer?: Mailer | undefined;
  logger?: Logger | undefined;
  now?: () => Date;
  /** The county's time zone (the features' clocks on calendar days); Los Angeles when left out. */
  timeZone?: string | undefined;
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

  /** One pass: send what is due, then the e-mail waiting to go out. Returns the number of escalations sent (and referrals acted on). */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (let i = 0; i < BATCH; i++) {
      const attempt: { id?: string } = {};
      let outcome: 'sent' | 'cancelled' | 'none';
      try {
        outcome = await this.escalateNext(attempt);
      } catch (error) {
        // One escalation that fails (data the audit or a constraint refuses, a defect) must not hold back every later
        // one, which would take the same earliest row first at each pass: it waits FAILED_RETRY_MS and the pass goes
        // on. A database that is away fails the deferral too, and ends the pass.
        if (!attempt.id || isDatabaseUnavailable(error)) throw error;
        this.options.logger?.error(
          { event: 'scheduler.escalation_failed', escalationId: attempt.id, err: error },
          'an escalation could not be sent; tried again later',
        );
        await deferEscalation(this.db, attempt.id, new Date(this.now().getTime() + FAILED_RETRY_MS));
        continue;
      }
      if (outcome === 'none') break;
      if (outcome === 'sent') sent++;
    }
    // The features' own clocks (a referral's acknowledgement and expiry...) escalate through the same notifications.
    for (const run of CLOCK_RUNNERS)
      sent += await run({
        db: this.db,
        auditKey: this.options.auditKey,
        now: this.now(),
        timeZone: this.options.timeZone ?? DEFAULT_TIME_ZONE,
      });
    if (this.options.mailer) await this.options.mailer.sendPending(this.db, this.now());
    else await skipPendingEmail(this.db);
    return sent;
  }

  /**
   * Claims the earliest due escalation and sends it, in one transaction; 'none' when nothing is due. `attempt.id` names
   * the escalation claimed, for the caller when the transaction fails.
   */
  async escalateNext(attempt: { id?: string } = {}): Promise<'sent' | 'cancelled' | 'none'> {
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      const id = await claimNextDueEscalation(trx, {
        processId: this.processId,
        now,
        postgres: this.options.database.dialect === 'postgres',
      });
      if (!id) return 'none';
      attempt.id = id;
      const escalation = await claimedEscalation(trx, id, this.processId);
      if (!escalation) throw new Error('claimed escalation not found');
      if (escalation.step_status !== 'pending') {
        await cancelEscalation(trx, id);
        return 'cancelled';
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
      return 'sent';
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
