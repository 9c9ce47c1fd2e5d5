import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { deleteRecord, type LocalScreening, listRecords, onRecordsChanged } from '../../offline/records';
import { useSignedIn } from '../../session';
import { recordStatusKey } from './record-facts';
import { useYouthName, youthText } from './use-youth-name';

/** Screenings kept on this device: being filled in, saved, waiting to be sent, or needing a decision. */
export function DeviceRecords({ titles }: { titles: Map<string, string> }) {
  const { t } = useMessages();
  const countyTime = useCountyTime();
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
                  <Link className="usa-link" to={open}>
                    {title}
                  </Link>
                </h3>
                <ul className="usa-collection__meta" aria-label={t('screeningForm.list.details')}>
                  <li className="usa-collection__meta-item" data-testid="device-record-status">
                    {t(recordStatusKey(record))}
                  </li>
                  <li className="usa-collection__meta-item">
                    <YouthOfRecord youthId={record.youthId} />
                  </li>
                  <li className="usa-collection__meta-item">
                    {t('screeningForm.list.changed', { when: countyTime(record.updatedAt) })}
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

/** Whom a record on this device is for, by name when online. */
function YouthOfRecord({ youthId }: { youthId: string | null }) {
  const { t } = useMessages();
  const named = useYouthName(youthId);
  return <>{youthText(youthId, named, t)}</>;
}
