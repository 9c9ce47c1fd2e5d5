import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config/index.js';

/** How long a browser stays known after a full sign-in on it (each full sign-in renews it). */
export const KNOWN_DEVICE_MS = 90 * 24 * 60 * 60_000;
/** The accounts one browser is remembered for (a shared computer): the most recent ones. */
const MAX_ACCOUNTS = 8;

/** `__Host-` prefixed over https, like the session cookie. */
export function knownDeviceCookieName(config: Config): string {
  return config.publicUrl.protocol === 'https:' ? '__Host-harbor-device' : 'harbor-device';
}

function keyOf(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'harbor known device v1', 32));
}

function mac(secretKey: Buffer, userId: string, expires: string): string {
  return createHmac('sha256', keyOf(secretKey)).update(`${userId}.${expires}`, 'utf8').digest('base64url');
}

/**
 * The known-device cookie holds one mark per account that completed a sign-in on this browser: its end (seconds) and
 * an HMAC of the account's id and that end under a key derived from HARBOR_SECRET_KEY. No account id is in it, so
 * it tells nobody who signed in there; only the server can tell whether a mark is an account's.
 */
function marksOf(request: FastifyRequest, config: Config): { expires: string; mac: string }[] {
  const raw = request.cookies[knownDeviceCookieName(config)] ?? '';
  return raw
    .split('~')
    .slice(0, MAX_ACCOUNTS)
    .map((mark) => mark.split('.'))
    .filter((parts): parts is [string, string] => parts.length === 2 && /^\d{1,12}$/.test(parts[0] ?? ''))
    .map(([expires, given]) => ({ expires, mac: given }));
}

function isMarkOf(config: Config, userId: string, mark: { expires: string; mac: string }): boolean {
  const expected = Buffer.from(mac(config.secretKey, userId, mark.expires));
  const actual = Buffer.from(mark.mac);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const current = (mark: { expires: string }, now: Date) => Number(mark.expires) * 1000 > now.getTime();

/** Whether this browser completed a sign-in of this account before (and the mark has not run out). */
export function isKnownDevice(request: FastifyRequest, config: Config, userId: string, now: Date): boolean {
  return marksOf(request, config).some((mark) => current(mark, now) && isMarkOf(config, userId, mark));
}

/** After a full sign-in: this browser is known for the account (a new mark first; run-out and surplus ones dropped). */
export function rememberDevice(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  userId: string,
  now: Date,
): void {
  const expires = String(Math.floor((now.getTime() + KNOWN_DEVICE_MS) / 1000));
  const others = marksOf(request, config).filter((mark) => current(mark, now) && !isMarkOf(config, userId, mark));
  const marks = [{ expires, mac: mac(config.secretKey, userId, expires) }, ...others].slice(0, MAX_ACCOUNTS);
  reply.setCookie(knownDeviceCookieName(config), marks.map((m) => `${m.expires}.${m.mac}`).join('~'), {
    path: '/',
    httpOnly: true,
    secure: config.publicUrl.protocol === 'https:',
    sameSite: 'strict',
    maxAge: Math.floor(KNOWN_DEVICE_MS / 1000),
  });
}
