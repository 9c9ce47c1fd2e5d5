import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { addDecision, type OpenEntry } from './api';
import type { EntryProps } from './entry-props';
import { TextForm } from './text-form';
import { useSend } from './use-send';

/** The team's decisions about the youth, who recorded each and when. */
export function EntryDecisions({ meeting, entry, reload }: EntryProps & { entry: OpenEntry }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const { sent, busy, send } = useSend(reload);
  const editable = meeting.status === 'scheduled' && meeting.may.edit;
  return (
    <div data-testid="entry-decisions">
      <h4>{t('meetings.decisions.heading')}</h4>
      {entry.decisions.length === 0 ? (
        <p>{t('meetings.decisions.none')}</p>
      ) : (
        <ul className="harbor-lines">
          {entry.decisions.map((d) => (
            <li key={d.id} data-testid="entry-decision">
              {d.text}
              <span className="harbor-line__meta">{t('meetings.by', { name: d.by.name, time: time(d.at) })}</span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <TextForm
          id={`${entry.entryId}-decision`}
          label={t('meetings.decisions.text')}
          submit={t('meetings.decisions.add')}
          sent={sent}
          busy={busy}
          onSend={(text) => send(() => addDecision(meeting.id, entry.entryId, text), 'meetings.decisions.added')}
        />
      )}
    </div>
  );
}
