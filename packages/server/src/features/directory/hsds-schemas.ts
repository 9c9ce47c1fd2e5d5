import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The published HSDS 3.0 JSON Schemas (2020-12), loaded from the standards folder and compiled with ajv: what the
 * HSDS API serves is checked against them in the tests, and `harbor directory import` checks a file with them. They ship
 * unchanged with the server in `packages/server/standards/hsds-3.0/` under their own licence (CC BY-SA 4.0, with its
 * attribution there and in NOTICE.md), so a deployment needs nothing beside Harbor; `--schemas DIR` names another.
 */
const RELATIVE = join('standards', 'hsds-3.0', 'schema');
const BASE = 'https://hsds.schema.invalid/3.0/';

/** The standards folder: the nearest `standards/hsds-3.0/schema` above this file (the server package's). */
export function findSchemaFolder(start = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, RELATIVE);
    if (existsSync(join(candidate, 'service.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export interface SchemaProblem {
  path: string;
  message: string;
}

export type HsdsEntity =
  | 'service'
  | 'organization'
  | 'location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'service_at_location'
  | 'phone'
  | 'attribute';

export interface HsdsValidator {
  /** Every problem of a value against an entity's schema (allErrors), each with its JSON path below `at`. */
  check(entity: HsdsEntity, value: unknown, at?: string): SchemaProblem[];
  /** The API's root answer and page wrapper, from openapi.json. */
  checkRoot(value: unknown): SchemaProblem[];
  checkPage(value: unknown): SchemaProblem[];
}

function problems(validate: ValidateFunction, value: unknown, at: string): SchemaProblem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: `${at}${e.instancePath.replace(/\//g, '.').replace(/\.(\d+)(?=\.|$)/g, '[$1]')}`,
    message: e.message ?? e.keyword,
  }));
}

/** Compiles the schemas of a folder (every entity schema, with its `$ref`s resolved among them). */
export function hsdsValidator(folder = findSchemaFolder()): HsdsValidator {
  if (!folder) throw new Error(`The HSDS 3.0 schemas were not found (${RELATIVE} above ${import.meta.url})`);
  // strict: false, as the schemas carry annotations of their own (name, constraints...) that ajv would refuse.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    const schema = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: BASE + file });
  }
  const openapi = JSON.parse(readFileSync(join(folder, 'openapi.json'), 'utf8')) as {
    paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: object } } } } } }>;
    components: { schemas: { Page: object } };
  };
  const compiled = new Map<string, ValidateFunction>();
  const entity = (name: HsdsEntity) => {
    let v = compiled.get(name);
    if (!v) {
      v = ajv.getSchema(`${BASE}${name}.json`);
      if (!v) throw new Error(`no HSDS schema ${name}.json`);
      compiled.set(name, v);
    }
    return v;
  };
  const root = ajv.compile(openapi.paths['/']!.get.responses[200].content['application/json'].schema);
  const page = ajv.compile(openapi.components.schemas.Page);
  return {
    check: (name, value, at = '') => problems(entity(name), value, at),
    checkRoot: (value) => problems(root, value, ''),
    checkPage: (value) => problems(page, value, ''),
  };
}
