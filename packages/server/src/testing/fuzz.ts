import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { HarborDatabase } from '../db/database.js';

/**
 * Generators for the API fuzz (api-fuzz.int.test.ts): requests for an operation of the OpenAPI document, shaped by its
 * schemas (path parameters, query, JSON body) and then, often, made hostile (a value of the wrong type or a payload
 * string in one place, extra and prototype keys, a missing body, a body that is not JSON or not declared as JSON); and
 * a fingerprint of the database, to show that a refused request changed nothing.
 */

/** The part of JSON Schema 2020-12 the document's schemas use (generated from the routes' zod schemas). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The document's path, with {name} for each parameter. */
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  body?: JsonSchema;
  bodyRequired: boolean;
  /** Status code (as in the document) to the JSON schema of its body, when it has one. */
  responses: Record<string, JsonSchema | null>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}

/** Every operation of the document, in its order (HEAD, which Fastify adds beside each GET, is not listed there). */
export function operationsOf(document: unknown): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries((document as OpenApiDocument).paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const requestBody = op.requestBody as
        | { required?: boolean; content: Record<string, { schema: JsonSchema }> }
        | undefined;
      const responses: Record<string, JsonSchema | null> = {};
      for (const [status, answer] of Object.entries((op.responses ?? {}) as Record<string, unknown>)) {
        const content = (answer as { content?: Record<string, { schema?: JsonSchema }> }).content;
        responses[status] = content?.['application/json']?.schema ?? null;
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? []) as Parameter[],
        ...(requestBody ? { body: requestBody.content['application/json']?.schema ?? {} } : {}),
        bodyRequired: requestBody?.required === true,
        responses,
      });
    }
  }
  return operations;
}

/** Values of the world a request should often name, so that it reaches records rather than a 404. */
export interface Pools {
  /** Ids of every kind of record, of every agency, with a few random UUIDs. */
  ids: string[];
  emails: string[];
  /**
   * Known values by name: of a field or parameter (youthId, stepId, slug), or of a path's parameter after its
   * collection ('youth/id', 'care-team/memberId').
   */
  words: Record<string, string[]>;
}

/** Strings made to break something: control and edge characters, injections, traversal, prototype keys. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\r\n\t',
  '\u0085\u2028\u2029',
  '\ud800',
  'x\udfffy',
  '\udbff\udfff',
  '\u202eevil\u202c',
  '\u200f\u200e\u061c',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z\u0351\u0346\u035e\u0319\u0324',
  '👩‍👩‍👧‍👦🏳️‍🌈🇲🇽',
  '\ufeff\u200b\u2060',
  '\uffff\ufffe',
  "' OR '1'='1",
  "'; DROP TABLE youth; --",
  '1; select pg_sleep(3) --',
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, on purpose
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  '=cmd|" /C calc"!A0',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e400',
  '9007199254740993',
  'true',
  '[]',
  '{}',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '019AD000-0000-7000-8000-000000000000',
  '{019ad000-0000-7000-8000-000000000000}',
  '019ad000-0000-7000-8000-000000000000 ',
];

/** Keys that reach Object.prototype when code copies them carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const huge = (length: number) => fc.constantFrom('x'.repeat(length), 'é'.repeat(length), '😀'.repeat(length / 2));

/** A hostile string: a listed one, a long or huge one, or any code units (lone surrogates and controls included). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: huge(300), weight: 1 },
  { arbitrary: huge(70_000), weight: 1 },
);

/** A hostile value of any JSON type: strings as above, wrong types, extreme numbers, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  {
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      -0,
      1.5,
      1e308,
      -1e308,
      2 ** 53 + 2,
      [],
      {},
      [null],
      [[[]]],
      { __proto__: null, a: 1 },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
    ),
    weight: 3,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 200 }).map(deepArray), weight: 1 },
);

function deepArray(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth * 10; i++) value = [value];
  return value;
}

function withoutExtremes<T>(value: T, cap: number): T {
  return (typeof value === 'number' ? Math.min(value, cap) : value) as T;
}

const ISO_MIN = new Date('1990-01-01T00:00:00Z');
const ISO_MAX = new Date('2030-12-31T00:00:00Z');

/** A value valid for the schema (as far as fast-check can aim), biased toward the world's ids and addresses. */
export function validValue(schema: JsonSchema, pools: Pools, name = ''): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validValue(s, pools, name)));
  if (schema.allOf) return validValue(Object.assign({}, ...schema.allOf), pools, name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return validString(schema, pools, name);
    case 'integer':
    case 'number': {
      const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -1000);
      const max = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : (schema.maximum ?? 100_000);
      const small = fc.integer({ min: Math.max(min, withoutExtremes(min, 0)), max: Math.min(max, Math.max(min, 5)) });
      const any =
        type === 'integer'
          ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) })
          : fc.double({ min: Math.max(min, -1e9), max: Math.min(max, 1e9), noNaN: true, noDefaultInfinity: true });
      // Versions and counts are small: a small value is far likelier to be the current one.
      return fc.oneof({ arbitrary: small, weight: 3 }, { arbitrary: any, weight: 1 });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 4, Math.max(minLength, 4));
      return fc.array(validValue(schema.items ?? {}, pools, name), { minLength, maxLength });
    }
    case 'object':
      return validObject(schema, pools);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validObject(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const fields = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, validValue(s, pools, k)]));
  const record = fc.record(fields, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
  if (typeof schema.additionalProperties !== 'object') return record;
  const keys = schema.propertyNames ? validString(schema.propertyNames, pools, 'key') : fc.string({ minLength: 1 });
  const extra = fc.dictionary(keys as fc.Arbitrary<string>, validValue(schema.additionalProperties, pools), {
    maxKeys: 5,
  });
  return fc.tuple(record, extra).map(([r, e]) => ({ ...e, ...r }));
}

function validString(schema: JsonSchema, pools: Pools, name: string): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? 60;
  const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
  const known = pools.words[name] ?? [];
  const base = ((): fc.Arbitrary<string> => {
    switch (schema.format) {
      case 'uuid':
        return fc.oneof({ arbitrary: fc.constantFrom(...pools.ids), weight: 4 }, fc.uuid());
      case 'email':
        return fc.oneof(fc.constantFrom(...pools.emails), fc.emailAddress());
      case 'date':
        return fc.date({ min: ISO_MIN, max: ISO_MAX, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      case 'date-time':
        return fc.date({ min: ISO_MIN, max: ISO_MAX, noInvalidDate: true }).map((d) => d.toISOString());
      default:
        break;
    }
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
    const text = fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, Math.max(minLength, 40)) });
    return fc.oneof(text, fc.string({ unit: 'grapheme-ascii', minLength, maxLength: Math.min(maxLength, 20) }));
  })();
  // A name with values of its own (youthId, the {id} of /youth/{id}) takes those; another id takes any record's.
  const pooled = (known.length ? known : /(^id$|Id$)/.test(name) ? pools.ids : []).filter(fits);
  if (name === 'email' && !schema.format) pooled.push(...pools.emails.filter(fits));
  return pooled.length ? fc.oneof({ arbitrary: fc.constantFrom(...pooled), weight: 3 }, base) : base;
}

/** A request as the fuzz sends it. */
export interface FuzzRequest {
  /** Path parameter values, before encoding. */
  params: Record<string, string>;
  /** Query values; arrays are repeated keys. */
  query: [string, unknown][];
  /** The body: a value sent as JSON, raw text, or nothing. */
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; text: string } | { kind: 'none' };
  contentType: string | undefined;
  /** What was made hostile, for the report of a failing case. */
  mutation: string;
}

/** Bodies that are not what a JSON route expects. */
const RAW_BODIES = [
  '',
  '{',
  '{"a":',
  'null',
  '"text"',
  '[]',
  '[{}]',
  '0',
  '{"a":1,"a":2}',
  '{"__proto__":{"isAdmin":true}}',
  '\u0000',
  '\ufeff{}',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  `{"x":"${'a'.repeat(1_100_000)}"}`,
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json;;',
  'application/csp-report',
  'application/reports+json',
  'application/json, text/html',
  '',
];

const valid = (op: Operation, pools: Pools) => {
  const part = (where: Parameter['in']) =>
    op.parameters
      .filter((p) => p.in === where)
      .map((p) => {
        // A path's {id} is named by the collection before it: youth/{id} is a youth's id, users/{id} a user's.
        const collection = op.path.match(new RegExp(`/([a-z-]+)/\\{${p.name}\\}`))?.[1];
        const scoped = `${collection}/${p.name}`;
        const value = validValue(p.schema, pools, where === 'path' && pools.words[scoped] ? scoped : p.name).filter(
          (v) => where !== 'path' || !emptySegment(v),
        );
        return p.required || where === 'path'
          ? value.map((v) => [p.name, v])
          : fc.option(value.map((v) => [p.name, v]));
      });
  return fc.record({
    params: fc.tuple(...part('path')).map((pairs) => Object.fromEntries(pairs as [string, unknown][])),
    query: fc.tuple(...part('query')).map((pairs) => pairs.filter((p) => p !== null) as [string, unknown][]),
    body: op.body ? validValue(op.body, pools) : fc.constant(undefined),
  });
};

/**
 * A path parameter that leaves its segment empty (or a dot segment) makes the URL another operation's, /responses/ the
 * list's: the fuzz would hold the answer to the wrong schema. Such paths are another operation's case, not this one's.
 */
function emptySegment(value: unknown): boolean {
  return value === '' || value === '.' || value === '..';
}

type Mutation = (request: FuzzRequest, op: Operation) => fc.Arbitrary<FuzzRequest>;

/** Every place in a JSON value, as a path of keys. */
function placesOf(
  value: unknown,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) placesOf(v, [...at, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) placesOf(v, [...at, k], out);
  return out;
}

/** A copy of the value with the place replaced (or, with `undefined`, removed); own keys only, as JSON.parse makes. */
function replaceAt(value: unknown, place: (string | number)[], next: unknown): unknown {
  if (place.length === 0) return next;
  const [head, ...rest] = place;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(copy[head as number], rest, next);
    return copy;
  }
  const copy = JSON.parse(JSON.stringify(value ?? {}));
  if (next === undefined && rest.length === 0) delete copy[head as string];
  else setOwn(copy, head as string, replaceAt(copy[head as string], rest, next));
  return copy;
}

function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

const mutations: Record<string, Mutation> = {
  'path parameter': (r, op) => {
    const names = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
    if (!names.length) return fc.constant(r);
    return fc
      .tuple(
        fc.constantFrom(...names),
        fc.oneof(
          hostileString.filter((v) => !emptySegment(v)),
          fc.uuid(),
        ),
      )
      .map(([name, value]) => ({ ...r, params: { ...r.params, [name]: value } }));
  },
  'query value': (r, op) => {
    const names = [...op.parameters.filter((p) => p.in === 'query').map((p) => p.name), ...PROTOTYPE_KEYS, 'note'];
    return fc.tuple(fc.constantFrom(...names), hostileValue, fc.boolean()).map(([name, value, repeat]) => ({
      ...r,
      query: [...r.query.filter(([k]) => repeat || k !== name), [name, value] as [string, unknown]],
    }));
  },
  'body value': (r) => {
    if (r.body.kind !== 'json') return fc.constant(r);
    const value = r.body.value;
    return fc.tuple(fc.constantFrom(...placesOf(value)), hostileValue).map(([place, next]) => ({
      ...r,
      body: { kind: 'json' as const, value: replaceAt(value, place, next) },
    }));
  },
  'body extra key': (r) => {
    if (r.body.kind !== 'json') return fc.constant(r);
    const value = r.body.value;
    const objects = placesOf(value).filter((p) => {
      const at = p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
      return at !== null && typeof at === 'object' && !Array.isArray(at);
    });
    if (!objects.length) return fc.constant(r);
    const key = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'isAdmin', 'role', 'agencyId', 'id'), hostileString);
    return fc.tuple(fc.constantFrom(...objects), key, hostileValue).map(([place, k, extra]) => {
      const copy = JSON.parse(JSON.stringify(value));
      const target = place.reduce<Record<string, unknown>>((v, p) => v[p] as Record<string, unknown>, copy);
      setOwn(target, k, extra);
      return { ...r, body: { kind: 'json' as const, value: copy } };
    });
  },
  'body field removed': (r) => {
    if (r.body.kind !== 'json') return fc.constant(r);
    const value = r.body.value;
    const places = placesOf(value).filter((p) => p.length > 0);
    if (!places.length) return fc.constant({ ...r, body: { kind: 'none' as const } });
    return fc.constantFrom(...places).map((place) => ({
      ...r,
      body: { kind: 'json' as const, value: replaceAt(value, place, undefined) },
    }));
  },
  'no body': (r) => fc.constant({ ...r, body: { kind: 'none' as const } }),
  'raw body': (r) =>
    fc.tuple(fc.constantFrom(...RAW_BODIES), fc.constantFrom('application/json', undefined)).map(([text, type]) => ({
      ...r,
      body: { kind: 'raw' as const, text },
      contentType: type,
    })),
  'content type': (r) =>
    fc.constantFrom(...CONTENT_TYPES).map((type) => ({
      ...r,
      body: r.body.kind === 'json' ? { kind: 'raw' as const, text: JSON.stringify(r.body.value) ?? 'x=1' } : r.body,
      contentType: type,
    })),
  'wrong type body': (r) =>
    hostileValue.map((value) => ({ ...r, body: { kind: 'json' as const, value }, contentType: 'application/json' })),
};

/** Requests for an operation: valid-shaped about a third of the time, otherwise with one or two hostile changes. */
export function requestsFor(op: Operation, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const base = valid(op, pools).map(
    ({ params, query, body }): FuzzRequest => ({
      params: params as Record<string, string>,
      query,
      body: body === undefined ? { kind: 'none' } : { kind: 'json', value: body },
      contentType: body === undefined ? undefined : 'application/json',
      mutation: 'none',
    }),
  );
  const names = Object.keys(mutations);
  const mutated = (r: FuzzRequest, name: string) =>
    mutations[name]!(r, op).map((m) => ({ ...m, mutation: r.mutation === 'none' ? name : `${r.mutation}, ${name}` }));
  return fc.oneof(
    { arbitrary: base, weight: 1 },
    { arbitrary: fc.tuple(base, fc.constantFrom(...names)).chain(([r, n]) => mutated(r, n)), weight: 2 },
  );
}

/** Percent-encodes a value for a URL; a lone surrogate, which encodeURIComponent refuses, as the bytes of one. */
export function encodePart(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[\s\S]/g, (ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) return '%ED%A0%80';
      return encodeURIComponent(ch);
    });
  }
}

/** The URL of a request: path parameters in place ({*} too), then the query. */
export function urlOf(op: Operation, request: FuzzRequest): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = request.params[name] ?? '';
    return name === '*' ? String(value).split('/').map(encodePart).join('/') : encodePart(value);
  });
  const query = request.query.flatMap(([k, v]) =>
    (Array.isArray(v) && v.length > 0 ? v : [v]).map((one) => `${encodePart(k)}=${encodePart(one)}`),
  );
  return query.length ? `${path}?${query.join('&')}` : path;
}

/** Columns a refused request may change, by design: when a session was last seen, and the sign-in lock counters. */
export const MAY_CHANGE_ON_REFUSAL: Readonly<Record<string, readonly string[]>> = {
  user_session: ['last_seen_at'],
  app_user: [
    'failed_sign_ins',
    'first_failed_at',
    'locked_until',
    'failed_second_factors',
    'second_factor_locked_until',
    'known_device_failures',
    'known_device_first_failed_at',
    'known_device_locked_until',
  ],
};

/** Audit outcomes a refused request may append: the trail of refusals is the point of an audit. */
export const REFUSAL_OUTCOMES = ['failure', 'denied'] as const;

/** Events a refused request may append as a success: the lock that the refused password completes (lockout.ts). */
export const REFUSAL_EVENTS = ['auth.account.locked'] as const;

export interface Fingerprint {
  /** Table to its row count and a hash of its rows (sorted, less the columns above). */
  tables: Record<string, string>;
  /** The audit trail is append-only (triggers refuse changes): its last sequence number. */
  lastAuditSeq: number;
  /**
   * A count that moves whenever something is written: SQLite's rows changed on its one connection, PostgreSQL's next
   * transaction id (a transaction that writes takes one; anywhere on the server, so it may move for nothing). While it
   * stands still, so does every table.
   */
  changes: string;
}

/** Every table of the database, but the audit trail, which is checked by what was appended. */
export async function tablesOf(database: HarborDatabase): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.map((t) => t.name).filter((n) => n !== 'audit_event' && !n.startsWith('kysely_'));
}

const lastAuditSeq = sql<number>`(select coalesce(max(seq), 0) from audit_event)`;

/**
 * The database's fingerprint, computed again only when something was written since `previous`: PostgreSQL hashes
 * every table in one statement, SQLite (in process) reads the rows.
 */
export async function fingerprint(
  database: HarborDatabase,
  tables: readonly string[],
  previous?: Fingerprint,
): Promise<Fingerprint> {
  const db = database.db;
  const postgres = database.dialect === 'postgres';
  const counter = postgres ? sql`pg_snapshot_xmax(pg_current_snapshot())::text` : sql`total_changes()`;
  const { rows } = await sql<{
    changes: string;
    seq: number;
  }>`select ${counter} as changes, ${lastAuditSeq} as seq`.execute(db);
  const changes = String(rows[0]!.changes);
  const seq = Number(rows[0]!.seq);
  if (previous && previous.changes === changes) return previous;
  if (postgres) {
    // Each row's 64-bit hash, summed: independent of the rows' order, so nothing is sorted or concatenated.
    const hashes = tables.map((table) => {
      const skip = MAY_CHANGE_ON_REFUSAL[table];
      const row = skip ? sql`(to_jsonb(t) - ${`{${skip.join(',')}}`}::text[])::text` : sql`t::text`;
      return sql`(select count(*) || ':' || coalesce(sum(hashtextextended(${row}, 0)::numeric), 0) from ${sql.table(table)} t)`;
    });
    const { rows } = await sql<{ hashes: string[] }>`select array[${sql.join(hashes)}] as hashes`.execute(db);
    return { tables: Object.fromEntries(tables.map((t, i) => [t, rows[0]!.hashes[i]!])), lastAuditSeq: seq, changes };
  }
  const out: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    const skip = MAY_CHANGE_ON_REFUSAL[table] ?? [];
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.entries(row).filter(([k]) => !skip.includes(k)),
          jsonSafe,
        ),
      )
      .sort();
    out[table] = `${rows.length}:${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return { tables: out, lastAuditSeq: seq, changes };
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}
