import type { ProtocolDefinition } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../../api';
import { useMessages } from '../../i18n';
import { type Problem, problemOf } from '../../problems';
import { getResponse, protocolOf, type ResponseView } from './api';
import { failureText } from './response-actions';

/**
 * What an action on the response came to, shown at the top of the page (focus moves to it). A refusal under a rule
 * of law (`rule`) is titled with the rule and says what to do instead, rather than "not saved".
 */
export type Flash = { type: 'error' | 'success'; text: string; key: number; rule?: Rule } | null;
/** A rule of law that refused an action: SB 1322 (a possible minor), or PC 653.22's repeal by SB 357 (anyone). */
export type Rule = { kind: 'sb1322' | 'pc653_22_repealed'; code: string };

/**
 * After an action: on success load the response again and say `done`; on failure say why (and reload after a 409,
 * since someone else changed it), as the refusal under `rule` when the caller recognised one. Resolves true on success.
 */
export type After = (result: ApiResult<unknown>, done: string, rule?: Rule) => Promise<boolean>;

/** The time now, again every 30 seconds, for "due in…" to count down. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** One response with its protocol, and what every form on its page does after sending. */
export function useResponse(id: string) {
  const { t, locale } = useMessages();
  const [response, setResponse] = useState<ResponseView | null>(null);
  const [protocol, setProtocol] = useState<ProtocolDefinition | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [flash, setFlash] = useState<Flash>(null);

  const load = useCallback(async () => {
    const result = await getResponse(id);
    if (!result.ok) return setProblem(problemOf(result));
    // The protocol first (kept once fetched), so the steps are never shown without it ("Call now" for the caller).
    const definition = await protocolOf(result.data.protocolId, result.data.protocolVersion);
    setResponse(result.data);
    setProtocol(definition);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const say = (type: 'error' | 'success', text: string, rule?: Rule) =>
    setFlash((was) => ({ type, text, key: (was?.key ?? 0) + 1, ...(rule ? { rule } : {}) }));

  const after: After = async (result, done, rule) => {
    if (result.ok) {
      // The response is read again first, so the confirmation takes focus on a page that already shows the change.
      await load();
      say('success', done);
      return true;
    }
    say('error', failureText(result, t, locale), rule);
    if (result.kind === 'api' && result.status === 409) await load();
    return false;
  };

  return { response, protocol, problem, flash, after };
}
