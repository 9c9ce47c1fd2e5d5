import {
  ageOn,
  checkEligibility,
  type Infer,
  REFERRAL_URGENCIES,
  type ReferralUrgency,
  type ServiceDetail,
  type Youth,
} from '@harbor/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ApiResult } from '../../api';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorSummary } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import {
  createReferral,
  getReferral,
  getServiceForReferral,
  getYouthForReferral,
  type ReferralView,
  sendReferral,
  updateReferral,
} from './api';
import { BasisFields } from './basis-fields';
import { ContactFields } from './contact-fields';
import { EligibilityCheck } from './eligibility-check';
import { RadioGroup } from './radio-group';
import {
  CHOSEN_SECTIONS,
  EMPTY_FORM,
  type FormProblem,
  formOfReferral,
  formProblems,
  PROBLEM_FIELD,
  type ReferralForm,
  requestOf,
} from './referral-form';

const nameOf = (y: Infer<typeof Youth>) =>
  y.legalName ? `${y.legalName.given} ${y.legalName.family}` : (y.namesUsed?.[0] ?? '—');

/**
 * /app/referrals/new?youth=<id>&service=<id> (from the directory's pick mode): why and how urgently, the basis for
 * sharing (the MDT's 30-day window shown), exactly which sections the receiving agency may see (none chosen), the
 * contact preferences and the youth's area and runaway status for the eligibility check. "Review the referral" saves
 * it as a draft and opens it, where the service's eligibility is shown before it is sent.
 * /app/referrals/:id/edit: the same form filled with a draft's answers, to change it and send it.
 */
export function NewReferralPage() {
  const { t, locale } = useMessages();
  const draftId = useParams().id ?? null;
  usePageTitle(draftId ? 'referralWeb.edit.title' : 'referralWeb.new.title');
  const zone = useCountyZone();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<ReferralView | null>(null);
  const youthId = draft?.youthId ?? params.get('youth') ?? '';
  const serviceId = draft?.service.id ?? params.get('service') ?? '';
  const [youth, setYouth] = useState<Infer<typeof Youth> | null>(null);
  const [service, setService] = useState<Infer<typeof ServiceDetail> | null>(null);
  const [loadProblem, setLoadProblem] = useState<Problem | null>(null);
  const [form, setForm] = useState<ReferralForm>(EMPTY_FORM);
  // Once sent with problems, the form is checked again as it changes (a problem fixed leaves the summary at once);
  // the summary takes focus at each sending.
  const [round, setRound] = useState(0);
  const [failure, setFailure] = useState<{ problem: Problem; round: number } | null>(null);
  const [sending, setSending] = useState(false);
  const [override, setOverride] = useState('');
  const mayOverride = useSignedIn().user.role === 'supervisor';
  const set = <K extends keyof ReferralForm>(key: K, value: ReferralForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  // A draft to change: its answers fill the form (once, in the county's time), and name the youth and the service.
  useEffect(() => {
    if (!draftId) return;
    void getReferral(draftId).then((r) => {
      if (!r.ok) return setLoadProblem(problemOf(r));
      setDraft(r.data);
      setForm(formOfReferral(r.data, zone));
    });
  }, [draftId, zone]);

  useEffect(() => {
    if (!youthId || !serviceId) return;
    void Promise.all([getYouthForReferral(youthId), getServiceForReferral(serviceId)]).then(([y, s]) => {
      if (!y.ok) return setLoadProblem(problemOf(y));
      if (!s.ok) return setLoadProblem(problemOf(s));
      setYouth(y.data);
      setService(s.data);
    });
  }, [youthId, serviceId]);

  const age = youth ? ageOn(youth, new Date()) : null;
  const reasons = service
    ? checkEligibility(service, {
        age,
        area: form.youthArea.trim() || null,
        runaway: form.runaway === '' ? null : form.runaway === 'yes',
      })
    : [];
  const overrides = reasons.length > 0 && mayOverride;

  /**
   * Saves the referral (a draft) and sends it; a draft the service's eligibility refuses is only saved when the sender
   * may not override, for a supervisor to send. Either way the referral's page opens, saying what came of it.
   */
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRound((r) => r + 1);
    if (formProblems(form, zone, overrides ? override : null).length > 0) return;
    setSending(true);
    const saved = await saveDraft();
    if (!saved.ok) {
      setSending(false);
      return setFailure((f) => ({ problem: problemOf(saved), round: (f?.round ?? 0) + 1 }));
    }
    const page = `/app/referrals/${encodeURIComponent(saved.data.id)}`;
    if (reasons.length > 0 && !mayOverride) return void navigate(page, { state: { outcome: 'draft' } });
    const sent = await sendReferral(saved.data.id, {
      version: saved.data.version,
      ...(overrides ? { eligibilityOverride: override.trim() } : {}),
    });
    setSending(false);
    void navigate(page, { state: sent.ok ? { outcome: 'sent' } : { outcome: 'notSent', error: sent } });
  };

  /** A new draft, or the draft changed at the version read (and read again for the version sending needs). */
  const saveDraft = async (): Promise<ApiResult<{ id: string; version: number }>> => {
    const request = requestOf(form, youthId, serviceId, zone);
    if (!draft) return createReferral(request);
    const { youthId: _youth, serviceId: _service, ...changes } = request;
    const updated = await updateReferral(draft.id, { ...changes, version: draft.version });
    return updated.ok ? getReferral(draft.id) : updated;
  };

  const frame = (body: ReactNode) => (
    <div className="grid-container usa-section harbor-page">
      <h1>{t(draftId ? 'referralWeb.edit.title' : 'referralWeb.new.title')}</h1>
      {body}
    </div>
  );
  if (!draftId && (!youthId || !serviceId)) return frame(<p className="usa-intro">{t('referralWeb.new.missing')}</p>);
  if (loadProblem)
    return frame(
      <FocusAlert type="error" heading={t('admin.error.heading')}>
        <p className="usa-alert__text">{problemText(loadProblem, t, locale)}</p>
      </FocusAlert>,
    );
  if (!youth || !service) return frame(<p role="status">{t('referralWeb.loading')}</p>);
  // Only a draft changes, by its referrer: a referral sent meanwhile is shown on its own page.
  if (draft && !draft.actions.includes('send'))
    return frame(
      <p className="usa-intro">
        {t('referralWeb.edit.notDraft')}{' '}
        <Link className="usa-link" to={`/app/referrals/${encodeURIComponent(draft.id)}`}>
          {t('referralWeb.edit.open')}
        </Link>
      </p>,
    );
  // A service no longer offered, or one no Harbor agency receives referrals for, cannot be referred to here (the server
  // refuses it): say so first.
  if (service.agencyId === null || service.status !== 'active')
    return frame(
      <>
        <FocusAlert type="warning" heading={service.name.text} testId="referral-no-agency">
          <p className="usa-alert__text">
            {t(service.status !== 'active' ? 'referral.service.retired' : 'referralWeb.toNone')}
          </p>
        </FocusAlert>
        <p>
          <Link className="usa-link" to={`/app/directory/${encodeURIComponent(service.id)}`}>
            {t('referralWeb.serviceLink')}
          </Link>
          {' · '}
          <Link className="usa-link" to={`/app/directory?pick=${encodeURIComponent(youthId)}`}>
            {t('referralWeb.new.changeService')}
          </Link>
        </p>
      </>,
    );

  const problems = { list: round > 0 ? formProblems(form, zone, overrides ? override : null) : [], round };
  const has = (p: FormProblem) => problems.list.includes(p);
  const reasonError = has('reason') ? t('referralWeb.error.reason') : undefined;
  return frame(
    <>
      <p className="usa-intro harbor-measure">{t('referralWeb.new.intro')}</p>
      <p className="harbor-no-print">
        <Link className="usa-link" to="/help/referrals#basis" data-testid="referral-help">
          {t('referralWeb.help')}
        </Link>
      </p>
      <dl className="harbor-facts" data-testid="referral-new-summary">
        <dt>{t('referralWeb.new.youth')}</dt>
        <dd>{age === null ? nameOf(youth) : t('referralWeb.youthAge', { youth: nameOf(youth), age })}</dd>
        <dt>{t('referralWeb.new.service')}</dt>
        <dd>
          {service.name.text} ({service.organizationName.text})
          {!draft && (
            <>
              {' · '}
              <Link
                className="usa-link"
                to={`/app/directory?pick=${encodeURIComponent(youthId)}${age === null ? '' : `&age=${age}`}`}
              >
                {t('referralWeb.new.changeService')}
              </Link>
            </>
          )}
        </dd>
      </dl>
      {problems.list.length > 0 && (
        <ErrorSummary
          heading={t('referralWeb.new.problems')}
          focusKey={problems.round}
          entries={problems.list.map((p) => ({
            target: PROBLEM_FIELD[p],
            text: t(`referralWeb.error.${p}` as AppMessageKey),
          }))}
          onFollow={(target) => document.getElementById(target)?.focus()}
        />
      )}
      {failure && (
        <FocusAlert type="error" heading={t('referralWeb.action.notSaved')} focusKey={failure.round}>
          <p className="usa-alert__text">{problemText(failure.problem, t, locale)}</p>
        </FocusAlert>
      )}
      <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)} noValidate>
        <TextAreaField
          id="referral-reason"
          label={t('referralWeb.field.reason')}
          hint={t('referralWeb.field.reasonHint')}
          error={reasonError}
          maxLength={4000}
          value={form.reason}
          onChange={(e) => set('reason', e.target.value)}
        />
        <RadioGroup<ReferralUrgency>
          name="referral-urgency"
          legend={t('referralWeb.field.urgency')}
          hint={t('referralWeb.field.urgencyHint')}
          error={has('urgency') ? t('referralWeb.error.urgency') : undefined}
          value={form.urgency}
          options={REFERRAL_URGENCIES.map((u) => ({ value: u, label: t(`referral.urgency.${u}` as AppMessageKey) }))}
          onChange={(u) => set('urgency', u)}
        />
        <BasisFields form={form} set={set} problems={problems.list} now={Date.now()} />
        <fieldset className="usa-fieldset margin-top-3" aria-describedby="referral-sections-hint">
          <legend className="usa-legend harbor-legend">{t('referralWeb.field.sections')}</legend>
          <div className="usa-hint" id="referral-sections-hint">
            {t('referralWeb.field.sectionsHint')}
          </div>
          {CHOSEN_SECTIONS.map((section) => (
            <CheckboxField
              key={section}
              id={`referral-section-${section}`}
              label={t(`referral.section.${section}` as AppMessageKey)}
              checked={form.sections.includes(section)}
              onChange={(on) =>
                set('sections', on ? [...form.sections, section] : form.sections.filter((s) => s !== section))
              }
            />
          ))}
        </fieldset>
        <ContactFields form={form} set={set} problems={problems.list} />
        <TextField
          id="referral-youth-area"
          label={t('referralWeb.field.youthArea')}
          maxLength={200}
          value={form.youthArea}
          onChange={(e) => set('youthArea', e.target.value)}
        />
        <RadioGroup<'yes' | 'no'>
          name="referral-runaway"
          legend={t('referralWeb.field.runaway')}
          hint={t('referralWeb.field.runawayHint')}
          value={form.runaway}
          options={[
            { value: 'yes', label: t('referralWeb.field.yes') },
            { value: 'no', label: t('referralWeb.field.no') },
          ]}
          onChange={(v) => set('runaway', v)}
        />
        <EligibilityCheck
          reasons={reasons}
          mayOverride={mayOverride}
          override={override}
          onOverride={setOverride}
          error={has('eligibilityOverride') ? t('referralWeb.error.eligibilityOverride') : undefined}
        />
        <button type="submit" className="usa-button margin-top-3" disabled={sending} data-testid="referral-submit">
          {t(reasons.length > 0 && !mayOverride ? 'referralWeb.new.saveDraft' : 'referralWeb.new.submit')}
        </button>
      </form>
    </>,
  );
}
