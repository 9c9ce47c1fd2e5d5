import { numberOf } from '../../content/hotlines';
import { useMessages } from '../../i18n';

/**
 * The crisis step: shown as soon as a safety item is answered positively (thoughts of suicide, self-harm), and kept on
 * the result: the 988 Suicide & Crisis Lifeline (call or text) and the LACDMH ACCESS Helpline, their numbers from core's
 * one list of hotlines.
 */
export function CrisisAlert({ id = 'crisis-step' }: { id?: string }) {
  const { t } = useMessages();
  const lifeline = numberOf('lifeline_988');
  const access = numberOf('lacdmh_access');
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
            <a className="harbor-crisis__link" href={`tel:${lifeline.tel}`}>
              {t('screeningForm.crisis.call988')}
            </a>
          </li>
          <li>
            <a className="harbor-crisis__link" href={`sms:${lifeline.tel}`}>
              {t('screeningForm.crisis.text988')}
            </a>
          </li>
          <li>
            <a className="harbor-crisis__link" href={`tel:${access.tel}`}>
              {t('screeningForm.crisis.access', { number: access.display })}
            </a>
          </li>
        </ul>
        <p className="usa-alert__text">{t('screeningForm.crisis.danger')}</p>
      </div>
    </section>
  );
}
