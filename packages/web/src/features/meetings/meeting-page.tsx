import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { AddYouth } from './add-youth';
import { getMeeting, type MeetingView } from './api';
import { MeetingAttendees } from './meeting-attendees';
import { MeetingFacts } from './meeting-facts';
import { MeetingMinutes } from './meeting-minutes';
import { RosterEntry } from './roster-entry';
import type { ScheduleOutcome } from './schedule-meeting';

/**
 * /app/meetings/:id (its chair and attendees; others get "not found"): the meeting's facts and invitation, the
 * attendees and their attendance, the roster of youths (each a panel; one the reader may not see says "Restricted"
 * and nothing else), adding a youth, and the minutes: the chair's sign-off, then addenda only.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, locale } = useMessages();
  usePageTitle('meetings.page.title');
  const outcome = useLocation().state as ScheduleOutcome | null;
  const [meeting, setMeeting] = useState<MeetingView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Read again when the language changes: the meeting type's name and the agenda come in the reader's language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: locale decides the language of the answer
  const reload = useCallback(async () => {
    const result = await getMeeting(id);
    if (result.ok) setMeeting(result.data);
    else setProblem(problemOf(result));
  }, [id, locale]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (problem)
    return (
      <div className="grid-container usa-section harbor-page">
        <h1>{t('meetings.page.title')}</h1>
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">{problemText(problem, t, locale)}</p>
        </FocusAlert>
      </div>
    );
  if (!meeting)
    return (
      <p role="status" className="grid-container usa-section">
        {t('meetings.loading')}
      </p>
    );
  const open = meeting.status === 'scheduled';
  return (
    <div className="grid-container usa-section harbor-page">
      <p className="harbor-print-mark">{t('print.confidential')}</p>
      <h1 data-testid="meeting-heading">{meeting.type.name}</h1>
      {outcome && (
        <FocusAlert
          type={outcome.outcome === 'scheduled' ? 'success' : 'warning'}
          heading={t(
            outcome.outcome === 'scheduled' ? 'meetings.schedule.done' : 'meetings.schedule.attendeesNotAdded',
          )}
          testId="meeting-scheduled"
        />
      )}
      <p className="harbor-no-print">
        <Link className="usa-link" to="/app/meetings">
          {t('meetings.page.back')}
        </Link>
      </p>
      <MeetingFacts meeting={meeting} reload={reload} />
      <MeetingAttendees meeting={meeting} reload={reload} />
      <section aria-labelledby="roster-heading" data-testid="meeting-roster">
        <h2 id="roster-heading">{t('meetings.roster.heading')}</h2>
        <p className="harbor-measure">{t('meetings.roster.intro')}</p>
        {meeting.entries.length === 0 && <p>{t('meetings.roster.none')}</p>}
        {meeting.entries.map((entry) => (
          <RosterEntry key={entry.entryId} meeting={meeting} entry={entry} reload={reload} />
        ))}
      </section>
      {open && meeting.may.addYouth && <AddYouth meeting={meeting} reload={reload} />}
      <MeetingMinutes meeting={meeting} reload={reload} />
    </div>
  );
}
