/**
 * How often something that needs Harbor is tried again while Harbor cannot be reached. Kept outside offline/: the
 * session (on every first page) uses it, and the first pages carry none of the offline modules.
 */
export const RETRY_MS = 30_000;

/** What `onReconnectChance` needs of the page: the window, or a stand-in in a unit test. */
export interface ReconnectHost {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/**
 * Calls `attempt` whenever Harbor may have become reachable again: at the browser's `online` event and every
 * RETRY_MS. The event alone is not enough: a phone on a Wi-Fi that does not reach the internet, behind a captive
 * portal, or talking to a Harbor server that is restarting has `navigator.onLine` true the whole time, so no `online`
 * event comes when Harbor answers again. Returns the stop.
 */
export function onReconnectChance(attempt: () => void, host: ReconnectHost = window): () => void {
  const timer = host.setInterval(attempt, RETRY_MS);
  host.addEventListener('online', attempt);
  return () => {
    host.clearInterval(timer);
    host.removeEventListener('online', attempt);
  };
}
