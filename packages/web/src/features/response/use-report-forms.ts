import type { WrittenReportField } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import {
  getWrittenReport,
  openCrisis,
  type ResponseView,
  recordAction,
  recordTelephoneReport,
  saveCrisisPlan,
  saveWrittenReport,
  type WrittenReportView,
} from './api';
import {
  ACTION_KINDS,
  referralProblem,
  type TelephoneReportForm,
  telephoneReportBody,
  writtenReportBody,
} from './response-actions';
import { toLocalInput } from './response-format';
import type { After } from './use-response';

/** The telephone report to the DCFS hotline: when, to whom, the referral number and the category it was given. */
export function useTelephoneReport(response: ResponseView, after: After) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [form, setForm] = useState<TelephoneReportForm>(() => ({
    calledAt: toLocalInput(new Date(), zone),
    worker: '',
    referral: '',
    category: 'immediate',
  }));
  const [touched, setTouched] = useState(false);
  const set = (field: keyof TelephoneReportForm) => (value: string) => setForm((was) => ({ ...was, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    const result = await recordTelephoneReport(response.id, telephoneReportBody(form, zone));
    await after(result, t('responseWeb.telephone.saved'));
  };
  return { form, set, touch: () => setTouched(true), referralError: referralProblem(form, touched, t), submit };
}

/** The written report (SS 8572): its fields saved as a draft, then submitted with the time it was sent. */
export function useWrittenReport(response: ResponseView, after: After) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [report, setReport] = useState<WrittenReportView | null>(null);
  const [submittedAt, setSubmittedAt] = useState(() => toLocalInput(new Date(), zone));
  const load = useCallback(async () => {
    const result = await getWrittenReport(response.id);
    if (result.ok) setReport(result.data);
  }, [response.id]);
  useEffect(() => {
    void load();
  }, [load]);

  const setField = (field: WrittenReportField, value: string) =>
    setReport((was) => (was?.fields ? { ...was, fields: { ...was.fields, [field]: value } } : was));
  const save = async (submit: boolean) => {
    const fields = report?.fields;
    if (!report || !fields) return;
    const result = await saveWrittenReport(
      response.id,
      writtenReportBody({ fields, version: report.version }, submit ? submittedAt : null, zone),
    );
    if (await after(result, submit ? t('responseWeb.written.submitted') : t('responseWeb.written.saved'))) await load();
  };
  return { report, setField, submittedAt, setSubmittedAt, save };
}

/** An arrest, citation or charge recorded by law enforcement. */
export function useLawEnforcementAction(response: ResponseView, after: After) {
  const { t } = useMessages();
  const [kind, setKind] = useState<string>(ACTION_KINDS[0]);
  const [code, setCode] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await recordAction(response.id, { kind, code: code.trim() });
    await after(result, t('responseWeb.action.saved'));
  };
  return { kind, setKind, code, setCode, submit };
}

/** The safety step: opened for a crisis, with its safety plan. */
export function useSafetyPlan(response: ResponseView, after: After) {
  const { t } = useMessages();
  const [plan, setPlan] = useState<Record<string, string>>(response.crisis?.plan ?? {});
  const open = () => void openCrisis(response.id).then((r) => after(r, t('responseWeb.safety.opened')));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveCrisisPlan(response.id, { version: response.version, plan }).then((r) =>
      after(r, t('responseWeb.safety.saved')),
    );
  };
  return { plan, setPart: (field: string, value: string) => setPlan({ ...plan, [field]: value }), open, submit };
}
