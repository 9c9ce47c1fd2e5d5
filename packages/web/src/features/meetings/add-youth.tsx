import { FindYouth } from '../../components/find-youth';
import { useMessages } from '../../i18n';
import { addEntry, type MeetingView } from './api';
import { SentAlert } from './sent-alert';
import { useSend } from './use-send';

/** Adding a youth to the agenda: "Find the youth" lists only the youths the reader may see (the records gate). */
export function AddYouth({ meeting, reload }: { meeting: MeetingView; reload: () => Promise<void> }) {
  const { t } = useMessages();
  const { sent, send } = useSend(reload);
  return (
    <section aria-labelledby="add-youth-heading" className="harbor-no-print" data-testid="meeting-add-youth">
      <h2 id="add-youth-heading">{t('meetings.roster.add')}</h2>
      <SentAlert sent={sent} testId="add-youth-outcome" />
      <FindYouth
        idPrefix="meeting-youth"
        heading={t('meetings.roster.find')}
        chooseLabel={(name) => t('meetings.roster.addChoose', { name })}
        onChoose={(youth) =>
          void send(() => addEntry(meeting.id, youth.id), 'meetings.roster.added', { name: youth.name })
        }
      />
    </section>
  );
}
