import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { MeetingView, OpenEntry } from './api';

type Addendum = MeetingView['addenda'][number];

/**
 * The addenda of one youth's entry: those its answer carries (`addenda`), or else the meeting's addenda that name it.
 * The meeting's own list shows the rest, so that none is shown twice.
 */
export function entryAddenda(meeting: MeetingView, entry: OpenEntry): Addendum[] {
  const own = (entry as OpenEntry & { addenda?: Addendum[] }).addenda;
  return own ?? meeting.addenda.filter((a) => a.entryId === entry.entryId);
}

export function meetingAddenda(meeting: MeetingView): Addendum[] {
  const shown = new Set(
    meeting.entries.flatMap((e) => (e.restricted ? [] : entryAddenda(meeting, e).map((a) => a.id))),
  );
  return meeting.addenda.filter((a) => !shown.has(a.id));
}

/** Addenda as lines: the text, who added it and when. */
export function AddendaList({ items, none }: { items: readonly Addendum[]; none?: string }) {
  const { t } = useMessages();
  const time = useCountyTime();
  if (items.length === 0) return none ? <p>{none}</p> : null;
  return (
    <ul className="harbor-lines">
      {items.map((a) => (
        <li key={a.id} data-testid="meeting-addendum">
          {a.text}
          <span className="harbor-line__meta">{t('meetings.by', { name: a.by.name, time: time(a.at) })}</span>
        </li>
      ))}
    </ul>
  );
}
