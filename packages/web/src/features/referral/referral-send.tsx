import { type FormEvent, useState } from 'react';
import type { ApiResult } from '../../api';
import { TextAreaField } from '../../components/text-area-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSignedIn } from '../../session';
import { type ReferralView, sendReferral } from './api';

/**
 * The eligibility the server found (when the draft was saved, again when it was sent: why the youth did not fit, and
 * who overrode it, when and why) and, on a draft, sending it: when the eligibility refuses it, only a supervisor sends
 * it, with the reason; anyone else is told to ask one.
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
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const reasons = referral.eligibility?.reasons ?? [];
  const recorded = referral.eligibility?.override ?? null;
  const draft = referral.status === 'draft' && referral.actions.includes('send');
  // A draft's eligibility is found when it is saved: when it refuses, only a supervisor sends it, with the reason.
  const needsOverride = draft && reasons.length > 0 && recorded === null;
  const overrideError =
    tried && needsOverride && override.trim().length < 5 ? t('referralWeb.error.eligibilityOverride') : undefined;
  if (!draft && reasons.length === 0 && !recorded) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (needsOverride && override.trim().length < 5) return document.getElementById('referral-override')?.focus();
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
      {needsOverride && !supervisor && <p className="harbor-measure">{t('referralWeb.eligibility.supervisorOnly')}</p>}
      {draft && (!needsOverride || supervisor) && (
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
