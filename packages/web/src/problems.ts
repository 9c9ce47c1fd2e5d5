import type { Locale } from '@harbor/core';
import { type ApiResult, isErrorCode } from './api';
import { type MessageValues, translateIn } from './i18n';
import type { AppMessageKey } from './messages';

/**
 * Something to tell the user in an alert or beside a field. Our own messages are kept as keys, and the server's
 * messages with the language they came in, so that switching language re-translates what is on screen.
 */
export type Problem =
  | { kind: 'message'; key: AppMessageKey; values?: MessageValues }
  | { kind: 'server'; code: string; message: string; locale: Locale }
  /** A server's message about one field: it has no key, so it stays in the language it came in. */
  | { kind: 'text'; text: string }
  | { kind: 'network' };

export const message = (key: AppMessageKey, values?: MessageValues): Problem =>
  values ? { kind: 'message', key, values } : { kind: 'message', key };

/** The problem a failed API call comes to. */
export function problemOf(result: Exclude<ApiResult<unknown>, { ok: true }>): Problem {
  if (result.kind === 'network') return { kind: 'network' };
  return { kind: 'server', code: result.error.code, message: result.error.message, locale: result.locale };
}

export function problemText(
  problem: Problem,
  t: (key: AppMessageKey, values?: MessageValues) => string,
  locale: Locale,
): string {
  switch (problem.kind) {
    case 'message':
      return t(problem.key, problem.values);
    case 'text':
      return problem.text;
    case 'network':
      return t('signIn.error.network');
    case 'server':
      // The server already translated its message; after a language switch show our own text for the code.
      if (problem.locale !== locale && isErrorCode(problem.code)) return t(`error.${problem.code}`);
      if (problem.message) return problem.message;
      return t(isErrorCode(problem.code) ? `error.${problem.code}` : 'error.internal');
  }
}

/**
 * A 401 from a second-step endpoint that is not about the code: there is no half-way session any more (it passed its
 * 10-minute limit, or wrong codes locked the account and ended it). The server says so with the generic message.
 */
export function isSessionGone(result: Exclude<ApiResult<unknown>, { ok: true }>): boolean {
  return (
    result.kind === 'api' &&
    result.status === 401 &&
    result.error.message === translateIn(result.locale, 'error.unauthenticated')
  );
}
