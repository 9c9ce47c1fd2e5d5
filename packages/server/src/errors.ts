import { ERROR_STATUS, type ErrorCode, type FieldError } from '@harbor/core';

/**
 * The one error type of the server. `code` comes from the closed set in @harbor/core; the message the
 * caller sees is the translated 'error.<code>' text, never `internal` (which is for the log only).
 */
export class HarborError extends Error {
  readonly status: number;
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
