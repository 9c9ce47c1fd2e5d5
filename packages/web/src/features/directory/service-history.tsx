import { useEffect, useState } from 'react';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { type ChangeEntry, getServiceHistory } from './api';

/** The service's change history for its editors: each field changed, from what to what, by whom and when. */
export function ServiceHistory({ serviceId, version }: { serviceId: string; version: number }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const [rows, setRows] = useState<ChangeEntry[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again after each saved change (a new version)
  useEffect(() => {
    let live = true;
    void getServiceHistory(serviceId).then((result) => live && setRows(result.ok ? result.data.items : []));
    return () => {
      live = false;
    };
  }, [serviceId, version]);
  const value = (text: string | null) => (text === null || text === '' ? t('directoryWeb.history.empty') : text);
  return (
    <section aria-labelledby="service-history-heading">
      <h2 id="service-history-heading">{t('directoryWeb.history.heading')}</h2>
      {rows === null ? (
        <p role="status">{t('directoryWeb.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('directoryWeb.history.none')}</p>
      ) : (
        <ul className="harbor-lines" data-testid="service-history">
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a change has no id of its own; the list only grows
            <li key={index} data-testid="service-change">
              {t('directoryWeb.history.line', { field: row.field, from: value(row.oldValue), to: value(row.newValue) })}
              <span className="harbor-line__meta">
                {t('directoryWeb.history.meta', {
                  who: row.changedBy ?? t('directoryWeb.history.system'),
                  time: time(row.changedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
