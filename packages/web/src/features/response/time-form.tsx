import { type FormEvent, useState } from 'react';
import type { ApiResult } from '../../api';
import { DateTimeField } from '../../components/date-time-field';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { fromLocalInput, toLocalInput } from './response-format';
import type { After } from './use-response';

/**
 * A time of the response recorded later or corrected, behind a quiet button: when the youth was recovered, when the
 * reporter received the information. The clocks that count from it move (the server says which).
 */
export function TimeForm(props: {
  id: string;
  initial: string | null;
  words: {
    open: AppMessageKey;
    label: AppMessageKey;
    hint: AppMessageKey;
    submit: AppMessageKey;
    saved: AppMessageKey;
  };
  send: (iso: string) => Promise<ApiResult<unknown>>;
  after: After;
}) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState(() => toLocalInput(new Date(props.initial ?? Date.now()), zone));
  if (!open) {
    return (
      <p>
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(true)}>
          {t(props.words.open)}
        </button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await props.after(await props.send(fromLocalInput(at, zone)), t(props.words.saved))) setOpen(false);
  };
  return (
    <form className="usa-form" onSubmit={(e) => void submit(e)} data-testid={`${props.id}-form`}>
      <DateTimeField
        id={`${props.id}-at`}
        label={t(props.words.label)}
        hint={t(props.words.hint)}
        value={at}
        onChange={setAt}
      />
      <button type="submit" className="usa-button">
        {t(props.words.submit)}
      </button>
      <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(false)}>
        {t('youthPage.cancel')}
      </button>
    </form>
  );
}
