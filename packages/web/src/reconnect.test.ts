import { describe, expect, it } from 'vitest';
import { onReconnectChance, RETRY_MS, type ReconnectHost } from './reconnect';

/** A page whose `online` events and clock the test drives. */
function fakeHost() {
  const listeners = new Set<() => void>();
  const timers = new Map<number, { handler: () => void; ms: number }>();
  let next = 1;
  const host: ReconnectHost = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    setInterval: (handler, ms) => {
      timers.set(next, { handler, ms });
      return next++;
    },
    clearInterval: (id) => timers.delete(id),
  };
  return {
    host,
    online: () => {
      for (const listener of listeners) listener();
    },
    /** Time passes by `ms`: each interval fires as many times as it falls due. */
    advance: (ms: number) => {
      for (const { handler, ms: every } of [...timers.values()]) {
        for (let i = 0; i < Math.floor(ms / every); i++) handler();
      }
    },
    listeners,
    timers,
  };
}

describe('onReconnectChance', () => {
  it('tries at the online event', () => {
    const page = fakeHost();
    let attempts = 0;
    onReconnectChance(() => attempts++, page.host);
    expect(attempts).toBe(0);
    page.online();
    expect(attempts).toBe(1);
  });

  it('tries every RETRY_MS without any online event (navigator.onLine true while Harbor is unreachable)', () => {
    const page = fakeHost();
    let attempts = 0;
    onReconnectChance(() => attempts++, page.host);
    page.advance(RETRY_MS - 1);
    expect(attempts).toBe(0);
    page.advance(RETRY_MS);
    expect(attempts).toBe(1);
    page.advance(3 * RETRY_MS);
    expect(attempts).toBe(4);
  });

  it('stops trying once stopped', () => {
    const page = fakeHost();
    let attempts = 0;
    const stop = onReconnectChance(() => attempts++, page.host);
    stop();
    page.online();
    page.advance(10 * RETRY_MS);
    expect(attempts).toBe(0);
    expect(page.listeners.size).toBe(0);
    expect(page.timers.size).toBe(0);
  });
});
