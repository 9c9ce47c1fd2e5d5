import { useEffect, useId, useState } from 'react';
import { useMessages } from '../../i18n';

/**
 * A single-use link to hand over (an invitation, a password reset), in a read-only field with a Copy button. Whether
 * the copy worked is announced; where the browser does not let the page copy, the field is selected for the person
 * to copy it themselves.
 */
export function CopyLink({ label, link, testId }: { label: string; link: string; testId: string }) {
  const { t } = useMessages();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new link has not been copied yet
  useEffect(() => setCopied(null), [link]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
      const field = document.getElementById(id);
      if (field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
    }
  };

  return (
    <div className="harbor-copy-link">
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <div className="harbor-copy-link__row">
        <input
          className="usa-input harbor-copy-link__input"
          id={id}
          readOnly
          value={link}
          data-testid={testId}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="usa-button harbor-copy-link__button" onClick={() => void copy()}>
          {t('admin.copy.button')}
        </button>
      </div>
      <p className="harbor-copied" role="status">
        {copied === 'yes' ? t('admin.copy.done') : copied === 'no' ? t('admin.copy.failed') : ''}
      </p>
    </div>
  );
}
