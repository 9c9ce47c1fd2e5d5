import type { EligibilityReason } from '@harbor/core';
import { TextAreaField } from '../../components/text-area-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';

/**
 * The service's published eligibility for this youth, checked as the form is filled (core's checkEligibility: age,
 * area, runaway status; the server checks again when it is sent), each reason in the reader's language. When the
 * youth does not fit, a supervisor sends it anyway with the reason (audited); anyone else is told to ask one.
 */
export function EligibilityCheck({
  reasons,
  mayOverride,
  override,
  onOverride,
  error,
}: {
  reasons: readonly EligibilityReason[];
  mayOverride: boolean;
  override: string;
  onOverride: (text: string) => void;
  error: string | undefined;
}) {
  const { t } = useMessages();
  return (
    <section aria-labelledby="referral-eligibility-heading" data-testid="referral-eligibility" aria-live="polite">
      <h2 id="referral-eligibility-heading">{t('referralWeb.eligibility')}</h2>
      {reasons.length === 0 ? (
        <p>{t('referralWeb.eligibility.fits')}</p>
      ) : (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('referralWeb.eligibility.reasons')}</p>
            <ul className="usa-list">
              {reasons.map((r) => (
                <li key={r.key}>{t(r.key as AppMessageKey, r.values)}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {reasons.length > 0 &&
        (mayOverride ? (
          <TextAreaField
            id="referral-override"
            label={t('referralWeb.field.override')}
            hint={t('referralWeb.field.overrideEligibilityHint')}
            error={error}
            maxLength={1000}
            value={override}
            onChange={(e) => onOverride(e.target.value)}
          />
        ) : (
          <p className="harbor-measure">{t('referralWeb.eligibility.supervisorOnly')}</p>
        ))}
    </section>
  );
}
