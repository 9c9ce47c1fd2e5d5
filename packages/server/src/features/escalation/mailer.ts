import { isLocale, type Locale, translate } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.js';
import type { MailSender } from '../../mail/sender.js';
import {
  claimNotificationEmail,
  notificationForEmail,
  notificationsAwaitingEmail,
  recordEmailOutcome,
} from '../response/escalation-queries.js';
import { protocols } from '../response/response-rules.js';

/**
 * E-mail for notifications, when HARBOR_SMTP_URL is set (sent through the shared sender, mail/sender.ts). A notification waiting for e-mail is claimed with a lease (so
 * two processes never send it together), sent, then marked sent. The e-mail names no youth and holds no identifier: it
 * says which kind of step is overdue and links to Harbor, where need-to-know applies.
 *
 * Limit: a process that crashes after the SMTP server accepted a message and before marking it sent leaves it to be
 * sent again when the lease ends: that one e-mail may arrive twice. The notification in the app exists exactly once.
 */

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 5;

export class Mailer {
  constructor(
    private readonly sender: MailSender,
    private readonly publicUrl: URL,
    private readonly logger?: Logger,
  ) {}

  async sendPending(db: Kysely<Database>, now: Date): Promise<number> {
    let sent = 0;
    for (const { id } of await notificationsAwaitingEmail(db, now, 20)) {
      if (!(await claimNotificationEmail(db, id, now, new Date(now.getTime() + LEASE_MS)))) continue;
      if (await this.#send(db, id, now)) sent++;
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
    const link = new URL(row.response_id ? `/app/responses/${row.response_id}` : '/app/notifications', this.publicUrl);
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
    try {
      await this.sender.send({
        to: row.email,
        subject: translate(locale, `escalation.email.${kind}.subject`),
        text: `${translate(locale, `escalation.email.${kind}.body`, { step })}\n\n${link.href}\n\n${translate(locale, 'escalation.email.footer')}\n`,
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
