import { useEffect, useSyncExternalStore } from 'react';
import { api } from './api';

/**
 * How many of the signed-in person's notifications are unread, for the header: fetched when the app starts, at each
 * navigation, and again whenever a page marks notifications read (`refreshUnreadCount`). The answer names nothing.
 * Never on a timer: every request restarts the session's idle clock, and a poll would keep an unattended session open.
 */

let unread: number | null = null;
const listeners = new Set<() => void>();
let inFlight: Promise<void> | null = null;

function publish(value: number | null): void {
  unread = value;
  for (const listener of listeners) listener();
}

export function refreshUnreadCount(): Promise<void> {
  inFlight ??= api
    .get<{ unread: number }>('/api/v1/notifications/unread-count')
    .then((result) => publish(result.ok ? result.data.unread : unread))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** Sets the count from an answer that carries it (the notifications list). */
export function setUnreadCount(value: number): void {
  publish(value);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The unread count while someone is signed in (null before it is known, or when signed out), fetched at `path`. */
export function useUnreadCount(signedIn: string | null, path: string): number | null {
  const value = useSyncExternalStore(subscribe, () => unread);
  // biome-ignore lint/correctness/useExhaustiveDependencies: fetched again at each navigation
  useEffect(() => {
    if (!signedIn) {
      publish(null);
      return;
    }
    void refreshUnreadCount();
  }, [signedIn, path]);
  return signedIn ? value : null;
}
