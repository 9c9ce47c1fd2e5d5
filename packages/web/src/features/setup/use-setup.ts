import { type FormEvent, useState } from 'react';
import { useLinkToken } from '../../link-token';
import { message, type Problem } from '../../problems';
import { setUpFirstAdministrator } from './api';
import {
  checkSetup,
  EMPTY_SETUP,
  type Field,
  type FieldProblems,
  refusalOf,
  type SetupValues,
  setupRequest,
} from './setup-checks';

/** The set-up page's state: the one-time token, the form, its problems, and the account once created. */
export function useSetup() {
  const token = useLinkToken();
  const [values, setValues] = useState<SetupValues>(EMPTY_SETUP);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [outcome, setOutcome] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fail = (problem: Problem) => setOutcome((was) => ({ problem, attempt: (was?.attempt ?? 0) + 1 }));

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((was) => ({ ...was, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found = checkSetup(values);
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      fail(message('signIn.error.fields', { count }));
      return;
    }
    setSubmitting(true);
    const result = await setUpFirstAdministrator(setupRequest(values, token));
    setSubmitting(false);
    if (result.ok) {
      setValues((was) => ({ ...was, password: '' }));
      setCreated(result.data.email);
      return;
    }
    const refusal = refusalOf(result);
    // Problems with one field come back translated, by field; each shows beside its field.
    if (result.kind !== 'network') setProblems(refusal.fields);
    fail(refusal.summary);
  };

  return { token, values, set, problems, outcome, created, submitting, onSubmit };
}

export type SetupModel = ReturnType<typeof useSetup>;
