import type { InstrumentDefinition } from '@harbor/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessages } from '../../i18n';
import { loadInstrument } from '../../offline/instruments';
import { type LocalScreening, readRecord } from '../../offline/records';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { formPath, recordPath } from './paths';
import { ScreeningForm } from './screening-form';
import './screening.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ready'; record: LocalScreening; instrument: InstrumentDefinition };

/** /app/screenings/edit/:localId — the screening form for a record kept on this device. */
export function ScreeningFormPage() {
  const { t } = useMessages();
  usePageTitle('screeningForm.form.title');
  const { localId = '' } = useParams();
  const owner = useSignedIn().user.id;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const record = await readRecord(owner, localId).catch(() => null);
      const instrument = record ? await loadInstrument(record.instrumentId, record.instrumentVersion) : null;
      if (!live) return;
      if (!record || !instrument) {
        setLoaded({ kind: 'missing' });
        return;
      }
      // Sent, or completed and waiting: it opens elsewhere (the server's page, or its result on this device).
      const path = recordPath(record);
      if (path !== formPath(localId)) {
        navigate(path, { replace: true });
        return;
      }
      setLoaded({ kind: 'ready', record, instrument });
    })();
    return () => {
      live = false;
    };
  }, [owner, localId, navigate]);

  if (loaded.kind === 'ready') {
    return <ScreeningForm key={localId} initial={loaded.record} instrument={loaded.instrument} />;
  }
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('screeningForm.form.title')}</h1>
      {loaded.kind === 'loading' ? (
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
