import { countyDate, type WrittenReportField } from '@harbor/core';
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
  actionProblems,
  referralProblem,
  type Sending,
  type SendingProblem,
  sendingProblems,
  type TelephoneReportForm,
  telephoneReportBody,
  writtenReportBody,
} from './response-actions';
import { toLocalInput } from './response-format';
import { dayProblems, refusalRule } from './sb1322-forms';
import type { After } from './use-response';

/** The telephone report to the DCFS hotline: when, to whom, the referral number and the category it was given. */
export function useTelephoneReport(response: ResponseView, after: After) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [form, setForm] = useState<TelephoneReportForm>(() => ({
    calledAt: toLocalInput(new Date(), zone),
    // As recorded (by default the earliest of the recovery, the opening and the screening); the reporter corrects it.
    learnedAt: toLocalInput(new Date(response.learnedAt ?? response.openedAt), zone),
    worker: '',
    referral: '',
    // No disposition is chosen for the reporter ("- Select -"): the hotline's is theirs to say.
    category: '',
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

/**
 * The written report (SS 8572): its fields saved as a draft; then when and how it was sent, a review of what will be
 * recorded (or the problems that stop it: PC 11167(a)'s fields, the time, the method), and only then marked sent.
 */
export function useWrittenReport(response: ResponseView, after: After) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [report, setReport] = useState<WrittenReportView | null>(null);
  const [sending, setSending] = useState<Sending>(() => ({ at: toLocalInput(new Date(), zone), via: '' }));
  const [stage, setStage] = useState<'editing' | 'reviewing'>('editing');
  const [problems, setProblems] = useState<{ list: SendingProblem[]; attempt: number }>({ list: [], attempt: 0 });
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
      writtenReportBody({ fields, version: report.version }, submit ? sending : null, zone),
    );
    const done = await after(result, submit ? t('responseWeb.written.submitted') : t('responseWeb.written.saved'));
    if (done) await load();
    if (submit) setStage('editing');
  };
  /** The review step, or the problems that stop the report from being marked sent. */
  const review = () => {
    if (!report?.fields) return;
    const list = sendingProblems(report.fields, sending, Date.now(), zone);
    setProblems((was) => ({ list, attempt: was.attempt + 1 }));
    if (list.length === 0) setStage('reviewing');
  };
  return {
    report,
    setField,
    sending,
    setSending: (part: Partial<Sending>) => setSending((was) => ({ ...was, ...part })),
    stage,
    review,
    goBack: () => setStage('editing'),
    problems,
    save,
  };
}

/** An arrest, citation or charge recorded by law enforcement: no action is chosen for the officer. */
export function useLawEnforcementAction(response: ResponseView, after: After) {
  const { t } = useMessages();
  const today = countyDate(new Date(), useCountyZone());
  const [kind, setKind] = useState('');
  const [code, setCode] = useState('');
  // The day of the conduct: SB 1322 counts the youth's age on that day (today, unless the officer says otherwise).
  const [conductOn, setConductOn] = useState(today);
  const [checked, setChecked] = useState(0);
  const problems = checked ? { ...actionProblems(kind, code), ...dayProblems(conductOn, today) } : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked((n) => n + 1);
    const found = { ...actionProblems(kind, code), ...dayProblems(conductOn, today) };
    if (found.kind || found.code || found.day) return;
    const sent = code.trim();
    const result = await recordAction(response.id, { kind, code: sent, conductOn });
    const rule = refusalRule(result, sent);
    if (await after(result, t('responseWeb.action.saved'), rule ? { kind: rule, code: sent } : undefined)) {
      setKind('');
      setCode('');
      setConductOn(today);
      setChecked(0);
    }
  };
  return { kind, setKind, code, setCode, conductOn, setConductOn, today, problems, attempt: checked, submit };
}

/**
 * The safety step: offered on every response, opened only once the person confirms (it notifies the care team's
 * clinicians, whom the confirmation names); once open, its safety plan.
 */
export function useSafetyPlan(response: ResponseView, after: After) {
  const { t } = useMessages();
  const [plan, setPlan] = useState<Record<string, string>>(response.crisis?.plan ?? {});
  const [confirming, setConfirming] = useState(false);
  const open = () =>
    void openCrisis(response.id).then(async (r) => {
      if (await after(r, t('responseWeb.safety.opened', { count: response.safetyNotifies.length })))
        setConfirming(false);
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveCrisisPlan(response.id, { version: response.version, plan }).then((r) =>
      after(r, t('responseWeb.safety.saved')),
    );
  };
  return {
    plan,
    setPart: (field: string, value: string) => setPlan({ ...plan, [field]: value }),
    confirming,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    open,
    submit,
  };
}
