import { type ErrorBody, type ErrorCode, type FieldError, type Locale, negotiateLocale, translate } from '@harbor/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/database.js';
import { HarborError } from '../errors.js';
import { requestHook } from './hook.js';

export function errorBody(locale: Locale, code: ErrorCode, fields?: FieldError[]): ErrorBody {
  const message =
    code === 'validation_failed'
      ? translate(locale, 'error.validation_failed', { count: fields?.length ?? 1 })
      : translate(locale, `error.${code}`);
  return { error: fields?.length ? { code, message, fields } : { code, message } };
}

interface ZodLikeIssue {
  code?: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  origin?: string;
}

function fieldMessage(locale: Locale, issue: ZodLikeIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return translate(locale, issue.input === undefined ? 'validation.required' : 'validation.invalid_type');
    case 'too_small':
      // An empty string where at least one character is wanted (an agency not chosen) is a field left empty.
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return translate(locale, 'validation.required');
      return issue.origin === 'string'
        ? translate(locale, 'validation.too_small', { minimum: Number(issue.minimum) })
        : translate(locale, 'validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? translate(locale, 'validation.too_big', { maximum: Number(issue.maximum) })
        : translate(locale, 'validation.invalid');
    case 'invalid_value':
      return translate(locale, 'validation.invalid_value');
    case 'invalid_format':
      return translate(locale, 'validation.invalid_format');
    case 'unrecognized_keys':
      return translate(locale, 'validation.unrecognized_keys', { keys: (issue.keys ?? []).join(', ') });
    default:
      return translate(locale, 'validation.invalid');
  }
}

/** Maps Fastify's own errors (parsing, limits) to Harbor's codes. */
function codeForFastifyError(error: FastifyError): ErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported_media_type' : 'bad_request';
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 405) return 'method_not_allowed';
  if (status === 413) return 'payload_too_large';
  if (status === 414) return 'uri_too_long';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'bad_request';
  if (status === 503) return 'unavailable';
  return 'internal';
}

/**
 * The router's own refusals, before any route or hook (a path parameter longer than the router takes, a URL that is
 * not valid): the same error shape, in the language of Accept-Language.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const locale = negotiateLocale(request.headers['accept-language']);
  const code = codeForFastifyError(error);
  request.log.info({ event: 'http.rejected', code, kind: error.code }, 'request rejected');
  void reply
    .status(new HarborError(code).status)
    .header('content-language', locale)
    .type('application/json; charset=utf-8')
    .send(errorBody(locale, code));
}

/** Whether a route's path is part of the API (the web app's and the public site's pages are not). */
const isApiPath = (url: string) => url.startsWith('/api/') || url === '/healthz' || url === '/readyz';

/** A route's path as a pattern over concrete paths: a parameter is one segment, a wildcard the rest. */
function pathPattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) =>
      segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * A method an API path does not take is answered 405 with an Allow header naming those it takes (what the router
 * would match for the path under each method); a path no route matches stays 404.
 */
function answerMethodNotAllowed(app: FastifyInstance): void {
  const routes: { pattern: RegExp; method: string }[] = [];
  app.addHook('onRoute', (route) => {
    if (!isApiPath(route.url)) return;
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      routes.push({ pattern: pathPattern(route.url), method });
      if (method === 'GET') routes.push({ pattern: pathPattern(route.url), method: 'HEAD' });
    }
  });
  app.addHook(
    'onRequest',
    requestHook((request, reply) => {
      if (!request.is404) return;
      const path = request.url.split('?')[0] ?? '';
      const allowed = new Set(routes.filter((route) => route.pattern.test(path)).map((route) => route.method));
      if (allowed.size === 0) return;
      reply.header('allow', [...allowed].sort().join(', '));
      throw new HarborError('method_not_allowed', `${request.method} not allowed here`);
    }),
  );
}

/** One error shape for every failure; the message is in the caller's language and never an internal detail. */
export function registerErrorHandler(app: FastifyInstance): void {
  answerMethodNotAllowed(app);
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let code: ErrorCode;
    let fields: FieldError[] | undefined;
    if (error instanceof HarborError) {
      code = error.code;
      // A HarborError names each field's problem by a catalog key ('validation.invalid', 'screening.answer.required').
      fields = error.fields?.map((f) => ({ path: f.path, message: translate(request.locale, f.message) }));
    } else if (hasZodFastifySchemaValidationErrors(error) && error.validationContext === 'params') {
      // A path whose ids are not ids (not a UUID) names nothing: not found, before any look-up or audit.
      code = 'not_found';
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      code = 'validation_failed';
      const context = error.validationContext ?? 'body';
      fields = error.validation.map((v) => ({
        path: `${context}${v.instancePath.replaceAll('/', '.').replace(/\.$/, '')}`,
        // The issue's kind is the keyword; its details (origin, minimum, maximum, keys) are the params.
        message: fieldMessage(
          request.locale,
          (v.params as { issue?: ZodLikeIssue }).issue ?? { ...(v.params as ZodLikeIssue), code: v.keyword },
        ),
      }));
    } else if (isDatabaseUnavailable(error)) {
      // The database is away or full: try again shortly (nothing was written), not a defect.
      code = 'unavailable';
    } else if (isResponseSerializationError(error)) {
      code = 'internal';
    } else {
      code = codeForFastifyError(error);
    }
    const body = errorBody(request.locale, code, fields);
    if (error instanceof HarborError && error.messageKey) {
      body.error.message = translate(request.locale, error.messageKey, error.messageValues);
    }
    if (error instanceof HarborError && error.currentVersion !== undefined) {
      body.error.currentVersion = error.currentVersion;
    }
    const status = new HarborError(code).status;
    if (status >= 500) {
      request.log.error(
        { event: 'http.error', code, kind: error.code ?? error.name, stack: error.stack },
        'request failed',
      );
    } else {
      // Only the error's kind: parser messages can quote the request body, which may hold a youth's name.
      request.log.info({ event: 'http.rejected', code, kind: error.code ?? error.name }, 'request rejected');
    }
    if (code === 'rate_limited' && reply.getHeader('retry-after') === undefined) reply.header('retry-after', '60');
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });
}
