import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { type ApiResult, api, onUnauthorized, setCsrfToken } from './api';
import { onReconnectChance } from './reconnect';
import type { EndReason, SessionInfo, SessionState, SignInNavigationState, SignInResult } from './session-types';

/**
 * The offline part of the app (the device's storage, the queue of screenings), fetched when the session first needs
 * it: once someone is signed in, or opening without a network. The sign-in page never loads it.
 */
const deviceSession = () => import('./offline/device-session');

/** Before signing out by choice: whether to go ahead (it asks when screenings still wait on the device). */
function confirmSignOut(owner: string): Promise<boolean> {
  // When the device's part cannot even load, nothing readable is lost.
  return deviceSession().then(
    (offline) => offline.confirmSignOut(owner),
    () => true,
  );
}

/**
 * While the server confirms a session: the device keeps its snapshot and sends the waiting screenings.
 */
function useOfflineSync(state: SessionState): void {
  const info = state.status === 'signedIn' && !state.info.offline ? state.info : null;
  useEffect(() => {
    if (!info) return;
    let stop: (() => void) | undefined;
    let active = true;
    // At once, not once the page has settled: a phone that loses the network a moment after signing in must still
    // open the app and screen offline, from the snapshot this keeps.
    void deviceSession()
      .then((offline) => {
        if (active) stop = offline.startOfflineSync(info);
      })
      .catch(() => undefined); // the device's part cannot load (offline, first visit): nothing waits on it
    return () => {
      active = false;
      stop?.();
    };
  }, [info]);
}

export interface SessionContextValue {
  state: SessionState;
  /** Asks the server for the session again (also restarts its idle timer); resolves with the new state. */
  refresh(): Promise<SessionState>;
  /** First step of signing in. */
  signIn(email: string, password: string): Promise<ApiResult<SignInResult>>;
  /** The second step succeeded: keep the new session's CSRF token, load the session. */
  completeSignIn(csrfToken: string): Promise<SessionState>;
  /** Ends the session on the server (best effort) and here; `reason` decides the notice on the sign-in page. */
  signOut(reason?: EndReason): Promise<void>;
  /** Drops a half-way sign-in (second factor or enrolment not done) and stays on the page. */
  abandonSignIn(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Tabs of the same browser share the session cookie: one tab signing out tells the others. */
const CHANNEL_NAME = 'harbor-session';

/** The state an answer of GET /api/v1/auth/session means; undefined when it tells nothing (offline, server error). */
function stateFrom(result: ApiResult<SessionInfo>): SessionState | undefined {
  if (result.ok) {
    setCsrfToken(result.data.csrfToken);
    if (result.data.stage === 'active') return { status: 'signedIn', info: result.data };
    return { status: 'pending', stage: result.data.stage };
  }
  if (result.kind === 'api' && result.status === 401) {
    setCsrfToken(null);
    return { status: 'signedOut' };
  }
  return undefined;
}

function askSession(): Promise<ApiResult<SessionInfo>> {
  return api.get<SessionInfo>('/api/v1/auth/session', { expectUnauthorized: true });
}

let first: Promise<SessionState> | undefined;
let firstState: SessionState | undefined;

/**
 * Whether the server said, in the page, that the browser sent it no session cookie (packages/server's web-app.ts puts
 * `<meta name="harbor-session" content="none">` where index.html preloads the session): then nobody is signed in,
 * and asking would only be refused.
 */
function pageSaysNoSession(): boolean {
  return document.querySelector('meta[name="harbor-session"][content="none"]') !== null;
}

/**
 * Who is signed in when the app starts, asked once (main.tsx waits for it before the first render; index.html has
 * the browser fetch it beside the app), so the provider starts from the answer. Opened without a network, the
 * device's snapshot of the session, if it has one, lets offline screening work.
 */
export function firstSession(): Promise<SessionState> {
  first ??= (async () => {
    if (pageSaysNoSession()) {
      firstState = { status: 'signedOut' };
      return firstState;
    }
    const result = await askSession();
    const snapshot =
      !result.ok && result.kind === 'network'
        ? await deviceSession().then(
            (offline) => offline.offlineSession(),
            () => null,
          )
        : null;
    const state: SessionState =
      stateFrom(result) ?? (snapshot ? { status: 'signedIn', info: snapshot } : { status: 'signedOut' });
    firstState = state;
    return state;
  })();
  return first;
}

/**
 * Loads GET /api/v1/auth/session at start and holds the answer. Lives inside the router (in the root layout), so it
 * can send the user to the sign-in page when a session ends: signed out, timed out, or refused by the server.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() => firstState ?? { status: 'loading' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const navigate = useNavigate();
  const channel = useRef<BroadcastChannel | null>(null);

  const leave = useCallback(
    (reason: EndReason, wipe = false): Promise<void> => {
      // What the device keeps goes in one step: the session's snapshot, or (signing out by choice) everything. Two
      // steps could race, the snapshot's removal opening the database again after the wipe deleted it.
      const forgotten = deviceSession()
        .then((offline) => (wipe ? offline.wipeOfflineData() : offline.forgetSession()))
        .catch(() => undefined);
      const was = stateRef.current;
      const minutes = was.status === 'signedIn' ? Math.round(was.info.idleTimeoutSeconds / 60) : undefined;
      setCsrfToken(null);
      const next: SessionState = {
        status: 'signedOut',
        reason,
        ...(was.status === 'signedIn' ? { idleTimeoutSeconds: was.info.idleTimeoutSeconds } : {}),
      };
      stateRef.current = next;
      setState(next);
      const notice: SignInNavigationState = { notice: reason, ...(minutes ? { minutes } : {}) };
      navigate('/sign-in', { state: notice });
      return forgotten;
    },
    [navigate],
  );

  const refresh = useCallback(async () => {
    const was = stateRef.current;
    // At start, the first answer (firstSession); later, without a usable answer a signed-in user stays signed in
    // (the next call tells).
    const next = was.status === 'loading' ? await firstSession() : (stateFrom(await askSession()) ?? was);
    if (was.status === 'signedIn' && next.status !== 'signedIn') {
      void leave('ended');
      return stateRef.current;
    }
    stateRef.current = next;
    setState(next);
    return next;
  }, [leave]);

  // The first answer, if the page was drawn before it came (the root route waits for it). A 401 only means "not
  // signed in".
  useEffect(() => {
    if (stateRef.current.status === 'loading') void refresh();
  }, [refresh]);

  // Any call that needed the session and got 401: the server ended it (idle, 12-hour limit, ended elsewhere).
  useEffect(
    () =>
      onUnauthorized(() => {
        if (stateRef.current.status === 'signedIn') void leave('ended');
      }),
    [leave],
  );

  // Opened without reaching Harbor (the device's snapshot): ask the server for the real session (and its CSRF token)
  // at every chance that it is back, until it answers; then the waiting screenings are sent (useOfflineSync).
  const fromSnapshot = state.status === 'signedIn' && state.info.offline === true;
  useEffect(() => {
    if (!fromSnapshot) return;
    let asking = false; // one question at a time: a late failure must not undo a later answer
    return onReconnectChance(() => {
      const now = stateRef.current;
      if (asking || now.status !== 'signedIn' || !now.info.offline) return;
      asking = true;
      void refresh().finally(() => {
        asking = false;
      });
    });
  }, [fromSnapshot, refresh]);

  useOfflineSync(state);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(CHANNEL_NAME);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === 'signedOut' && stateRef.current.status === 'signedIn') void leave('signedOut');
      else if (event.data === 'signedIn' && stateRef.current.status !== 'signedIn') void refresh();
    };
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [leave, refresh]);

  const signIn = useCallback(async (email: string, password: string) => {
    const result = await api.post<SignInResult>(
      '/api/v1/auth/sign-in',
      { email, password },
      { expectUnauthorized: true },
    );
    if (result.ok) {
      setCsrfToken(result.data.csrfToken);
      const next: SessionState =
        result.data.stage === 'active' ? stateRef.current : { status: 'pending', stage: result.data.stage };
      stateRef.current = next;
      setState(next);
    }
    return result;
  }, []);

  const completeSignIn = useCallback(
    async (csrfToken: string) => {
      setCsrfToken(csrfToken);
      const next = await refresh();
      if (next.status === 'signedIn') channel.current?.postMessage('signedIn');
      return next;
    },
    [refresh],
  );

  const signOut = useCallback(
    async (reason: EndReason = 'signedOut') => {
      // Signing out by choice with screenings not yet sent asks first; afterwards nothing about a youth stays here.
      const was = stateRef.current;
      const owner = was.status === 'signedIn' ? was.info.user.id : null;
      if (reason === 'signedOut' && owner && !(await confirmSignOut(owner))) return;
      // Best effort: when the server already ended the session, it answers 401 and there is nothing left to do.
      await api.post('/api/v1/auth/sign-out', {}, { expectUnauthorized: true });
      channel.current?.postMessage('signedOut');
      await leave(reason, reason === 'signedOut');
    },
    [leave],
  );

  const abandonSignIn = useCallback(async () => {
    await api.post('/api/v1/auth/sign-out', {}, { expectUnauthorized: true });
    setCsrfToken(null);
    const next: SessionState = { status: 'signedOut' };
    stateRef.current = next;
    setState(next);
  }, []);

  const value = useMemo(
    () => ({ state, refresh, signIn, completeSignIn, signOut, abandonSignIn }),
    [state, refresh, signIn, completeSignIn, signOut, abandonSignIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}

/** The signed-in user's session; only inside <RequireSignedIn>. */
export function useSignedIn(): SessionInfo {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useSignedIn() outside a signed-in page');
  return state.info;
}
