import type { MessageKey } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api';
import { formatDateTime } from '../../format';
import { useMessages } from '../../i18n';
import type { InstrumentSummary, ScreeningSummary } from '../../offline/api-types';
import { type OfferedInstruments, offeredInstruments } from '../../offline/instruments';
import { useOnline } from '../../offline/online';
import { createRecord, deleteRecord, type LocalScreening, listRecords, onRecordsChanged } from '../../offline/records';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { ErrorSummary } from './error-summary';
import { recordStatusKey } from './record-facts';
import { focusField, inLocale } from './text';
import './screening.css';

/** The youth a screening is started for, from `?youth=<id>` (a youth's page links here). */
function useYouthFromUrl(): string | null {
  const [params] = useSearchParams();
  const youth = params.get('youth')?.trim();
  return youth ? youth.slice(0, 64) : null;
}

type Offered = OfferedInstruments | null | 'loading';

/** The offered instruments; loading them also keeps each one on the device, for screening offline later. */
function useOffered(): Offered {
  const [offered, setOffered] = useState<Offered>('loading');
  useEffect(() => {
    let live = true;
    void offeredInstruments().then((result) => {
      if (live) setOffered(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return offered;
}

/** Instrument titles by id, in the user's language. */
function titlesOf(offered: Offered, locale: 'en' | 'es'): Map<string, string> {
  if (offered === 'loading' || offered === null) return new Map();
  return new Map(offered.instruments.map((i) => [i.id, inLocale(i.title, locale)]));
}

/** /app/screenings/new — start a screening (for the youth given in the URL, or a youth not identified yet). */
export function NewScreeningPage() {
  const { t } = useMessages();
  usePageTitle('screeningForm.start.heading');
  const offered = useOffered();
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('screeningForm.start.heading')}</h1>
      <StartScreening headingLevel={null} offered={offered} />
      <p>
        <Link to="/app/screenings">{t('screeningForm.backToList')}</Link>
      </p>
    </div>
  );
}

/** /app/screenings — start a screening; what waits on this device; my drafts and unlinked screenings. */
export function ScreeningsPage() {
  const { t, locale } = useMessages();
  usePageTitle('screeningForm.list.title');
  const offered = useOffered();
  const titles = titlesOf(offered, locale);
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('screeningForm.list.title')}</h1>
      <p className="usa-intro harbor-measure">{t('screeningForm.list.intro')}</p>
      <StartScreening headingLevel={2} offered={offered} />
      <DeviceRecords titles={titles} />
      <ServerLists titles={titles} />
    </div>
  );
}

function StartScreening({ headingLevel, offered }: { headingLevel: 2 | null; offered: Offered }) {
  const { t, locale } = useMessages();
  const owner = useSignedIn().user.id;
  const navigate = useNavigate();
  const youthFromUrl = useYouthFromUrl();
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
                  {t('screeningForm.youth.record', { id: youthFromUrl })}
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

function audienceKey(instrument: InstrumentSummary): MessageKey {
  return instrument.audience === 'brief' ? 'screeningForm.audience.brief' : 'screeningForm.audience.staff';
}

/** Screenings kept on this device: being filled in, saved, waiting to be sent, or needing a decision. */
function DeviceRecords({ titles }: { titles: Map<string, string> }) {
  const { t, locale } = useMessages();
  const owner = useSignedIn().user.id;
  const [records, setRecords] = useState<LocalScreening[] | null>(null);

  const load = useCallback(async () => {
    const all = await listRecords(owner).catch(() => []);
    setRecords(all.filter((r) => r.sentAs === null));
  }, [owner]);

  useEffect(() => {
    void load();
    return onRecordsChanged(() => void load());
  }, [load]);

  const remove = async (record: LocalScreening) => {
    if (!window.confirm(t('screeningForm.device.deleteConfirm'))) return;
    await deleteRecord(owner, record.localId);
  };

  if (!records || records.length === 0) return null;
  return (
    <section aria-labelledby="device-heading">
      <h2 id="device-heading">{t('screeningForm.device.heading')}</h2>
      <p className="harbor-measure">{t('screeningForm.device.intro')}</p>
      <ul className="usa-collection" data-testid="device-records">
        {records.map((record) => {
          const open =
            record.status === 'completed' && !record.conflict && !record.rejection
              ? `/app/screenings/local/${encodeURIComponent(record.localId)}`
              : `/app/screenings/edit/${encodeURIComponent(record.localId)}`;
          const title = titles.get(record.instrumentId) ?? record.instrumentId;
          return (
            <li className="usa-collection__item" key={record.localId} data-testid="device-record">
              <div className="usa-collection__body">
                <h3 className="usa-collection__heading">
                  <Link to={open}>{title}</Link>
                </h3>
                <ul className="usa-collection__meta" aria-label={t('screeningForm.list.details')}>
                  <li className="usa-collection__meta-item" data-testid="device-record-status">
                    {t(recordStatusKey(record))}
                  </li>
                  <li className="usa-collection__meta-item">
                    {record.youthId
                      ? t('screeningForm.youth.record', { id: record.youthId })
                      : t('screeningForm.youth.unidentified')}
                  </li>
                  <li className="usa-collection__meta-item">
                    {t('screeningForm.list.changed', { when: formatDateTime(record.updatedAt, locale) })}
                  </li>
                </ul>
                {record.status === 'draft' && !record.pending && (
                  <button type="button" className="usa-button usa-button--unstyled" onClick={() => void remove(record)}>
                    {t('screeningForm.device.delete', { title })}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** My drafts and my screenings not linked to a youth yet, from the server (not available offline). */
function ServerLists({ titles }: { titles: Map<string, string> }) {
  const { t, locale } = useMessages();
  const online = useOnline();
  const [list, setList] = useState<ScreeningSummary[] | 'unavailable' | null>(null);

  useEffect(() => {
    if (!online) {
      setList('unavailable');
      return;
    }
    let live = true;
    void api.get<ScreeningSummary[]>('/api/v1/screenings').then((result) => {
      if (live) setList(result.ok ? result.data : 'unavailable');
    });
    return () => {
      live = false;
    };
  }, [online]);

  if (list === null) return null;
  if (list === 'unavailable') {
    return (
      <section aria-labelledby="server-heading">
        <h2 id="server-heading">{t('screeningForm.server.heading')}</h2>
        <p data-testid="server-unavailable">{t('screeningForm.server.unavailable')}</p>
      </section>
    );
  }
  const drafts = list.filter((s) => s.status === 'draft');
  const unlinked = list.filter((s) => s.status === 'completed' && s.youthId === null && s.correctedBy === null);
  const row = (s: ScreeningSummary, testId: string) => (
    <li className="usa-collection__item" key={s.id} data-testid={testId}>
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading">
          <Link to={`/app/screenings/${encodeURIComponent(s.id)}`}>{titles.get(s.instrumentId) ?? s.instrumentId}</Link>
        </h3>
        <ul className="usa-collection__meta" aria-label={t('screeningForm.list.details')}>
          {s.level && (
            <li className="usa-collection__meta-item">
              {t('screeningForm.list.level', { level: t(`screening.level.${s.level}` as MessageKey) })}
            </li>
          )}
          <li className="usa-collection__meta-item">
            {s.youthId ? t('screeningForm.youth.record', { id: s.youthId }) : t('screeningForm.youth.unidentified')}
          </li>
          <li className="usa-collection__meta-item">
            {t('screeningForm.list.changed', { when: formatDateTime(s.updatedAt, locale) })}
          </li>
        </ul>
      </div>
    </li>
  );
  return (
    <>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('screeningForm.server.drafts')}</h2>
        {drafts.length === 0 ? (
          <p>{t('screeningForm.server.noDrafts')}</p>
        ) : (
          <ul className="usa-collection" data-testid="server-drafts-list">
            {drafts.map((s) => row(s, 'server-draft'))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unlinked-heading">
        <h2 id="unlinked-heading">{t('screeningForm.server.unlinked')}</h2>
        {unlinked.length === 0 ? (
          <p>{t('screeningForm.server.noUnlinked')}</p>
        ) : (
          <ul className="usa-collection" data-testid="server-unlinked-list">
            {unlinked.map((s) => row(s, 'server-unlinked'))}
          </ul>
        )}
      </section>
    </>
  );
}
