import { useState } from 'react';
import type { ApiResult } from '../../api';
import type { MessageValues } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { message, type Problem, problemOf } from '../../problems';

/** What the last sending of one form came to: kept as keys and problems, so a language switch translates it. */
export interface Sent {
  ok: boolean;
  problem: Problem;
  key: number;
}

/**
 * Sends one form's call and says what came of it beside the form: on success the meeting is read again first (so the
 * confirmation, which takes focus, is on a page that shows the change); a refusal shows the server's translated message.
 */
export function useSend(reload: () => Promise<void>) {
  const [sent, setSent] = useState<Sent | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (
    call: () => Promise<ApiResult<unknown>>,
    done: AppMessageKey,
    values?: MessageValues,
  ): Promise<boolean> => {
    setBusy(true);
    const result = await call();
    if (result.ok) await reload();
    setBusy(false);
    setSent((was) => ({
      ok: result.ok,
      problem: result.ok ? message(done, values) : problemOf(result),
      key: (was?.key ?? 0) + 1,
    }));
    return result.ok;
  };
  return { sent, busy, send, clear: () => setSent(null) };
}
