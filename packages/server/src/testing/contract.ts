import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** An answer the API document does not describe: a status it does not list, or a body its schema refuses. */
export interface ContractViolation {
  method: string;
  url: string;
  status: number;
  problem: string;
}

interface Operation {
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { responses?: Record<string, Operation['responses'] extends infer R ? R[keyof R] : never> };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
// OpenAPI 3.1 schemas are JSON Schema 2020-12; `components` rides along so that their $refs resolve.
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
const validators = new Map<string, ValidateFunction>();

function validatorFor(schema: unknown, document: OpenApiDocument): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ ...(schema as object), components: document.components });
    validators.set(key, validate);
  }
  return validate;
}

/** The document's path of a route: /api/v1/youth/:id is /api/v1/youth/{id}. */
const documentPath = (url: string) => url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{*}');

const ERROR_SCHEMA = { $ref: '#/components/schemas/Error' };

function bodyOf(payload: unknown): unknown {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return undefined; // a stream: a file, not JSON
  const text = String(payload);
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What is wrong with one answer, judged by the API document; undefined when nothing is. */
export function checkAnswer(
  document: OpenApiDocument,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): string | undefined {
  const status = reply.statusCode;
  const isJson = /^application\/json\b/.test(String(reply.getHeader('content-type') ?? ''));
  const url = request.routeOptions.url;
  let schema: unknown;
  if (request.is404 || url === undefined) {
    // No route: only errors, in the one error shape.
    if (!isJson) return undefined;
    schema = ERROR_SCHEMA;
  } else {
    const method = request.method === 'HEAD' ? 'get' : request.method.toLowerCase();
    const operation = document.paths[documentPath(url)]?.[method];
    if (!operation) return undefined; // not part of the API (the web app's files, the public site, the document)
    let response = operation.responses?.[String(status)];
    if (!response) {
      return `status ${status} is not documented (documented: ${Object.keys(operation.responses ?? {}).join(', ')})`;
    }
    if (response.$ref) response = document.components?.responses?.[response.$ref.split('/').pop() ?? ''];
    schema = response?.content?.['application/json']?.schema;
    // 204 and 304 have no body, whatever the payload handed on.
    if (!isJson || request.method === 'HEAD' || status === 204 || status === 304) return undefined;
    if (schema === undefined) return `a JSON body where the document describes none for ${status}`;
  }
  const body = bodyOf(payload);
  if (body === undefined) return undefined;
  const validate = validatorFor(schema, document);
  if (validate(body)) return undefined;
  return `the body does not match the documented schema: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body).slice(0, 500)}`;
}

/**
 * Checks every answer of the app against its API document (app.swagger()) as it is sent; the returned list fills with
 * what does not match. A test harness (createTestApp) fails a test file whose answers it holds.
 */
export function checkAnswersAgainstDocument(app: FastifyInstance): ContractViolation[] {
  const violations: ContractViolation[] = [];
  let document: OpenApiDocument | undefined;
  app.addHook('onSend', async (request, reply, payload) => {
    document ??= app.swagger() as unknown as OpenApiDocument;
    const problem = checkAnswer(document, request, reply, payload);
    if (problem) {
      violations.push({
        method: request.method,
        url: request.url.split('?')[0] ?? '',
        status: reply.statusCode,
        problem,
      });
    }
    return payload;
  });
  return violations;
}

/** The violations as one readable message. */
export function describeViolations(violations: readonly ContractViolation[]): string {
  return [
    `${violations.length} answer(s) do not match the API document (/api/openapi.json):`,
    ...violations.map((v) => `  ${v.method} ${v.url} answered ${v.status}: ${v.problem}`),
  ].join('\n');
}
