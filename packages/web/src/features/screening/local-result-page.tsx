import type { InstrumentDefinition } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessages } from '../../i18n';
import { loadInstrument } from '../../offline/instruments';
import { useOnline } from '../../offline/online';
import { drainQueue } from '../../offline/queue';
import { type LocalScreening, onRecordsChanged, readRecord } from '../../offline/records';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { RecordFacts } from './record-facts';
import { ResultView } from './result-view';
import { inLocale } from './text';
import './screening.css';

/** /app/screenings/local/:localId — a screening completed on this device and not yet accepted by the server. */
export function LocalResultPage() {
  const { t, locale } = useMessages();
  usePageTitle('screeningForm.result.title');
  const { localId = '' } = useParams();
  const owner = useSignedIn().user.id;
  const navigate = useNavigate();
  const online = useOnline();
  const [loaded, setLoaded] = useState<
    { record: LocalScreening; instrument: InstrumentDefinition } | 'loading' | 'missing'
  >('loading');
  const [sending, setSending] = useState(false);

  const load = useCallback(async () => {
    const record = await readRecord(owner, localId).catch(() => null);
    if (record?.sentAs) {
      navigate(`/app/screenings/${encodeURIComponent(record.sentAs)}`, { replace: true });
      return;
    }
    if (record && (record.status !== 'completed' || record.conflict || record.rejection || !record.result)) {
      navigate(`/app/screenings/edit/${encodeURIComponent(localId)}`, { replace: true });
      return;
    }
    const instrument = record ? await loadInstrument(record.instrumentId, record.instrumentVersion) : null;
    setLoaded(record && instrument ? { record, instrument } : 'missing');
  }, [owner, localId, navigate]);

  useEffect(() => {
    void load();
    return onRecordsChanged(() => void load());
  }, [load]);

  const sendNow = async () => {
    setSending(true);
    await drainQueue(owner).catch(() => undefined);
    setSending(false);
    await load();
  };

  if (loaded === 'loading' || loaded === 'missing') {
    return (
      <div className="grid-container usa-section harbor-page">
        <h1>{t('screeningForm.result.title')}</h1>
        {loaded === 'loading' ? (
          <p role="status">{t('shell.loading')}</p>
        ) : (
          <>
            <p data-testid="screening-missing">{t('screeningForm.form.missing')}</p>
            <p>
              <Link className="usa-link" to="/app/screenings">
                {t('screeningForm.backToList')}
              </Link>
            </p>
          </>
        )}
      </div>
    );
  }
  const { record, instrument } = loaded;
  const result = record.result!;
  return (
    <div className="grid-container usa-section harbor-page harbor-screening">
      <h1>{t('screeningForm.result.title')}</h1>
      <p className="harbor-lead">{inLocale(instrument.title, locale)}</p>
      <RecordFacts record={record} online={online} />
      <div className="usa-alert usa-alert--warning harbor-alert" data-testid="not-sent">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t('screeningForm.notSent.heading')}</h2>
          <p className="usa-alert__text">{t('screeningForm.notSent.body')}</p>
          {online && (
            <button type="button" className="usa-button margin-top-1" onClick={() => void sendNow()} disabled={sending}>
              {sending ? t('screeningForm.action.sending') : t('screeningForm.notSent.sendNow')}
            </button>
          )}
        </div>
      </div>
      <ResultView
        instrument={instrument}
        data={{
          level: result.level,
          reasons: result.reasons,
          domains: result.domains,
          safety: result.safety,
          answers: record.answers,
        }}
      />
      <p>
        <Link className="usa-link" to="/app/screenings">
          {t('screeningForm.backToList')}
        </Link>
      </p>
    </div>
  );
}
