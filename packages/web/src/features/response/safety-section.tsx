import { HOTLINES } from '@harbor/core';
import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { ResponseView } from './api';
import { ConfirmButtons } from './confirm-buttons';
import { PLAN_FIELDS } from './response-actions';
import { useSafetyPlan } from './use-report-forms';
import type { After } from './use-response';

const CRISIS_LINES = HOTLINES.filter((h) => h.id === '988' || h.id === 'lacdmh_access');

/**
 * The safety step. Until it is open: a quiet offer (911 for danger now; the safety step for a crisis), and opening it
 * asks first, naming whom it will notify, since it notifies them at once. Once open (by the person, or by a screening's
 * safety answer): prominent, with the crisis lines and the safety plan.
 */
export function SafetySection({ response, after }: { response: ResponseView; after: After }) {
  const { t } = useMessages();
  const safety = useSafetyPlan(response, after);
  if (!response.crisis) return <SafetyOffer response={response} safety={safety} />;
  return (
    <section
      aria-labelledby="safety-heading"
      className="usa-alert usa-alert--emergency harbor-alert"
      data-testid="safety-step"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="safety-heading">
          {t('responseWeb.safety.heading')}
        </h2>
        <CrisisLines linkClass="text-white" />
        {response.crisis.plan === undefined ? (
          <p className="usa-alert__text" data-testid="safety-plan-hidden">
            {t('responseWeb.safety.planHidden')}
          </p>
        ) : (
          <form className="usa-form usa-form--large" onSubmit={safety.submit}>
            {PLAN_FIELDS.map((field) => (
              <div className="usa-form-group" key={field}>
                <label className="usa-label text-white" htmlFor={`plan-${field}`}>
                  {t(`responseWeb.plan.${field}` as AppMessageKey)}
                </label>
                <textarea
                  className="usa-textarea"
                  id={`plan-${field}`}
                  rows={2}
                  value={safety.plan[field] ?? ''}
                  onChange={(e) => safety.setPart(field, e.target.value)}
                />
              </div>
            ))}
            <button type="submit" className="usa-button usa-button--inverse">
              {t('responseWeb.safety.save')}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}

function CrisisLines({ linkClass }: { linkClass?: string }) {
  const { locale } = useMessages();
  return (
    <ul className="usa-list">
      {CRISIS_LINES.map((h) => (
        <li key={h.id}>
          <a className={linkClass ?? 'usa-link'} href={`tel:${h.tel}`}>
            {h.name[locale]}: {h.number}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The offer, then the confirmation (the app's confirm pattern: a warning that takes focus, so it is read out whole;
 * focus goes back to the button when it is cancelled).
 */
function SafetyOffer({ response, safety }: { response: ResponseView; safety: ReturnType<typeof useSafetyPlan> }) {
  const { t } = useMessages();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (safety.confirming) box.current?.focus();
  }, [safety.confirming]);
  const cancel = () => {
    flushSync(safety.cancel);
    button.current?.focus();
  };
  const names = response.safetyNotifies;
  return (
    <section aria-labelledby="safety-offer-heading" className="harbor-measure" data-testid="safety-offer">
      <h2 id="safety-offer-heading">{t('responseWeb.safety.offerHeading')}</h2>
      <p>{t('responseWeb.safety.offer')}</p>
      {!safety.confirming ? (
        <button ref={button} type="button" className="usa-button usa-button--outline" onClick={safety.ask}>
          {t('responseWeb.safety.open')}
        </button>
      ) : (
        <div
          ref={box}
          tabIndex={-1}
          className="usa-alert usa-alert--warning harbor-alert harbor-confirm"
          data-testid="safety-confirm"
        >
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading" id="safety-confirm-heading">
              {t('responseWeb.safety.confirmHeading')}
            </h3>
            {names.length > 0 ? (
              <>
                <p className="usa-alert__text">{t('responseWeb.safety.willNotify', { count: names.length })}</p>
                <ul className="usa-list" data-testid="safety-notifies">
                  {names.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <p className="usa-alert__text" data-testid="safety-notifies-nobody">
                  {t('responseWeb.safety.notifiesNobody')}
                </p>
                <CrisisLines />
              </>
            )}
            <ConfirmButtons
              confirm={t('responseWeb.safety.confirm')}
              onConfirm={safety.open}
              back={t('youthPage.cancel')}
              onBack={cancel}
            />
          </div>
        </div>
      )}
    </section>
  );
}
