import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { addAgendaItem, type OpenEntry } from './api';
import type { EntryProps } from './entry-props';
import { TextForm } from './text-form';
import { useSend } from './use-send';

/** What is open for the youth (steps due or overdue, referrals waiting, court dates, safety, the youth's own goals) and what members added. */
export function EntryAgenda({ meeting, entry, reload }: EntryProps & { entry: OpenEntry }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const { sent, busy, send } = useSend(reload);
  const editable = meeting.status === 'scheduled' && meeting.may.edit;
  return (
    <div data-testid="entry-agenda">
      <h4>{t('meetings.agenda.heading')}</h4>
      {entry.agenda.length === 0 ? (
        <p>{t('meetings.agenda.none')}</p>
      ) : (
        <ul className="harbor-lines">
          {entry.agenda.map((item) => (
            <li key={item.id} data-kind={item.kind}>
              <span className="usa-tag harbor-tag">{t(`meetings.agenda.kind.${item.kind}` as AppMessageKey)}</span>{' '}
              {item.link ? (
                <Link className="usa-link" to={item.link}>
                  {item.text}
                </Link>
              ) : (
                item.text
              )}
              {item.dueAt && (
                <span className="harbor-line__meta">{t('meetings.agenda.due', { time: time(item.dueAt) })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <TextForm
          id={`${entry.entryId}-item`}
          label={t('meetings.agenda.item')}
          submit={t('meetings.agenda.add')}
          sent={sent}
          busy={busy}
          onSend={(text) => send(() => addAgendaItem(meeting.id, entry.entryId, text), 'meetings.agenda.added')}
        />
      )}
    </div>
  );
}
