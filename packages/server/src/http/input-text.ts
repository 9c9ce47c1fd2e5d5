import { findRefusedText } from '@harbor/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { HarborError } from '../errors.js';
import { requestHook } from './hook.js';

const PARTS = [
  ['body', 'body'],
  ['querystring', 'query'],
  ['params', 'params'],
] as const;

/** A path as the API names a field ('body.fields.incident'), the characters refused shown as escapes. */
function fieldPath(part: string, path: (string | number)[]): string {
  const shown = path.map((key) =>
    String(key).replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  return [part, ...shown].join('.');
}

/** A parsed part with neither a string nor a key to check: absent, or an object without keys of its own. */
function holdsNoText(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
}

/**
 * Refuses control characters at the edge, for every route (issue 13, item 4): before a route's schemas are applied,
 * every string and key of the parsed body, query and path is checked (core's findRefusedText, against the route's
 * schema for which fields are multi-line), and a request holding one is answered 400 naming each field.
 */
export function refuseControlCharacters(app: FastifyInstance): void {
  app.addHook(
    'preValidation',
    requestHook((request: FastifyRequest) => {
      // Most requests (a GET without a query) carry no text at all: nothing to look at, no schema to fetch.
      if (PARTS.every(([, key]) => holdsNoText(request[key]))) return;
      const schema = request.routeOptions.schema as Record<string, z.ZodType | undefined> | undefined;
      const fields = PARTS.flatMap(([part, key]) =>
        findRefusedText(request[key], schema?.[part]).map((found) => ({
          path: fieldPath(part, found.path),
          message: found.problem === 'control' ? 'validation.control_character' : 'validation.line_break',
        })),
      );
      if (fields.length > 0) throw new HarborError('validation_failed', 'control characters refused', fields);
    }),
  );
}
