import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

/** One plain-text e-mail. Harbor's e-mail never holds anything about a youth: it says what happened and links to Harbor. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The Message-ID header, e.g. "<hash@host>": the same for every copy of one message (default: a new one). */
  messageId?: string;
}

/** How long a slow or silent mail server may keep a request waiting, at each stage. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Sends Harbor's e-mail through the SMTP server of HARBOR_SMTP_URL, from HARBOR_MAIL_FROM: the notifications of overdue
 * steps (features/escalation), invitations and password reset links. Made once at start when SMTP is configured;
 * without it there is no sender and the features say so (notifications stay in the app, links are copied by hand).
 */
export class MailSender {
  readonly #transport: Transporter;

  constructor(
    smtp: { url: string; from: string },
    private readonly logger?: Logger,
  ) {
    this.#transport = nodemailer.createTransport({ url: smtp.url, ...TIMEOUTS }, { from: smtp.from });
  }

  /** Sends one message; throws when the mail server refuses it or cannot be reached. */
  async send(message: MailMessage): Promise<void> {
    await this.#transport.sendMail({
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.messageId ? { messageId: message.messageId } : {}),
    });
  }

  /**
   * Sends one message (or the one `message()` makes) and says whether it went out. A failure is logged (its kind, never
   * the address or the text) and not thrown: for callers whose work is committed either way (an invitation, whose link
   * can also be copied).
   */
  async trySend(message: MailMessage | (() => MailMessage), what: string): Promise<boolean> {
    try {
      await this.send(typeof message === 'function' ? message() : message);
      return true;
    } catch (error) {
      this.logger?.warn({ event: 'mail.failed', what, kind: (error as Error).name }, 'e-mail not sent');
      return false;
    }
  }

  close(): void {
    this.#transport.close();
  }
}

/** A time as an e-mail states it: date, time and zone in the county's time zone (HARBOR_TIME_ZONE). */
export function mailTime(iso: string, locale: 'en' | 'es', timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
