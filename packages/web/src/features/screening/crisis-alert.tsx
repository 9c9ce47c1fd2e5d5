import { useMessages } from '../../i18n';

/**
 * The crisis step: shown as soon as a safety item is answered positively (thoughts of suicide, self-harm), and kept on
 * the result. Numbers from /work/shared/domain/FACTS.md: 988 Suicide & Crisis Lifeline (call or text) and the LACDMH
 * ACCESS Helpline (800) 854-7771.
 */
export function CrisisAlert({ id = 'crisis-step' }: { id?: string }) {
  const { t } = useMessages();
  return (
    <section
      className="usa-alert usa-alert--emergency harbor-crisis"
      role="alert"
      aria-labelledby={`${id}-heading`}
      data-testid="crisis-step"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={`${id}-heading`}>
          {t('screeningForm.crisis.heading')}
        </h2>
        <p className="usa-alert__text">{t('screeningForm.crisis.body')}</p>
        <ul className="usa-list harbor-crisis__lines">
          <li>
            <a className="harbor-crisis__link" href="tel:988">
              {t('screeningForm.crisis.call988')}
            </a>
          </li>
          <li>
            <a className="harbor-crisis__link" href="sms:988">
              {t('screeningForm.crisis.text988')}
            </a>
          </li>
          <li>
            <a className="harbor-crisis__link" href="tel:+18008547771">
              {t('screeningForm.crisis.access', { number: '1-800-854-7771' })}
            </a>
          </li>
        </ul>
        <p className="usa-alert__text">{t('screeningForm.crisis.danger')}</p>
      </div>
    </section>
  );
}
