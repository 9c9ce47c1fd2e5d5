import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the server saw it arrive, before it answered. */
export interface ArrivingMessage {
  /** The Message-ID header ('' when none). */
  messageId: string;
  /** The envelope sender (MAIL FROM). */
  from: string;
  raw: string;
  /** When it arrived and when the server accepted it, by the `clock` given to startSmtp (0 without one). */
  arrivedAt: number;
  acceptedAt?: number;
}

/**
 * Decides, for a message whose data has arrived, when the server accepts it: resolve to accept. `accepted` (optional)
 * runs right after the server answered "250", before the client can act on it (a crash test kills the client there).
 */
export type SmtpGate = (message: ArrivingMessage) => { accept: Promise<void>; accepted?: () => void } | undefined;

export interface TestSmtp {
  url: string;
  /** The raw text of every message the server accepted, in order. */
  messages: string[];
  /** Every message the server accepted, in order. */
  accepted: ArrivingMessage[];
  /** Every message whose data arrived, accepted or not (the client may die while the server holds it). */
  arrived: ArrivingMessage[];
  /** When set, holds each arriving message until the gate says (a slow or paused server); unset, accepts at once. */
  gate: SmtpGate | undefined;
  close: () => Promise<void>;
}

function headerOf(raw: string, name: string): string {
  const head = raw.slice(0, Math.max(0, raw.search(/\r?\n\r?\n/))).replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim() ?? '';
}

/** A real SMTP server on a free port that keeps every message it accepts; `gate` makes it slow or pausable. */
export async function startSmtp(options: { clock?: () => number } = {}): Promise<TestSmtp> {
  const clock = options.clock ?? (() => 0);
  const closed = new Set<string>();
  const state: TestSmtp = {
    url: '',
    messages: [],
    accepted: [],
    arrived: [],
    gate: undefined,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mailFrom = session.envelope.mailFrom;
        const message: ArrivingMessage = {
          messageId: headerOf(raw, 'Message-ID'),
          from: mailFrom ? mailFrom.address : '',
          raw,
          arrivedAt: clock(),
        };
        state.arrived.push(message);
        const held = state.gate?.(message);
        void (held?.accept ?? Promise.resolve()).then(() => {
          // A client gone while the server held its message never heard it accepted.
          if (closed.has(session.id)) return callback(new Error('client gone'));
          message.acceptedAt = clock();
          state.accepted.push(message);
          state.messages.push(raw);
          callback();
          held?.accepted?.();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}

/** A received e-mail as a person reads it: its recipient, subject and plain text, transfer encodings undone. */
export interface ReadMessage {
  to: string;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=) in a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_all, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** Reads a raw single-part message (what Harbor sends: plain text) as the person would see it. */
export function readMessage(raw: string): ReadMessage {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const header = (name: string) =>
    head
      .split(/\r?\n/)
      .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return { to: header('To'), subject: decodeHeader(header('Subject')), text: text.replace(/\r\n/g, '\n') };
}
