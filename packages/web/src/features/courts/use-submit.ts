import { countyDate } from '@harbor/core';
import { useState } from 'react';
import type { ApiResult } from '../../api';
import { useCountyZone } from '../../county-time';
import { type Problem, problemOf } from '../../problems';

/**
 * One form's submission: the call, then either what it answered or the problem (an alert) and the server's message
 * for each field it refused (by the field's name in the body), to show beside that field. Nothing is kept on failure.
 */
export function useSubmit() {
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async <T>(call: () => Promise<ApiResult<T>>, done: (data: T) => void | Promise<void>) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (result.ok) {
      setProblem(null);
      setFields({});
      await done(result.data);
      return;
    }
    setProblem((p) => ({ value: problemOf(result), attempt: (p?.attempt ?? 0) + 1 }));
    const found: Record<string, string> = {};
    if (result.kind === 'api') {
      for (const f of result.error.fields ?? []) {
        const name = f.path.replace(/^body\.?/, '').split('.')[0] ?? '';
        found[name] ??= f.message;
      }
    }
    setFields(found);
  };
  return { problem, fields, busy, run };
}

/** Today in the county ('YYYY-MM-DD'), the default of the day fields. */
export function useCountyToday(): string {
  return countyDate(new Date(), useCountyZone());
}
