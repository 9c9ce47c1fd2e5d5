import { CheckboxField } from '../../components/checkbox-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { FormProblem, ReferralForm } from './referral-form';

/**
 * How the receiving agency may reach the youth: "do not contact the youth directly" (an exploiter may control the
 * youth's phone) and a safe contact (name and telephone together, or neither), with a note on when and how to call.
 */
export function ContactFields({
  form,
  set,
  problems,
}: {
  form: ReferralForm;
  set: <K extends keyof ReferralForm>(key: K, value: ReferralForm[K]) => void;
  problems: readonly FormProblem[];
}) {
  const { t } = useMessages();
  const safeError = problems.includes('safeContact') ? t('referralWeb.error.safeContact') : undefined;
  return (
    <fieldset className="usa-fieldset margin-top-3">
      <legend className="usa-legend harbor-legend">{t('referralWeb.field.contact')}</legend>
      <CheckboxField
        id="referral-do-not-contact"
        label={t('referralWeb.field.doNotContact')}
        checked={form.doNotContactYouthDirectly}
        onChange={(checked) => set('doNotContactYouthDirectly', checked)}
      />
      <p className="usa-hint" id="referral-do-not-contact-hint">
        {t('referralWeb.field.doNotContactHint')}
      </p>
      <fieldset className="usa-fieldset margin-top-2">
        <legend className="usa-legend">{t('referralWeb.field.safeContact')}</legend>
        <TextField
          id="referral-safe-name"
          label={t('referralWeb.field.safeName')}
          error={safeError}
          maxLength={200}
          autoComplete="off"
          value={form.safeName}
          onChange={(e) => set('safeName', e.target.value)}
        />
        <TextField
          id="referral-safe-relationship"
          label={t('referralWeb.field.safeRelationship')}
          maxLength={200}
          autoComplete="off"
          value={form.safeRelationship}
          onChange={(e) => set('safeRelationship', e.target.value)}
        />
        <TextField
          id="referral-safe-phone"
          label={t('referralWeb.field.safePhone')}
          type="tel"
          maxLength={40}
          autoComplete="off"
          value={form.safePhone}
          onChange={(e) => set('safePhone', e.target.value)}
        />
      </fieldset>
      <TextAreaField
        id="referral-contact-note"
        label={t('referralWeb.field.contactNote')}
        maxLength={1000}
        value={form.contactNote}
        onChange={(e) => set('contactNote', e.target.value)}
      />
    </fieldset>
  );
}
