import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/text-field';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import { type ResponseView, recordRecovery } from './api';
import { fromLocalInput, toLocalInput } from './response-format';
import type { After } from './use-response';

/**
 * When the youth was recovered, recorded later or corrected: the steps that count from it (the partners' 90 minutes,
 * the 72-hour health and services steps, the advocate's 90 days) move with it (LA CSEC First Responder Protocol).
 */
export function RecoveryForm({ response, after }: { response: ResponseView; after: After }) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState(() => toLocalInput(new Date(response.recoveredAt ?? Date.now()), zone));
  if (!open) {
    return (
      <p>
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(true)}>
          {t('responseWeb.recovery.open')}
        </button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await recordRecovery(response.id, {
      version: response.version,
      recoveredAt: fromLocalInput(at, zone),
    });
    if (await after(result, t('responseWeb.recovery.saved'))) setOpen(false);
  };
  return (
    <form className="usa-form" onSubmit={(e) => void submit(e)} data-testid="recovery-form">
      <TextField
        id="recovery-at"
        label={t('responseWeb.open.recoveredAt')}
        hint={t('responseWeb.recovery.hint')}
        type="datetime-local"
        value={at}
        onChange={(e) => setAt(e.target.value)}
      />
      <button type="submit" className="usa-button">
        {t('responseWeb.recovery.submit')}
      </button>
      <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(false)}>
        {t('youthPage.cancel')}
      </button>
    </form>
  );
}
