import { HarborError } from './errors.js';

/**
 * A page's cursor: the sort key and the id of the last line shown, opaque to clients (base64url of a JSON pair). A
 * cursor that is not one of ours is refused as a bad query, never trusted.
 */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // reported below
  }
  throw new HarborError('validation_failed', 'bad cursor', [{ path: 'query.cursor', message: 'validation.invalid' }]);
}
