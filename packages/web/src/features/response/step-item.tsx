import type { ProtocolDefinition, ProtocolStep } from '@harbor/core';
import type { ReactNode } from 'react';
import { DateTimeField } from '../../components/date-time-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { roleMay } from '../../permissions';
import { useSignedIn } from '../../session';
import type { ResponseView, StepView } from './api';
import { MadeElsewhereForm } from './made-elsewhere-form';
import { stepState } from './response-actions';
import { stepTitle } from './response-format';
import { TelephoneReportForm } from './telephone-report-form';
import type { After } from './use-response';
import { useStepAction } from './use-step-action';

/** One step of the response: its owner, where it stands, and for its owner the way to close it. */
export function StepItem({
  step,
  response,
  protocol,
  now,
  after,
}: {
  step: StepView;
  response: ResponseView;
  protocol: ProtocolDefinition | null;
  now: number;
  after: After;
}) {
  const { t, locale } = useMessages();
  const time = useCountyTime();
  const definition = protocol?.steps.find((s) => s.id === step.stepId);
  const closes = definition?.completion;
  const byHand = step.mine && definition && closes !== 'telephone_report' && closes !== 'written_report';
  const info = useSignedIn();
  const mayReport = response.access !== 'break_glass' && roleMay(info.user.role, 'youth.write');
  return (
    <li
      className="usa-process-list__item"
      id={`step-${step.stepId}`}
      data-testid="response-step"
      data-step={step.stepId}
    >
      <h3 className="usa-process-list__heading">{stepTitle(protocol, step.stepId, locale)}</h3>
      {definition && <p className="margin-top-05">{definition.description[locale]}</p>}
      <p className="margin-top-05">
        {t('responseWeb.step.owner', {
          owner:
            step.ownerRole === 'opener'
              ? t('responseWeb.step.opener')
              : t(`roleName.${step.ownerRole}` as AppMessageKey),
        })}
      </p>
      <p className="margin-top-05" data-testid="step-status">
        <StepStatus step={step} definition={definition} now={now} time={time} />
      </p>
      {closes === 'telephone_report' && response.reportMadeElsewhere && (
        <p data-testid="report-made-elsewhere">
          {t('responseWeb.elsewhere.line', {
            by: t(`responseWeb.elsewhere.by.${response.reportMadeElsewhere.by}` as AppMessageKey),
            time: time(response.reportMadeElsewhere.at),
          })}
        </p>
      )}
      {/* Anyone on the care team records the call, or says who made the report instead (PC 11166(a)). */}
      {mayReport && closes === 'telephone_report' && step.status === 'pending' && (
        <>
          <TelephoneReportForm response={response} after={after} />
          <MadeElsewhereForm response={response} step={step} after={after} />
        </>
      )}
      {step.mine && closes === 'written_report' && (
        <p>
          <a href="#written-report-heading">{t('responseWeb.written.goTo')}</a>
        </p>
      )}
      {byHand && (
        <StepAction step={step} response={response} after={after} declinable={definition.declinable === true} />
      )}
    </li>
  );
}

/** Where the step stands, in words, with its times on the county's clock. */
function StepStatus({
  step,
  definition,
  now,
  time,
}: {
  step: StepView;
  definition: ProtocolStep | undefined;
  now: number;
  time: (iso: string) => string;
}): ReactNode {
  const { t } = useMessages();
  const state = stepState(step, now, t, definition);
  switch (state.kind) {
    case 'completed':
      return t('responseWeb.step.completed', { name: state.name, time: time(state.at) });
    case 'notApplicable':
      return t('responseWeb.step.notApplicable', { reason: state.reason });
    case 'declined':
      return t('responseWeb.step.declined', { name: state.name, time: time(state.at) });
    case 'immediate':
      return (
        <>
          <strong className="text-secondary-dark">{state.text}</strong> (
          {t('responseWeb.step.waitingSince', { time: time(state.since) })})
          {state.escalated && ` · ${t('responseWeb.step.escalated')}`}
        </>
      );
    case 'due':
      return (
        <>
          <strong className={state.overdue ? 'text-secondary-dark' : undefined}>
            {state.overdue ? '⚠ ' : ''}
            {state.text}
          </strong>{' '}
          (
          {state.overdue
            ? t('responseWeb.step.wasDue', { time: time(state.dueAt) })
            : t('responseWeb.step.dueAt', { time: time(state.dueAt) })}
          ){state.escalated && ` · ${t('responseWeb.step.escalated')}`}
        </>
      );
    case 'notStarted':
      return t('responseWeb.step.notStarted');
  }
}

/** The owner closes the step: completed, or not applicable with the reason. */
function StepAction({
  step,
  response,
  after,
  declinable,
}: {
  step: StepView;
  response: ResponseView;
  after: After;
  declinable: boolean;
}) {
  const { t } = useMessages();
  const action = useStepAction(response, step, after);
  if (action.mode === 'none') {
    // Not a <ul>: inside the process list's items a list is given bullets, which a row of buttons must not have.
    return (
      <div className="usa-button-group">
        <div className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" onClick={() => action.setMode('complete')}>
            {t('responseWeb.step.complete')}
          </button>
        </div>
        {declinable && (
          <div className="usa-button-group__item">
            <button type="button" className="usa-button usa-button--outline" onClick={() => action.setMode('declined')}>
              {t('responseWeb.step.markDeclined')}
            </button>
          </div>
        )}
        <div className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => action.setMode('na')}>
            {t('responseWeb.step.markNa')}
          </button>
        </div>
      </div>
    );
  }
  const completing = action.mode === 'complete';
  const declining = action.mode === 'declined';
  return (
    <form className="usa-form" onSubmit={(e) => void action.submit(e)}>
      {(completing || declining) && (
        <DateTimeField
          id={`${step.stepId}-at`}
          label={t('responseWeb.step.when')}
          value={action.at}
          onChange={action.setAt}
        />
      )}
      <div className="usa-form-group">
        <label className="usa-label" htmlFor={`${step.stepId}-note`}>
          {completing || declining ? t('responseWeb.step.note') : t('responseWeb.step.reason')}
        </label>
        <textarea
          className="usa-textarea"
          id={`${step.stepId}-note`}
          value={action.note}
          onChange={(e) => action.setNote(e.target.value)}
          required={!completing && !declining}
        />
      </div>
      <button type="submit" className="usa-button">
        {completing
          ? t('responseWeb.step.complete')
          : declining
            ? t('responseWeb.step.markDeclined')
            : t('responseWeb.step.markNa')}
      </button>
      <button type="button" className="usa-button usa-button--unstyled" onClick={() => action.setMode('none')}>
        {t('youthPage.cancel')}
      </button>
    </form>
  );
}
