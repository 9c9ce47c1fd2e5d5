import { type Logger, pino } from 'pino';
import type { LogLevel } from './config/index.js';

/**
 * Structured JSON logs. Harbor never logs request bodies, query strings, cookies, authorization headers
 * or client addresses: they may hold secrets or a youth's identifiers. Request lines carry the route
 * pattern (e.g. /api/v1/youth/:id), never the concrete URL.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'secretKey',
  '*.secretKey',
  'token',
  '*.token',
];

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'harbor' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
