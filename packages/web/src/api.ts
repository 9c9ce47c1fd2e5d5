import { ERROR_CODES, type ErrorBody, type ErrorCode, type Locale } from '@harbor/core';

/** What a call to Harbor's API came to: the JSON body, the API's error, or no answer at all. */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; kind: 'api'; status: number; error: ErrorBody['error'] }
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
 * POSTs JSON to the API in the user's language (the server translates its error messages from Accept-Language).
 * An answer that is not Harbor's error shape becomes an 'internal' (or, for 502-504, 'unavailable') error with an
 * empty message, so the caller shows the catalog text for that code.
 */
export async function postJson<T>(path: string, body: unknown, locale: Locale): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  if (isErrorBody(payload)) return { ok: false, kind: 'api', status: response.status, error: payload.error };
  const code: ErrorCode = response.status >= 502 && response.status <= 504 ? 'unavailable' : 'internal';
  return { ok: false, kind: 'api', status: response.status, error: { code, message: '' } };
}
