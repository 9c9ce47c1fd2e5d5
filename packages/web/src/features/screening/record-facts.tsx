import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { LocalScreening } from '../../offline/records';
import { useYouthName, youthText } from './use-youth-name';

/** Where a record on this device stands, as a message key. */
export function recordStatusKey(record: LocalScreening): AppMessageKey {
  if (record.sentAs) return 'screeningForm.status.sent';
  if (record.conflict) return 'screeningForm.status.conflict';
  if (record.rejection) return 'screeningForm.status.rejected';
  if (record.pending) {
    return record.status === 'completed' ? 'screeningForm.status.waiting' : 'screeningForm.status.draftWaiting';
  }
  if (record.status === 'completed') return 'screeningForm.status.waiting';
  if (record.serverId) return 'screeningForm.status.draftSaved';
  return 'screeningForm.status.deviceOnly';
}

/** Who the screening is about, and where it stands; a note when the device is offline. */
export function RecordFacts({ record, online }: { record: LocalScreening; online: boolean }) {
  const { t } = useMessages();
  const named = useYouthName(record.youthId);
  return (
    <>
      <dl className="harbor-facts harbor-facts--inline" data-testid="record-facts">
        <dt>{t('screeningForm.facts.youth')}</dt>
        <dd data-testid="record-youth">{youthText(record.youthId, named, t)}</dd>
        <dt>{t('screeningForm.facts.status')}</dt>
        <dd data-testid="record-status">{t(recordStatusKey(record))}</dd>
        {record.kind === 'correction' && (
          <>
            <dt>{t('screeningForm.facts.kind')}</dt>
            <dd>{t('screeningForm.facts.correction')}</dd>
          </>
        )}
      </dl>
      {!online && (
        <div className="usa-alert usa-alert--info usa-alert--slim" data-testid="offline-notice">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('screeningForm.offline.notice')}</p>
          </div>
        </div>
      )}
    </>
  );
}
