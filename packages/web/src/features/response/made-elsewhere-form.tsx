import { REPORT_MADE_BY } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { DateTimeField } from '../../components/date-time-field';
import { TextField } from '../../components/text-field';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { markStepNotApplicable, type ResponseView, type StepView } from './api';
import { fromLocalInput, toLocalInput } from './response-format';
import type { After } from './use-response';

/**
 * The telephone report made another way (a colleague called, the county's online system, a report to law
 * enforcement): who made it and when. The written report stays due, 36 hours from receiving the information
 * (Penal Code 11166(a)); nobody is chosen for the person ("- Select -").
 */
export function MadeElsewhereForm({ response, step, after }: { response: ResponseView; step: StepView; after: After }) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [open, setOpen] = useState(false);
  const [by, setBy] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date(), zone));
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(true)}>
          {t('responseWeb.elsewhere.open')}
        </button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!by) {
      document.getElementById('elsewhere-by')?.focus();
      return;
    }
    const reason = note.trim() || t(`responseWeb.elsewhere.by.${by}` as AppMessageKey);
    const result = await markStepNotApplicable(response.id, step.stepId, {
      version: step.version,
      reason,
      madeBy: by,
      madeAt: fromLocalInput(at, zone),
    });
    if (await after(result, t('responseWeb.elsewhere.saved'))) setOpen(false);
  };
  const missing = tried && !by;
  return (
    <form className="usa-form" onSubmit={(e) => void submit(e)} data-testid="elsewhere-form">
      <h4>{t('responseWeb.elsewhere.heading')}</h4>
      <p className="usa-hint">{t('responseWeb.elsewhere.hint')}</p>
      <div className={`usa-form-group${missing ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="elsewhere-by">
          {t('responseWeb.elsewhere.who')}
        </label>
        {missing && (
          <span className="usa-error-message" id="elsewhere-by-error">
            {t('response.madeBy.required')}
          </span>
        )}
        <select
          className={`usa-select${missing ? ' usa-input--error' : ''}`}
          id="elsewhere-by"
          value={by}
          onChange={(e) => setBy(e.target.value)}
          {...(missing ? { 'aria-describedby': 'elsewhere-by-error', 'aria-invalid': true } : {})}
        >
          <option value="">{t('responseWeb.choose')}</option>
          {REPORT_MADE_BY.map((b) => (
            <option key={b} value={b}>
              {t(`responseWeb.elsewhere.by.${b}` as AppMessageKey)}
            </option>
          ))}
        </select>
      </div>
      <DateTimeField id="elsewhere-at" label={t('responseWeb.elsewhere.when')} value={at} onChange={setAt} />
      <TextField
        id="elsewhere-note"
        label={t('responseWeb.elsewhere.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="usa-button">
        {t('responseWeb.elsewhere.submit')}
      </button>
      <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(false)}>
        {t('youthPage.cancel')}
      </button>
    </form>
  );
}
