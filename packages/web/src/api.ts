import { ERROR_CODES, type ErrorBody, type ErrorCode, type Locale } from '@harbor/core';
import { currentLocale } from './locale';

/** What a call to Harbor's API came to: the JSON body, the API's error, or no answer at all. */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; kind: 'api'; status: number; error: ErrorBody['error']; locale: Locale }
  | { ok: false; kind: 'network' };

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export function isErrorCode(value: string): value is ErrorCode {
  return (ERROR_CODES as string[]).includes(value);
}

/**
 * The session's CSRF token, kept in memory only (never in storage): it comes from the sign-in answer or from
 * GET /api/v1/auth/session, and goes back in the X-CSRF-Token header of every state-changing request.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Where the time of the app's last answered API call is shared between tabs (they share one session cookie). */
export const ACTIVITY_STORAGE_KEY = 'harbor.lastApiCall';

let lastCallAt = Date.now();

function noteActivity(): void {
  lastCallAt = Date.now();
  try {
    window.localStorage.setItem(ACTIVITY_STORAGE_KEY, String(lastCallAt));
  } catch {
    // storage disabled: this tab's own time still counts
  }
}

/**
 * When the app last heard from the API, in this tab or another one of the same browser: the server's idle timer
 * restarts at each request of the session, so this is what the session-timeout warning counts from.
 */
export function lastApiActivity(): number {
  let shared = 0;
  try {
    shared = Number(window.localStorage.getItem(ACTIVITY_STORAGE_KEY)) || 0;
  } catch {
    // storage disabled
  }
  // A time in the future (another tab's clock went wrong) must not keep a session alive on screen.
  return Math.max(lastCallAt, Math.min(shared, Date.now()));
}

type UnauthorizedListener = (path: string) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever a call that needs a session is answered 401 (the session ended on the server). */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface RequestOptions {
  /** A 401 answer is this call's own result (a refused code, no session yet), not a session that ended. */
  expectUnauthorized?: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Calls the API in the user's language (the server translates its error messages from Accept-Language). A
 * state-changing call always sends JSON (`{}` when there is nothing to send) and the session's CSRF token. An answer
 * that is not Harbor's error shape becomes an 'internal' (or, for 502-504, 'unavailable') error with an empty message,
 * so the caller shows the catalog text for that code.
 */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<ApiResult<T>> {
  const locale = currentLocale();
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
  const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (!SAFE_METHODS.has(method)) {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    return { ok: false, kind: 'network' };
  }
  noteActivity();
  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  if (response.status === 401 && !options.expectUnauthorized) {
    for (const listener of unauthorizedListeners) listener(path);
  }
  if (isErrorBody(payload)) return { ok: false, kind: 'api', status: response.status, error: payload.error, locale };
  const code: ErrorCode = response.status >= 502 && response.status <= 504 ? 'unavailable' : 'internal';
  return { ok: false, kind: 'api', status: response.status, error: { code, message: '' }, locale };
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => apiRequest<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => apiRequest<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => apiRequest<T>('PATCH', path, body, options),
  delete: <T = undefined>(path: string, options?: RequestOptions) => apiRequest<T>('DELETE', path, undefined, options),
};
