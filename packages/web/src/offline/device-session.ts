import { translate } from '../i18n';
import { onReconnectChance } from '../reconnect';
import type { SessionInfo } from '../session-types';
import { deleteOfflineData, offlineDb } from './db';
import { forgetInstruments } from './instruments';
import { drainQueue } from './queue';
import { forgetDeviceKey, waitingCount } from './records';

/**
 * What the session needs from the offline part of the app: a snapshot of the signed-in staff member so the app opens
 * without a network, the queue sent whenever there is a session and a network, the warning before signing out with
 * unsent work, and the deletion of everything kept on the device after signing out.
 */

const SNAPSHOT = 'session';

/** Keeps who is signed in (never the CSRF token), for opening the app while offline until the session's end. */
export async function rememberSession(info: SessionInfo): Promise<void> {
  const { csrfToken: _token, offline: _offline, ...snapshot } = info;
  try {
    await (await offlineDb()).put('meta', snapshot, SNAPSHOT);
  } catch {
    // storage unavailable: the app then needs the network to open
  }
}

/** The remembered session, when there is one that has not reached its end; marked offline, without a CSRF token. */
export async function offlineSession(): Promise<SessionInfo | null> {
  try {
    const snapshot = (await (await offlineDb()).get('meta', SNAPSHOT)) as Omit<SessionInfo, 'csrfToken'> | undefined;
    if (!snapshot || !(Date.parse(snapshot.expiresAt) > Date.now())) return null;
    return { ...snapshot, csrfToken: '', offline: true };
  } catch {
    return null;
  }
}

export async function forgetSession(): Promise<void> {
  try {
    await (await offlineDb()).delete('meta', SNAPSHOT);
  } catch {
    // nothing stored
  }
}

/** How long signing out waits for the queue to be sent before asking. */
const SEND_BEFORE_SIGN_OUT_MS = 10_000;

/**
 * Before the user signs out: sends what waits (when there is a network), then, if anything still waits, asks whether
 * to sign out anyway (it will be deleted unsent). Resolves true to go ahead.
 */
export async function confirmSignOut(owner: string): Promise<boolean> {
  let waiting = 0;
  try {
    waiting = await waitingCount(owner);
    if (waiting > 0 && navigator.onLine) {
      await Promise.race([
        drainQueue(owner),
        new Promise((resolve) => window.setTimeout(resolve, SEND_BEFORE_SIGN_OUT_MS)),
      ]);
      waiting = await waitingCount(owner);
    }
  } catch {
    // the device's storage cannot be read: nothing readable to lose
    return true;
  }
  if (waiting === 0) return true;
  return window.confirm(translate('screeningForm.signOut.confirm', { count: waiting }));
}

/** Deletes the device key and every record, definition and snapshot kept on the device. */
export async function wipeOfflineData(): Promise<void> {
  forgetDeviceKey();
  forgetInstruments();
  try {
    await deleteOfflineData();
  } finally {
    forgetDeviceKey();
  }
}

/**
 * Sends the signed-in user's waiting screenings now and at every chance that Harbor is back (onReconnectChance); and
 * keeps the session snapshot current. For a session the server confirmed (never only the device's snapshot); returns the stop.
 */
export function startOfflineSync(info: SessionInfo): () => void {
  const owner = info.user.id;
  let active = true;
  void rememberSession(info);
  const run = async () => {
    if (!active) return;
    try {
      if ((await waitingCount(owner)) > 0) await drainQueue(owner);
    } catch {
      // tried again at the next occasion
    }
  };
  void run();
  const stop = onReconnectChance(() => void run());
  return () => {
    active = false;
    stop();
  };
}
