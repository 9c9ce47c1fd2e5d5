import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { AddendaList, entryAddenda } from './addenda-list';
import type { Entry } from './api';
import { EntryActions } from './entry-actions';
import { EntryAgenda } from './entry-agenda';
import { EntryDecisions } from './entry-decisions';
import { EntryDisclosures } from './entry-disclosures';
import { EntryNotes } from './entry-notes';
import type { EntryProps } from './entry-props';

/**
 * One youth on the agenda, as the reader may see them. A youth the records gate keeps from the reader is "Restricted"
 * and nothing else (no name, no count, no content). Otherwise: the name (a link to the record for those with access),
 * how the reader sees them, the agenda, notes, decisions, action items and disclosures.
 */
export function RosterEntry({ meeting, entry, reload }: EntryProps & { entry: Entry }) {
  const { t } = useMessages();
  const heading = `entry-${entry.entryId}`;
  if (entry.restricted)
    return (
      <section aria-labelledby={heading} className="harbor-entry" data-testid="roster-entry" data-restricted="true">
        <h3 id={heading}>{t('meetings.roster.restricted')}</h3>
      </section>
    );
  const classes = entry.classes.map((c) => t(`meetings.fieldClass.${c}` as AppMessageKey)).join(', ');
  return (
    <section aria-labelledby={heading} className="harbor-entry" data-testid="roster-entry" data-restricted="false">
      <h3 id={heading}>{entry.displayName}</h3>
      <p className="harbor-measure" data-testid="roster-entry-via">
        {entry.via === 'access' ? t('meetings.roster.viaAccess') : t('meetings.roster.viaDisclosure', { classes })}
        {entry.via === 'access' && (
          <>
            {' '}
            <Link className="usa-link harbor-no-print" to={`/app/youth/${encodeURIComponent(entry.youthId)}`}>
              {t('meetings.roster.youthLink', { name: entry.displayName })}
            </Link>
          </>
        )}
      </p>
      <EntryAgenda meeting={meeting} entry={entry} reload={reload} />
      <EntryNotes meeting={meeting} entry={entry} reload={reload} />
      <EntryDecisions meeting={meeting} entry={entry} reload={reload} />
      <EntryActions meeting={meeting} entry={entry} reload={reload} />
      <EntryDisclosures meeting={meeting} entry={entry} reload={reload} />
      {meeting.status === 'signed' && entryAddenda(meeting, entry).length > 0 && (
        <div data-testid="entry-addenda">
          <h4>{t('meetings.addenda.heading')}</h4>
          <AddendaList items={entryAddenda(meeting, entry)} />
        </div>
      )}
    </section>
  );
}
