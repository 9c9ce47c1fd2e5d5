import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { SummaryEntry } from '../../components/error-summary';
import { useMessages } from '../../i18n';
import { type Problem, problemOf } from '../../problems';
import { createYouth, type Duplicates } from './api';
import {
  EMPTY_YOUTH_FORM,
  serverFieldErrors,
  summaryEntries,
  type YouthForm,
  type YouthFormErrors,
  youthBody,
  youthFormErrors,
} from './new-youth-form';

/**
 * A new youth record: the form's state, its checks, and sending it. Possible duplicates (a 409) are shown before
 * anything is created; the user may then confirm that this is another youth.
 */
export function useNewYouth() {
  const { t } = useMessages();
  const navigate = useNavigate();
  // Opened from "open a response" for a youth new to Harbor: back there with the new record.
  const [params] = useSearchParams();
  const then = params.get('then');
  const [form, setForm] = useState<YouthForm>(EMPTY_YOUTH_FORM);
  const [errors, setErrors] = useState<YouthFormErrors>({});
  const [summary, setSummary] = useState<{ entries: SummaryEntry[]; round: number } | null>(null);
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: Exclude<keyof YouthForm, 'identifiers' | 'contacts'>) => (value: string) =>
    setForm((was) => ({ ...was, [field]: value }));
  const setIdentifiers = (identifiers: YouthForm['identifiers']) => setForm((was) => ({ ...was, identifiers }));
  const setContacts = (contacts: YouthForm['contacts']) => setForm((was) => ({ ...was, contacts }));
  const showErrors = (found: YouthFormErrors, extra: SummaryEntry[] = []) => {
    setErrors(found);
    const entries = summaryEntries(found, extra);
    setSummary((was) => (entries.length ? { entries, round: (was?.round ?? 0) + 1 } : null));
  };

  const submit = async (confirmNotDuplicate: boolean) => {
    const found = youthFormErrors(form, t);
    if (Object.keys(found).length > 0) return showErrors(found);
    setBusy(true);
    const result = await createYouth(youthBody(form, confirmNotDuplicate));
    setBusy(false);
    if (result.ok) {
      navigate(
        then === 'response'
          ? `/app/responses/new?youth=${encodeURIComponent(result.data.id)}`
          : `/app/youth/${result.data.id}`,
      );
      return;
    }
    if (result.kind === 'api' && result.status === 409) {
      const reported = (result.error as { duplicates?: Duplicates }).duplicates;
      if (reported) {
        setDuplicates(reported);
        showErrors({});
        return;
      }
    }
    if (result.kind === 'api' && result.error.fields?.length) {
      const { errors: fromServer, other } = serverFieldErrors(result.error.fields);
      return showErrors(fromServer, other);
    }
    setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  return {
    form,
    set,
    setIdentifiers,
    setContacts,
    errors,
    summary,
    duplicates,
    problem,
    busy,
    onSubmit,
    createAnyway: () => void submit(true),
  };
}
