import { type FormEvent, useState } from 'react';
import type { ApiResult } from '../../api';
import { TextAreaField } from '../../components/text-area-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { useSignedIn } from '../../session';
import { type ReferralView, sendReferral } from './api';

/**
 * The service's eligibility for this youth (age, area, runaway status), each reason in the reader's language, and
 * the override when one was recorded. On a draft: "Send the referral", and when the eligibility does not fit, a
 * supervisor sends it anyway with the reason (audited); anyone else is told to ask a supervisor.
 */
export function ReferralEligibility({
  referral,
  after,
}: {
  referral: ReferralView;
  after: (result: ApiResult<unknown>, action: 'send') => Promise<boolean>;
}) {
  const { t } = useMessages();
  const time = useCountyTime();
  const info = useSignedIn();
  const [override, setOverride] = useState('');
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const { reasons, override: recorded } = referral.eligibility;
  const mayOverride = info.user.role === 'supervisor';
  const needsOverride = reasons.length > 0 && recorded === null;
  const maySend = referral.actions.includes('send') && (!needsOverride || mayOverride);
  const overrideError =
    tried && needsOverride && override.trim().length < 5 ? t('referralWeb.error.eligibilityOverride') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (needsOverride && override.trim().length < 5) return document.getElementById('referral-override')?.focus();
    setSending(true);
    const result = await sendReferral(referral.id, {
      version: referral.version,
      ...(needsOverride ? { eligibilityOverride: override.trim() } : {}),
    });
    setSending(false);
    await after(result, 'send');
  };

  return (
    <section aria-labelledby="referral-eligibility-heading" data-testid="referral-eligibility">
      <h2 id="referral-eligibility-heading">{t('referralWeb.eligibility')}</h2>
      {reasons.length === 0 ? (
        <p>{t('referralWeb.eligibility.fits')}</p>
      ) : (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('referralWeb.eligibility.reasons')}</p>
            <ul className="usa-list">
              {reasons.map((r) => (
                <li key={r.key}>{r.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {recorded && (
        <p data-testid="referral-override">
          {t('referralWeb.eligibility.overridden', {
            person: recorded.by.name,
            time: time(recorded.at),
            reason: recorded.reason,
          })}
        </p>
      )}
      {referral.status === 'draft' && needsOverride && !mayOverride && (
        <p className="harbor-measure">{t('referralWeb.eligibility.supervisorOnly')}</p>
      )}
      {referral.status === 'draft' && maySend && (
        <form className="usa-form usa-form--large harbor-no-print" onSubmit={(e) => void submit(e)} noValidate>
          {needsOverride && (
            <TextAreaField
              id="referral-override"
              label={t('referralWeb.field.override')}
              hint={t('referralWeb.field.overrideEligibilityHint')}
              error={overrideError}
              maxLength={1000}
              value={override}
              onChange={(e) => setOverride(e.target.value)}
            />
          )}
          <button type="submit" className="usa-button margin-top-2" disabled={sending} data-testid="referral-send">
            {t('referralWeb.action.send')}
          </button>
        </form>
      )}
    </section>
  );
}
