import { ERROR_STATUS, type ErrorCode, type FieldError } from '@harbor/core';

/**
 * The one error type of the server. `code` comes from the closed set in @harbor/core; the message the
 * caller sees is the translated 'error.<code>' text, never `internal` (which is for the log only).
 */
export class HarborError extends Error {
  readonly status: number;
  /** A more specific message than 'error.<code>' (a catalog key), e.g. why a sign-in failed. */
  messageKey?: string;
  messageValues?: Record<string, string | number>;
  /** A `conflict` with a version the record has left: the version it is at now, for the body. */
  currentVersion?: number;
  constructor(
    readonly code: ErrorCode,
    readonly internal?: string,
    readonly fields?: FieldError[],
  ) {
    super(internal ?? code);
    this.name = 'HarborError';
    this.status = ERROR_STATUS[code];
  }
}

/** A HarborError whose message is a specific catalog text rather than the code's general one. */
export function harborErrorWithMessage(
  code: ErrorCode,
  messageKey: string,
  internal?: string,
  messageValues?: Record<string, string | number>,
): HarborError {
  const error = new HarborError(code, internal);
  error.messageKey = messageKey;
  if (messageValues) error.messageValues = messageValues;
  return error;
}
