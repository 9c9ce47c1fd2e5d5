/**
 * The closed set of error codes Harbor's API answers with, shared by the server and the web app.
 * Each code has a message 'error.<code>' in every language and exactly one HTTP status.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** A field-level problem in a request, with a translated message. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * The one error shape of the API: `{ "error": { "code", "message", "fields"? } }`. A 409 for a change made at a version
 * the record has left also names the version it is at now (`currentVersion`), to read it again from.
 */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[]; currentVersion?: number };
}
