import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { openResponse } from './api';
import { fromLocalInput, toLocalInput } from './response-format';

/** /app/responses/new?screening=… or ?youth=…: open a response to an identified or recovered youth. */
export function NewResponsePage() {
  const { t, locale } = useMessages();
  usePageTitle('responseWeb.open.title');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const screeningId = params.get('screening');
  const youthId = params.get('youth');
  const [openedBy, setOpenedBy] = useState(screeningId ? 'screening' : 'recovery');
  const [recoveredAt, setRecoveredAt] = useState(() => toLocalInput(new Date()));
  const [onProbation, setOnProbation] = useState(false);
  const [problem, setProblem] = useState<{ value: Problem; key: number } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await openResponse({
      openedBy,
      ...(screeningId && openedBy === 'screening' ? { screeningId } : {}),
      ...(youthId ? { youthId } : {}),
      ...(openedBy === 'recovery' ? { recoveredAt: fromLocalInput(recoveredAt) } : {}),
      onProbation,
    });
    if (result.ok) navigate(`/app/responses/${result.data.id}`);
    else setProblem((was) => ({ value: problemOf(result), key: (was?.key ?? 0) + 1 }));
  };
  const kinds = screeningId ? ['screening'] : ['recovery', 'disclosure', 'hotline_call'];
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.open.title')}</h1>
      <p className="usa-intro harbor-measure">{t('responseWeb.open.intro')}</p>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.key}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('responseWeb.open.how')}</legend>
          {kinds.map((k) => (
            <div className="usa-radio" key={k}>
              <input
                className="usa-radio__input"
                type="radio"
                id={`opened-${k}`}
                name="openedBy"
                value={k}
                checked={openedBy === k}
                onChange={() => setOpenedBy(k)}
              />
              <label className="usa-radio__label" htmlFor={`opened-${k}`}>
                {t(`responseWeb.openedBy.${k}` as AppMessageKey)}
              </label>
            </div>
          ))}
        </fieldset>
        {openedBy === 'recovery' && (
          <TextField
            id="recovered-at"
            label={t('responseWeb.open.recoveredAt')}
            type="datetime-local"
            value={recoveredAt}
            onChange={(e) => setRecoveredAt(e.target.value)}
          />
        )}
        <div className="usa-checkbox margin-top-2">
          <input
            className="usa-checkbox__input"
            type="checkbox"
            id="on-probation"
            checked={onProbation}
            onChange={(e) => setOnProbation(e.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor="on-probation">
            {t('responseWeb.open.onProbation')}
          </label>
        </div>
        <button type="submit" className="usa-button margin-top-2">
          {t('responseWeb.open.submit')}
        </button>
      </form>
    </div>
  );
}
