import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { problemOf, problemText } from '../../problems';
import { setBedsAvailable } from './api';

/**
 * For an editor: how many emergency beds are free now, saved with the server's time (the search and the service's
 * page say when it was counted). A count that is not a whole number is said at the field, and nothing is sent.
 */
export function BedsForm({ serviceId, onSaved }: { serviceId: string; onSaved: () => void }) {
  const { t, locale } = useMessages();
  const [count, setCount] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{1,5}$/.test(count.trim())) {
      setError(t('directoryWeb.beds.error'));
      return document.getElementById('service-beds-count')?.focus();
    }
    setSending(true);
    const result = await setBedsAvailable(serviceId, Number(count.trim()));
    setSending(false);
    if (!result.ok) return setError(problemText(problemOf(result), t, locale));
    setError(undefined);
    setCount('');
    onSaved();
  };
  return (
    <form
      className="usa-form harbor-no-print"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="service-beds-form"
    >
      <TextField
        id="service-beds-count"
        label={t('directoryWeb.beds.label')}
        hint={t('directoryWeb.beds.hint')}
        error={error}
        inputMode="numeric"
        inputClassName="usa-input--small"
        value={count}
        onChange={(e) => setCount(e.target.value)}
      />
      <button type="submit" className="usa-button usa-button--outline margin-top-1" disabled={sending}>
        {t('directoryWeb.beds.save')}
      </button>
    </form>
  );
}
