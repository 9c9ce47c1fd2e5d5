import { LEGAL_BASES, type LegalBasis } from '@harbor/core';
import { DateTimeField } from '../../components/date-time-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useCountyTime, useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { RadioGroup } from './radio-group';
import { type FormProblem, mdtWindowOf, type ReferralForm } from './referral-form';

/**
 * The legal basis for sharing (none chosen in advance) and what each needs: the MDT's report time, with the 30-day
 * window it opens shown at once (W&I 18961.7); the court order; an override's reason.
 */
export function BasisFields({
  form,
  set,
  problems,
  now,
}: {
  form: ReferralForm;
  set: <K extends keyof ReferralForm>(key: K, value: ReferralForm[K]) => void;
  problems: readonly FormProblem[];
  now: number;
}) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const time = useCountyTime();
  const windowEnd = form.basis === 'mdt_18961_7' ? mdtWindowOf(form, zone) : null;
  const error = (p: FormProblem) => (problems.includes(p) ? t(`referralWeb.error.${p}` as AppMessageKey) : undefined);
  return (
    <>
      <RadioGroup<LegalBasis>
        name="referral-basis"
        legend={t('referralWeb.field.basis')}
        error={error('basis')}
        value={form.basis}
        options={LEGAL_BASES.map((b) => ({ value: b, label: t(`referral.basis.${b}` as AppMessageKey) }))}
        onChange={(b) => set('basis', b)}
      />
      {form.basis === 'mdt_18961_7' && (
        <>
          <DateTimeField
            id="referral-mdt-reported"
            label={t('referralWeb.field.mdtReportedAt')}
            value={form.mdtReportedAt}
            error={error('mdtReportedAt')}
            onChange={(v) => set('mdtReportedAt', v)}
          />
          {windowEnd && (
            <p
              className={windowEnd.getTime() < now ? 'harbor-overdue' : undefined}
              data-testid="referral-mdt-window"
              aria-live="polite"
            >
              {t(windowEnd.getTime() < now ? 'referralWeb.field.mdtWindowOver' : 'referralWeb.field.mdtWindow', {
                time: time(windowEnd.toISOString()),
              })}
            </p>
          )}
        </>
      )}
      {form.basis === 'court_order' && (
        <TextField
          id="referral-court-order"
          label={t('referralWeb.field.courtOrder')}
          error={error('courtOrder')}
          maxLength={200}
          value={form.courtOrderReference}
          onChange={(e) => set('courtOrderReference', e.target.value)}
        />
      )}
      {form.basis === 'override' && (
        <TextAreaField
          id="referral-override-reason"
          label={t('referralWeb.field.overrideReason')}
          hint={t('referralWeb.field.overrideHint')}
          error={error('overrideReason')}
          maxLength={1000}
          value={form.overrideReason}
          onChange={(e) => set('overrideReason', e.target.value)}
        />
      )}
    </>
  );
}
