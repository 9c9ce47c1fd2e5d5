import { type ErrorBody, type ErrorCode, type FieldError, type Locale, negotiateLocale, translate } from '@harbor/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HarborError } from '../errors.js';

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
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'bad_request';
  if (status === 503) return 'unavailable';
  return 'internal';
}

/**
 * The router's own refusals, before any route or hook (Fastify's `frameworkErrors`), in Harbor's shape: a path that is
 * not valid percent-encoding (a lone surrogate) is a bad request; a path parameter longer than any id names nothing.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const code: ErrorCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'not_found' : 'bad_request';
  request.log.info({ event: 'http.rejected', code, kind: error.code }, 'request rejected');
  void reply
    .status(new HarborError(code).status)
    .type('application/json; charset=utf-8')
    .send(errorBody(negotiateLocale(request.headers['accept-language']), code));
}

/** One error shape for every failure; the message is in the caller's language and never an internal detail. */
export function registerErrorHandler(app: FastifyInstance): void {
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
    } else if (isResponseSerializationError(error)) {
      code = 'internal';
    } else {
      code = codeForFastifyError(error);
    }
    const body = errorBody(request.locale, code, fields);
    if (error instanceof HarborError && error.messageKey) {
      body.error.message = translate(request.locale, error.messageKey, error.messageValues);
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
