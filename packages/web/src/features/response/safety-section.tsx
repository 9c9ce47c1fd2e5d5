import { HOTLINES } from '@harbor/core';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { ResponseView } from './api';
import { PLAN_FIELDS } from './response-actions';
import { useSafetyPlan } from './use-report-forms';
import type { After } from './use-response';

/** The safety step: a button to open it in a crisis; once open, the crisis lines and the safety plan. */
export function SafetySection({ response, after }: { response: ResponseView; after: After }) {
  const { t, locale } = useMessages();
  const { plan, setPart, open, submit } = useSafetyPlan(response, after);
  const crisisLines = HOTLINES.filter((h) => h.id === '988' || h.id === 'lacdmh_access');
  if (!response.crisis) {
    return (
      <p>
        <button type="button" className="usa-button usa-button--secondary" onClick={open}>
          {t('responseWeb.safety.open')}
        </button>
      </p>
    );
  }
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
        <ul className="usa-list">
          {crisisLines.map((h) => (
            <li key={h.id}>
              <a className="text-white" href={`tel:${h.tel}`}>
                {h.name[locale]}: {h.number}
              </a>
            </li>
          ))}
        </ul>
        {response.crisis.plan === undefined ? (
          <p className="usa-alert__text" data-testid="safety-plan-hidden">
            {t('responseWeb.safety.planHidden')}
          </p>
        ) : (
          <form className="usa-form usa-form--large" onSubmit={submit}>
            {PLAN_FIELDS.map((field) => (
              <div className="usa-form-group" key={field}>
                <label className="usa-label text-white" htmlFor={`plan-${field}`}>
                  {t(`responseWeb.plan.${field}` as AppMessageKey)}
                </label>
                <textarea
                  className="usa-textarea"
                  id={`plan-${field}`}
                  rows={2}
                  value={plan[field] ?? ''}
                  onChange={(e) => setPart(field, e.target.value)}
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
