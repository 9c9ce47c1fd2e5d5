import { type FormEvent, useState } from 'react';
import type { ApiResult } from '../../api';
import { TextAreaField } from '../../components/text-area-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSignedIn } from '../../session';
import { type ReferralView, sendReferral } from './api';

/**
 * The eligibility the server recorded when the referral was sent (why the youth did not fit, and who overrode it,
 * when and why) and, on a draft, sending it: a supervisor may give the reason to send it anyway, which the server asks
 * for only if the service's eligibility refuses it.
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
  const supervisor = useSignedIn().user.role === 'supervisor';
  const [override, setOverride] = useState('');
  const [sending, setSending] = useState(false);
  const reasons = referral.eligibility?.reasons ?? [];
  const recorded = referral.eligibility?.override ?? null;
  const draft = referral.status === 'draft' && referral.actions.includes('send');
  if (!draft && reasons.length === 0 && !recorded) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    const result = await sendReferral(referral.id, {
      version: referral.version,
      ...(override.trim() ? { eligibilityOverride: override.trim() } : {}),
    });
    setSending(false);
    await after(result, 'send');
  };

  return (
    <section aria-labelledby="referral-eligibility-heading" data-testid="referral-eligibility">
      <h2 id="referral-eligibility-heading">{t('referralWeb.eligibility')}</h2>
      {reasons.length > 0 && (
        <>
          <p>{t('referralWeb.eligibility.reasons')}</p>
          <ul className="usa-list">
            {reasons.map((r) => (
              <li key={r.key}>{t(r.key as AppMessageKey, r.values)}</li>
            ))}
          </ul>
        </>
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
      {draft && (
        <form className="usa-form usa-form--large harbor-no-print" onSubmit={(e) => void submit(e)} noValidate>
          {supervisor && (
            <TextAreaField
              id="referral-override"
              label={t('referralWeb.field.overrideOptional')}
              hint={t('referralWeb.field.overrideEligibilityHint')}
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
