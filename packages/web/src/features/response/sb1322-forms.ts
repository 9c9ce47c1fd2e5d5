import { countyDate, LOCALES } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import type { ApiResult } from '../../api';
import { useCountyZone } from '../../county-time';
import { translateIn, useMessages } from '../../i18n';
import { type ResponseView, recordEarlierArrest } from './api';
import { ACTION_KINDS, isSb1322Refusal } from './response-actions';
import type { After, Rule } from './use-response';

/**
 * The rule a refused law-enforcement action broke: SB 1322 (a possible minor), or the repeal of PC 653.22 by SB 357
 * (anyone: the server says so in its own words); null when it was not such a refusal.
 */
export function refusalRule(result: ApiResult<unknown>, code: string): Rule['kind'] | null {
  if (result.ok || !isSb1322Refusal(result, code)) return null;
  const repealed = new Set(LOCALES.map((l) => translateIn(l, 'response.pc653_22.repealed')));
  const messages = result.kind === 'api' ? (result.error.fields ?? []).map((f) => f.message) : [];
  return messages.some((m) => repealed.has(m)) ? 'pc653_22_repealed' : 'sb1322';
}

/** A calendar day a person entered: required, and not after today in the county. */
export function dayProblems(day: string, today: string): { day?: 'required' | 'future' } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { day: 'required' };
  return day > today ? { day: 'future' } : {};
}

export interface EarlierArrestForm {
  kind: string;
  code: string;
  occurredOn: string;
  agency: string;
  disposition: string;
}

export const EMPTY_EARLIER_ARREST: EarlierArrestForm = {
  kind: '',
  code: '',
  occurredOn: '',
  agency: '',
  disposition: '',
};

/** What is missing or wrong in an earlier arrest before it is sent. */
export function earlierArrestProblems(
  form: EarlierArrestForm,
  today: string,
): Partial<Record<'kind' | 'code' | 'occurredOn' | 'agency', 'required' | 'future'>> {
  const day = dayProblems(form.occurredOn, today).day;
  return {
    ...((ACTION_KINDS as readonly string[]).includes(form.kind) ? {} : { kind: 'required' as const }),
    ...(form.code.trim() ? {} : { code: 'required' as const }),
    ...(day ? { occurredOn: day } : {}),
    ...(form.agency.trim() ? {} : { agency: 'required' as const }),
  };
}

/**
 * An arrest, citation or charge that already happened (the youth's history, another agency's action): kept for
 * vacatur and sealing (PC 236.14); the server alerts the care team when it was unlawful (SB 1322).
 */
export function useEarlierArrest(response: ResponseView, after: After) {
  const { t } = useMessages();
  const today = countyDate(new Date(), useCountyZone());
  const [form, setForm] = useState<EarlierArrestForm>(EMPTY_EARLIER_ARREST);
  const [checked, setChecked] = useState(0);
  const problems = checked ? earlierArrestProblems(form, today) : {};
  const set = (field: keyof EarlierArrestForm, value: string) => setForm((was) => ({ ...was, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked((n) => n + 1);
    if (Object.keys(earlierArrestProblems(form, today)).length > 0) return;
    const disposition = form.disposition.trim();
    const result = await recordEarlierArrest(response.id, {
      kind: form.kind,
      code: form.code.trim(),
      occurredOn: form.occurredOn,
      agency: form.agency.trim(),
      ...(disposition ? { disposition } : {}),
    });
    if (await after(result, t('responseWeb.earlier.saved'))) {
      setForm(EMPTY_EARLIER_ARREST);
      setChecked(0);
    }
  };
  return { form, set, today, problems, attempt: checked, submit };
}
