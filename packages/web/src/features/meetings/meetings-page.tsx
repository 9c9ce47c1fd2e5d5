import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { listMyMeetings, type MeetingLine } from './api';
import { ScheduleMeeting } from './schedule-meeting';

/** One meeting in my list: its type and time (a link to its page), my part, its status, chair and youths. */
function MeetingLines({ items, none }: { items: MeetingLine[]; none: string }) {
  const { t } = useMessages();
  const time = useCountyTime();
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul className="harbor-lines">
      {items.map((m) => (
        <li key={m.id} data-testid="meeting-line">
          <Link className="usa-link" to={`/app/meetings/${encodeURIComponent(m.id)}`}>
            {t('meetings.line', { type: m.type.name, time: time(m.startsAt) })}
          </Link>{' '}
          <span className="usa-tag harbor-tag">{t(`meetings.role.${m.myRole}`)}</span>
          {m.status !== 'scheduled' && (
            <span className="usa-tag harbor-tag harbor-tag--quiet">{t(`meetings.status.${m.status}`)}</span>
          )}
          <span className="harbor-line__meta">
            {t('meetings.line.chair', { name: m.chair.name })}
            {' · '}
            {t('meetings.line.youths', { count: m.youthCount })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** /app/meetings: the MDT meetings I chair or attend, upcoming then past, and scheduling a new one. */
export function MeetingsPage() {
  const { t, locale } = useMessages();
  usePageTitle('meetings.list.title');
  const [items, setItems] = useState<MeetingLine[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Read again when the language changes: the meeting types' names come in the reader's language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: locale decides the language of the answer
  useEffect(() => {
    void listMyMeetings().then((result) => {
      if (result.ok) setItems(result.data.items);
      else setProblem(problemOf(result));
    });
  }, [locale]);
  const now = Date.now();
  const ends = (m: MeetingLine) => Date.parse(m.startsAt) + m.durationMinutes * 60_000;
  const upcoming = (items ?? []).filter((m) => ends(m) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = (items ?? []).filter((m) => ends(m) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('meetings.list.title')}</h1>
      <p className="usa-intro harbor-measure">{t('meetings.list.intro')}</p>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">{problemText(problem, t, locale)}</p>
        </FocusAlert>
      )}
      {items === null && !problem && <p role="status">{t('meetings.loading')}</p>}
      {items && (
        <>
          <section aria-labelledby="meetings-upcoming" data-testid="meetings-upcoming">
            <h2 id="meetings-upcoming">{t('meetings.list.upcoming')}</h2>
            <MeetingLines items={upcoming} none={t('meetings.list.noneUpcoming')} />
          </section>
          <section aria-labelledby="meetings-past" data-testid="meetings-past">
            <h2 id="meetings-past">{t('meetings.list.past')}</h2>
            <MeetingLines items={past} none={t('meetings.list.nonePast')} />
          </section>
        </>
      )}
      <ScheduleMeeting />
    </div>
  );
}
