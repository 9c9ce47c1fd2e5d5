import { createHash } from 'node:crypto';
import {
  COURT_REPORTS_PATH,
  isCourtNotification,
  isLocale,
  isMdtNotification,
  isReferralNotification,
  type Locale,
  MDT_EMAIL_KEYS,
  REFERRAL_EMAIL_KEYS,
  translate,
} from '@harbor/core';
import { type Kysely, PostgresAdapter } from 'kysely';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { MailSender } from '../../mail/sender.js';
import {
  claimNotificationEmail,
  FAILED_RETRY_MS,
  lockNextAwaitingEmail,
  notificationForEmail,
  notificationsAwaitingEmail,
  recordEmailOutcome,
  renewNotificationEmailLease,
} from '../response/escalation-queries.js';
import { protocols } from '../response/response-rules.js';

/**
 * E-mail for notifications, when HARBOR_SMTP_URL is set (sent through the shared sender, mail/sender.ts). The e-mail
 * names no youth and holds no identifier: it says which kind of step is overdue and links to Harbor, where need-to-know
 * applies. Its Message-ID is derived from the notification (a hash, not the notification's id), so that every copy of
 * one notification's e-mail carries the same one.
 *
 * Each notification's e-mail is sent at least once, one at a time per process, and never by two processes together:
 * - on PostgreSQL it is sent inside a transaction that holds the notification's row (FOR UPDATE SKIP LOCKED) and
 *   commits the sent mark: a process killed while sending releases the row at once, and another process, or the
 *   restarted one, sends it at its next pass;
 * - on SQLite (one process) a write transaction cannot stay open during the SMTP exchange: the notification is claimed
 *   with a lease, sent, then marked sent; a process killed while sending leaves the e-mail to the next pass after the
 *   lease ends (LEASE_MS, 15 s; renewed while the exchange lasts).
 * A copy is sent twice only when the process dies after the SMTP server accepted it and before the sent mark was
 * committed: each process sends one e-mail at a time, so each death duplicates at most one e-mail (and a crash before
 * the server's acceptance duplicates nothing). The in-app notification exists exactly once either way.
 */

/** SQLite: how long a claimed e-mail stays claimed without renewal (renewed every third of it while it is sent). */
const LEASE_MS = 15_000;
const MAX_ATTEMPTS = 5;
const BATCH = 20;

export class Mailer {
  constructor(
    private readonly sender: MailSender,
    private readonly publicUrl: URL,
    private readonly logger?: Logger,
  ) {}

  async sendPending(db: Kysely<Database>, now: Date): Promise<number> {
    if (db.getExecutor().adapter instanceof PostgresAdapter) return this.#sendPendingLocked(db, now);
    let sent = 0;
    const started = Date.now();
    const leaseEnd = () => new Date(now.getTime() + (Date.now() - started) + LEASE_MS);
    for (const { id } of await notificationsAwaitingEmail(db, now, BATCH)) {
      if (!(await claimNotificationEmail(db, id, now, leaseEnd()))) continue;
      // The lease is renewed while the SMTP exchange lasts: short, so that after a crash the e-mail waits little.
      const renewal = setInterval(() => {
        renewNotificationEmailLease(db, id, leaseEnd()).catch(() => {});
      }, LEASE_MS / 3);
      try {
        if (await this.#send(db, id, now)) sent++;
      } catch (error) {
        // Not the SMTP server's refusal (#send records that): this notification waits out its lease, the rest go on.
        if (isDatabaseUnavailable(error)) throw error;
        this.#failed(id, error);
      } finally {
        clearInterval(renewal);
      }
    }
    return sent;
  }

  #failed(id: string, error: unknown): void {
    this.logger?.error(
      { event: 'mail.notification_failed', notificationId: id, err: error },
      "a notification's e-mail could not be handled; tried again later",
    );
  }

  /** PostgreSQL: each e-mail in its own transaction holding the notification's row while it is sent. */
  async #sendPendingLocked(db: Kysely<Database>, now: Date): Promise<number> {
    let sent = 0;
    for (let i = 0; i < BATCH; i++) {
      let locked: string | undefined;
      let outcome: boolean | undefined;
      try {
        outcome = await db.transaction().execute(async (trx) => {
          locked = await lockNextAwaitingEmail(trx, now);
          return locked ? this.#send(trx, locked, now) : undefined;
        });
      } catch (error) {
        // One notification whose e-mail fails other than at the SMTP server (#send records that) must not hold back
        // the rest, which would take the same oldest row first at each pass: it waits FAILED_RETRY_MS.
        if (!locked || isDatabaseUnavailable(error)) throw error;
        this.#failed(locked, error);
        await renewNotificationEmailLease(db, locked, new Date(now.getTime() + FAILED_RETRY_MS));
        continue;
      }
      if (outcome === undefined) break;
      if (outcome) sent++;
    }
    return sent;
  }

  async #send(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
    const row = await notificationForEmail(db, id);
    const locale: Locale = isLocale(row.locale) ? row.locale : 'en';
    let step = '';
    if (row.step_id && row.protocol_id && row.protocol_version) {
      const protocol = await protocols.find(db, row.protocol_id, row.protocol_version);
      step = protocol?.steps.find((s) => s.id === row.step_id)?.title[locale] ?? row.step_id;
    }
    const link = new URL(
      row.response_id
        ? `/app/responses/${row.response_id}`
        : row.referral_id
          ? `/app/referrals/${row.referral_id}`
          : isCourtNotification(row.kind)
            ? COURT_REPORTS_PATH
            : row.mdt_meeting_id
              ? `/app/meetings/${row.mdt_meeting_id}`
              : '/app/notifications',
      this.publicUrl,
    );
    const kind =
      row.kind === 'crisis'
        ? 'crisis'
        : row.kind === 'unlawful_arrest'
          ? 'unlawfulArrest'
          : row.kind === 'deadline_earlier'
            ? 'deadlineEarlier'
            : row.kind === 'step_overdue'
              ? 'overdue'
              : 'overdueSupervisor';
    // A referral's clock and an MDT meeting have messages of their own (they name no youth either).
    const messages = isReferralNotification(row.kind)
      ? `referral.email.${REFERRAL_EMAIL_KEYS[row.kind]}`
      : isCourtNotification(row.kind)
        ? 'court.email.reportOverdue'
        : isMdtNotification(row.kind)
          ? `mdt.email.${MDT_EMAIL_KEYS[row.kind]}`
          : `escalation.email.${kind}`;
    try {
      await this.sender.send({
        to: row.email,
        messageId: `<${createHash('sha256').update(`harbor-notification:${id}`).digest('hex').slice(0, 32)}@${this.publicUrl.hostname}>`,
        subject: translate(locale, `${messages}.subject`),
        text: `${translate(locale, `${messages}.body`, { step })}\n\n${link.href}\n\n${translate(locale, 'escalation.email.footer')}\n`,
      });
    } catch (error) {
      const attempts = row.email_attempts + 1;
      this.logger?.warn(
        { event: 'mail.failed', attempts, kind: (error as Error).name },
        'notification e-mail not sent',
      );
      await recordEmailOutcome(db, id, {
        status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        attempts,
        // Back off: 1, 2, 4, 8 minutes.
        retryAt: new Date(now.getTime() + 2 ** (attempts - 1) * 60_000),
      });
      return false;
    }
    await recordEmailOutcome(db, id, { status: 'sent' });
    return true;
  }
}
