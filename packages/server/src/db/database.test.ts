import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows an unreachable, restarting or full database', () => {
    for (const error of [
      withCode('ECONNREFUSED'),
      withCode('ECONNRESET'),
      withCode('ETIMEDOUT'),
      withCode('08006'),
      withCode('57P01'),
      withCode('57P03'),
      withCode('53100'),
      withCode('53300'),
      withCode('SQLITE_FULL'),
      withCode('SQLITE_IOERR_WRITE'),
      withCode('SQLITE_BUSY'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  });

  it('leaves defects and refusals alone', () => {
    for (const error of [
      withCode('23505'),
      withCode('42P01'),
      withCode('40001'),
      withCode('SQLITE_CONSTRAINT_UNIQUE'),
      withCode('SQLITE_ERROR'),
      withCode('FST_ERR_CTP_BODY_TOO_LARGE', 'Connection terminated'),
      Object.assign(withCode('ECONNABORTED', 'request aborted'), { statusCode: 400 }),
      new TypeError('x is undefined'),
      null,
      undefined,
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(false);
    }
  });
});
