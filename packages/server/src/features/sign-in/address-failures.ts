import { isIPv6 } from 'node:net';
import { FAILURE_WINDOW_MS } from '../../identity/lockout.js';

/** Failed passwords from one address (on devices not known to the account) in 15 minutes before it is held. */
export const ADDRESS_MAX_FAILURES = 10;
/** Addresses remembered at most (the oldest are forgotten first). */
const MAX_ADDRESSES = 10_000;

/** An IPv6 client is counted by its /64 (one subscriber's network has billions of addresses); IPv4 by address. */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Failed passwords per client address, in this process's memory: ten in 15 minutes hold that address's password
 * sign-ins (on devices not known to the account) until 15 minutes after the first. It stops one address from trying a
 * password on many accounts (no account reaches its own limit) and bounds how many accounts it can lock (two per 15
 * minutes): once held, its tries count toward no account. Several Harbor processes each keep their own count.
 */
export class AddressFailures {
  readonly #entries = new Map<string, { count: number; first: number }>();

  isHeld(ip: string | undefined, now: Date): boolean {
    const entry = ip === undefined ? undefined : this.#entries.get(addressKey(ip));
    return (
      entry !== undefined && entry.count >= ADDRESS_MAX_FAILURES && now.getTime() - entry.first < FAILURE_WINDOW_MS
    );
  }

  record(ip: string | undefined, now: Date): void {
    if (ip === undefined) return;
    const key = addressKey(ip);
    const entry = this.#entries.get(key);
    if (entry && now.getTime() - entry.first < FAILURE_WINDOW_MS) {
      entry.count += 1;
      return;
    }
    this.#entries.delete(key);
    this.#entries.set(key, { count: 1, first: now.getTime() });
    if (this.#entries.size > MAX_ADDRESSES) {
      for (const [old, { first }] of this.#entries) {
        if (this.#entries.size <= MAX_ADDRESSES && now.getTime() - first < FAILURE_WINDOW_MS) break;
        this.#entries.delete(old);
      }
    }
  }
}
