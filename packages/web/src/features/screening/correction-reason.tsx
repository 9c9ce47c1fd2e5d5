import { useMessages } from '../../i18n';
import { REASON_ID } from './form-problems';

/** Why a completed screening is corrected: asked on the correction's last step, kept with the correction. */
export function CorrectionReason({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useMessages();
  return (
    <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <label className="usa-label" htmlFor={REASON_ID}>
        {t('screeningForm.correction.reasonLabel')}
      </label>
      <div className="usa-hint" id={`${REASON_ID}-hint`}>
        {t('screeningForm.correction.reasonHint')}
      </div>
      {error && (
        <span className="usa-error-message" id={`${REASON_ID}-error`}>
          {error}
        </span>
      )}
      <textarea
        id={REASON_ID}
        className="usa-textarea"
        maxLength={2000}
        value={value}
        aria-describedby={[`${REASON_ID}-hint`, error ? `${REASON_ID}-error` : ''].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
