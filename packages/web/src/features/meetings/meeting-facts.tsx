import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { cancelMeeting, invitationHref, type MeetingView } from './api';
import { ConfirmButton } from './confirm-button';
import { MoveMeeting } from './move-meeting';
import { SentAlert } from './sent-alert';
import { useSend } from './use-send';

/**
 * The meeting's facts (when, how long, where or the link, who chairs, its status), its calendar invitation (no youth
 * data) and, for the chair before sign-off, moving it to another time or place and cancelling it (after a confirmation).
 */
export function MeetingFacts({ meeting, reload }: { meeting: MeetingView; reload: () => Promise<void> }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const sending = useSend(reload);
  const { sent, busy, send } = sending;
  const where = [meeting.place, meeting.link].filter(Boolean);
  return (
    <>
      <dl className="harbor-facts" data-testid="meeting-facts">
        <dt>{t('meetings.page.when')}</dt>
        <dd>
          {time(meeting.startsAt)} ({t('meetings.page.length', { minutes: meeting.durationMinutes })})
        </dd>
        <dt>{t('meetings.page.where')}</dt>
        <dd>
          {meeting.place && <span className="display-block">{meeting.place}</span>}
          {meeting.link && (
            <a className="usa-link display-block" href={meeting.link} rel="noreferrer noopener" target="_blank">
              {meeting.link}
            </a>
          )}
          {where.length === 0 && t('meetings.page.nowhere')}
        </dd>
        <dt>{t('meetings.page.chair')}</dt>
        <dd>{meeting.chair.name}</dd>
        <dt>{t('meetings.page.status')}</dt>
        <dd data-testid="meeting-status">{t(`meetings.status.${meeting.status}`)}</dd>
      </dl>
      <p className="harbor-no-print">
        <a className="usa-link" href={invitationHref(meeting.id)} download data-testid="meeting-invitation">
          {t('meetings.page.invitation')}
        </a>
        <span className="display-block usa-hint">{t('meetings.page.invitationHint')}</span>
      </p>
      <SentAlert sent={sent} />
      {meeting.status === 'scheduled' && meeting.may.sign && (
        <div className="harbor-no-print">
          <MoveMeeting meeting={meeting} sending={sending} />
          <ConfirmButton
            label={t('meetings.cancel')}
            question={t('meetings.cancel.text')}
            confirm={t('meetings.cancel.confirm')}
            keep={t('meetings.cancel.keep')}
            busy={busy}
            testId="meeting-cancel-confirm"
            onConfirm={() => void send(() => cancelMeeting(meeting.id), 'meetings.cancelled')}
          />
        </div>
      )}
    </>
  );
}
