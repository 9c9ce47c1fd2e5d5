import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { InstrumentSummary } from '../../offline/api-types';
import { createRecord } from '../../offline/records';
import { useSignedIn } from '../../session';
import { focusField, inLocale } from './text';
import type { Offered } from './use-offered';
import { useYouthName, youthText } from './use-youth-name';

/** The youth a screening is started for, from `?youth=<id>` (a youth's page links here). */
function useYouthFromUrl(): string | null {
  const [params] = useSearchParams();
  const youth = params.get('youth')?.trim();
  return youth ? youth.slice(0, 64) : null;
}

/** Choosing an instrument and whom the screening is for; starting one creates its record on this device. */
export function StartScreening({ headingLevel, offered }: { headingLevel: 2 | null; offered: Offered }) {
  const { t, locale } = useMessages();
  const owner = useSignedIn().user.id;
  const navigate = useNavigate();
  const youthFromUrl = useYouthFromUrl();
  const named = useYouthName(youthFromUrl);
  const [chosen, setChosen] = useState<string | null>(null);
  const [forYouth, setForYouth] = useState<'youth' | 'unidentified'>(youthFromUrl ? 'youth' : 'unidentified');
  const [error, setError] = useState<{ attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (offered === 'loading' || offered === null) return;
    const instrument = offered.instruments.find((i) => `${i.id}@${i.version}` === chosen);
    if (!instrument) {
      setError((was) => ({ attempt: (was?.attempt ?? 0) + 1 }));
      return;
    }
    setBusy(true);
    const record = await createRecord({
      owner,
      kind: 'screening',
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      youthId: forYouth === 'youth' ? youthFromUrl : null,
      answers: {},
    });
    navigate(`/app/screenings/edit/${encodeURIComponent(record.localId)}`);
  };

  const heading = t('screeningForm.start.heading');
  return (
    <section aria-labelledby={headingLevel ? 'start-heading' : undefined} className="harbor-start">
      {headingLevel && <h2 id="start-heading">{heading}</h2>}
      {offered === 'loading' && <p role="status">{t('shell.loading')}</p>}
      {offered === null && (
        <div className="usa-alert usa-alert--warning harbor-alert" data-testid="no-instruments">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('screeningForm.start.noInstruments')}</p>
          </div>
        </div>
      )}
      {offered !== 'loading' && offered !== null && (
        <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void start(event)}>
          {!offered.fresh && (
            <p className="usa-hint" data-testid="instruments-from-device">
              {t('screeningForm.start.fromDevice')}
            </p>
          )}
          {error && (
            <ErrorSummary
              heading={t('screeningForm.errors.heading')}
              entries={[{ target: 'instrument-choice', text: t('screeningForm.start.chooseInstrument') }]}
              focusKey={error.attempt}
              onFollow={focusField}
            />
          )}
          <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
            <fieldset
              className="usa-fieldset"
              id="instrument-choice"
              aria-describedby={error ? 'instrument-error' : undefined}
            >
              <legend className="usa-legend">{t('screeningForm.start.instrument')}</legend>
              {error && (
                <span className="usa-error-message" id="instrument-error">
                  {t('screeningForm.start.chooseInstrument')}
                </span>
              )}
              {offered.instruments.map((instrument) => {
                const key = `${instrument.id}@${instrument.version}`;
                const optionId = `instrument-${instrument.id}`;
                return (
                  <div className="usa-radio" key={key}>
                    <input
                      className="usa-radio__input usa-radio__input--tile"
                      id={optionId}
                      type="radio"
                      name="instrument"
                      value={key}
                      checked={chosen === key}
                      onChange={() => setChosen(key)}
                    />
                    <label className="usa-radio__label" htmlFor={optionId}>
                      {inLocale(instrument.title, locale)}
                      <span className="usa-radio__label-description">
                        {t(audienceKey(instrument))} {t('screeningForm.start.items', { count: instrument.itemCount })}
                      </span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          </div>
          {youthFromUrl ? (
            <fieldset className="usa-fieldset">
              <legend className="usa-legend">{t('screeningForm.start.forWhom')}</legend>
              <div className="usa-radio">
                <input
                  className="usa-radio__input"
                  id="for-youth"
                  type="radio"
                  name="for"
                  checked={forYouth === 'youth'}
                  onChange={() => setForYouth('youth')}
                />
                <label className="usa-radio__label" htmlFor="for-youth">
                  {youthText(youthFromUrl, named, t)}
                </label>
              </div>
              <div className="usa-radio">
                <input
                  className="usa-radio__input"
                  id="for-unidentified"
                  type="radio"
                  name="for"
                  checked={forYouth === 'unidentified'}
                  onChange={() => setForYouth('unidentified')}
                />
                <label className="usa-radio__label" htmlFor="for-unidentified">
                  {t('screeningForm.youth.unidentified')}
                </label>
              </div>
            </fieldset>
          ) : (
            <p className="harbor-measure">{t('screeningForm.start.unidentifiedNote')}</p>
          )}
          <button type="submit" className="usa-button" disabled={busy}>
            {t('screeningForm.start.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function audienceKey(instrument: InstrumentSummary): AppMessageKey {
  return instrument.audience === 'brief' ? 'screeningForm.audience.brief' : 'screeningForm.audience.staff';
}
