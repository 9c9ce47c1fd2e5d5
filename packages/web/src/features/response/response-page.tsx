import { dispositionResponseMinutes, HOTLINES, recipientName } from '@harbor/core';
import { Link, useParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { roleMay } from '../../permissions';
import { problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { recordRecovery } from './api';
import { EarlierArrests } from './earlier-arrests';
import { LawEnforcementAction } from './law-enforcement-action';
import { SafetySection } from './safety-section';
import { StepItem } from './step-item';
import { TimeForm } from './time-form';
import { type Flash, type Rule, useNow, useResponse } from './use-response';
import { WrittenReportSection } from './written-report-section';

/** "· DCFS in-person response due by …": the clock a disposition starts (24 hours, or five days), on the county's clock. */
function dispositionClock(
  calledAt: string,
  disposition: string,
  time: (iso: string) => string,
  t: ReturnType<typeof useMessages>['t'],
): string {
  const minutes = dispositionResponseMinutes(disposition);
  if (minutes === null) return '';
  const due = new Date(Date.parse(calledAt) + minutes * 60_000).toISOString();
  return ` · ${t('responseWeb.disposition.due', { time: time(due) })}`;
}

/** /app/responses/:id: every step with its owner, due time and completion; reports; the safety step. */
export function ResponsePage() {
  const { id = '' } = useParams();
  const { t, locale } = useMessages();
  usePageTitle('responseWeb.title');
  const info = useSignedIn();
  const time = useCountyTime();
  const now = useNow();
  const { response, protocol, problem, flash, after } = useResponse(id);

  if (problem) {
    return (
      <div className="grid-container usa-section harbor-page">
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">{problemText(problem, t, locale)}</p>
        </FocusAlert>
      </div>
    );
  }
  if (!response)
    return (
      <p role="status" className="grid-container usa-section">
        {t('admin.loading')}
      </p>
    );

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.title')}</h1>
      <p className="usa-intro text-bold" data-testid="response-youth">
        {response.youth
          ? response.youth.age === null
            ? t('responseWeb.about', { name: response.youth.name })
            : t('responseWeb.aboutAge', { name: response.youth.name, age: response.youth.age })
          : t('responseWeb.aboutUnidentified', { opener: response.openerName })}
      </p>
      <p className="usa-intro">
        {t(`responseWeb.openedBy.${response.openedBy}` as AppMessageKey)} · {time(response.openedAt)}
        {response.recoveredAt && ` · ${t('responseWeb.recoveredAt', { time: time(response.recoveredAt) })}`}
        {response.learnedAt && (
          <span data-testid="response-learned-at">
            {' · '}
            {t('responseWeb.learnedAt', { time: time(response.learnedAt) })}
          </span>
        )}
      </p>
      {response.access !== 'break_glass' && roleMay(info.user.role, 'youth.write') && (
        <TimeForm
          id="recovery"
          initial={response.recoveredAt}
          words={{
            open: 'responseWeb.recovery.open',
            label: 'responseWeb.open.recoveredAt',
            hint: 'responseWeb.recovery.hint',
            submit: 'responseWeb.recovery.submit',
            saved: 'responseWeb.recovery.saved',
          }}
          send={(recoveredAt) => recordRecovery(response.id, { version: response.version, recoveredAt })}
          after={after}
        />
      )}
      {response.youthId && (
        <p>
          <Link className="usa-link" to={`/app/youth/${response.youthId}`}>
            {t('responseWeb.youthLink')}
          </Link>
        </p>
      )}
      {flash && (
        <FlashAlert flash={flash} hasTelephoneStep={response.steps.some((s) => s.stepId === 'telephone-report')} />
      )}
      <SafetySection response={response} after={after} />

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('responseWeb.steps')}</h2>
        <ol className="usa-process-list" data-testid="response-steps">
          {response.steps.map((step) => (
            <StepItem key={step.stepId} step={step} response={response} protocol={protocol} now={now} after={after} />
          ))}
        </ol>
      </section>

      {response.telephoneReports.length > 0 && (
        <section aria-labelledby="telephone-heading">
          <h2 id="telephone-heading">{t('responseWeb.telephone.recorded')}</h2>
          <ul className="usa-list" data-testid="telephone-reports">
            {response.telephoneReports.map((r) => (
              <li key={r.id}>
                {r.workerName !== undefined && r.referralNumber !== undefined
                  ? t(r.referralNumber ? 'responseWeb.telephone.line' : 'responseWeb.telephone.lineNoReferral', {
                      time: time(r.calledAt),
                      recipient: recipientName(r.hotline ?? 'other', locale),
                      worker: r.workerName,
                      referral: r.referralNumber,
                    })
                  : t('responseWeb.telephone.lineMade', { time: time(r.calledAt) })}
                {r.responseCategory && (
                  <>
                    {' '}
                    <span data-testid="telephone-disposition">
                      {t(`responseWeb.category.${r.responseCategory}` as AppMessageKey)}
                      {dispositionClock(r.calledAt, r.responseCategory, time, t)}
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {response.telephoneReports.length > 0 && <WrittenReportSection response={response} after={after} />}
      {info.user.role === 'law_enforcement' && <LawEnforcementAction response={response} after={after} />}
      {response.earlierArrests && <EarlierArrests response={response} after={after} />}
    </div>
  );
}

/** What the last action came to; a refusal under a rule of law is titled with the rule and says what to do instead. */
function FlashAlert({ flash, hasTelephoneStep }: { flash: NonNullable<Flash>; hasTelephoneStep: boolean }) {
  const { t } = useMessages();
  if (flash.rule) return <RuleAlert rule={flash.rule} focusKey={flash.key} hasTelephoneStep={hasTelephoneStep} />;
  return (
    <FocusAlert
      type={flash.type}
      heading={flash.type === 'error' ? t('responseWeb.error.notSaved') : t('responseWeb.done')}
      focusKey={flash.key}
      testId="response-flash"
    >
      <p className="usa-alert__text">{flash.text}</p>
    </FocusAlert>
  );
}

/**
 * SB 1322: a minor is not arrested, cited or charged for prostitution; report the abuse instead. PC 653.22 was repealed
 * for everyone by SB 357 (in force 1 January 2023): the alert says so.
 */
function RuleAlert({ rule, focusKey, hasTelephoneStep }: { rule: Rule; focusKey: number; hasTelephoneStep: boolean }) {
  const { t } = useMessages();
  const hotline = HOTLINES.find((h) => h.id === 'dcfs_child_protection_hotline')!;
  if (rule.kind === 'pc653_22_repealed') {
    return (
      <FocusAlert type="error" heading={t('responseWeb.pc653_22.title')} focusKey={focusKey} testId="response-flash">
        <p className="usa-alert__text">{t('responseWeb.pc653_22.why', { code: rule.code })}</p>
      </FocusAlert>
    );
  }
  return (
    <FocusAlert type="error" heading={t('responseWeb.sb1322.title')} focusKey={focusKey} testId="response-flash">
      <p className="usa-alert__text">{t('responseWeb.sb1322.why', { code: rule.code })}</p>
      <p className="usa-alert__text">{t('responseWeb.sb1322.instead')}</p>
      <ul className="usa-list">
        <li>
          {t('responseWeb.sb1322.report')}{' '}
          <a className="usa-link" href={`tel:${hotline.tel}`}>
            {hotline.number}
          </a>
          {hasTelephoneStep && (
            <>
              {' · '}
              <a className="usa-link" href="#step-telephone-report">
                {t('responseWeb.toTelephoneReport')}
              </a>
            </>
          )}
        </li>
        <li>{t('responseWeb.sb1322.crossReport')}</li>
        <li>{t('responseWeb.sb1322.custody')}</li>
      </ul>
    </FocusAlert>
  );
}
