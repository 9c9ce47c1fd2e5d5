import { useState } from 'react';
import { SelectField } from '../../components/select-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { AddendaList, meetingAddenda } from './addenda-list';
import { addAddendum, type MeetingView, signMinutes } from './api';
import { ConfirmButton } from './confirm-button';
import { SentAlert } from './sent-alert';
import { TextForm } from './text-form';
import { useSend } from './use-send';

/**
 * The minutes: before sign-off, the chair signs them off (after a confirmation that says what it means); after, who
 * signed and when, the addenda (for the meeting or one youth the reader sees) and adding one: nothing else changes.
 */
export function MeetingMinutes({ meeting, reload }: { meeting: MeetingView; reload: () => Promise<void> }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const signing = useSend(reload);
  const adding = useSend(reload);
  const [about, setAbout] = useState('');
  const names = new Map(meeting.entries.flatMap((e) => (e.restricted ? [] : [[e.entryId, e.displayName] as const])));
  if (meeting.status === 'cancelled') return null;
  return (
    <section aria-labelledby="minutes-heading" data-testid="meeting-minutes">
      <h2 id="minutes-heading">{t('meetings.minutes.heading')}</h2>
      <SentAlert sent={signing.sent} testId="minutes-outcome" />
      {meeting.status === 'signed' ? (
        <p data-testid="minutes-signed">
          {t('meetings.minutes.signed', {
            name: meeting.signedBy?.name ?? '—',
            time: meeting.signedAt ? time(meeting.signedAt) : '—',
          })}
        </p>
      ) : meeting.may.sign ? (
        <div className="harbor-no-print">
          <p className="harbor-measure">{t('meetings.minutes.signIntro')}</p>
          <ConfirmButton
            label={t('meetings.minutes.sign')}
            question={t('meetings.minutes.confirmText')}
            confirm={t('meetings.minutes.confirm')}
            keep={t('meetings.minutes.cancelConfirm')}
            busy={signing.busy}
            primary
            testId="minutes-confirm"
            onConfirm={() => void signing.send(() => signMinutes(meeting.id), 'meetings.minutes.signedNow')}
          />
        </div>
      ) : (
        <p>{t('meetings.minutes.notSigned')}</p>
      )}
      {meeting.status === 'signed' && (
        <div data-testid="meeting-addenda">
          <h3>{t('meetings.addenda.heading')}</h3>
          <AddendaList items={meetingAddenda(meeting)} none={t('meetings.addenda.none')} />
          <TextForm
            id="addendum-text"
            label={t('meetings.addenda.text')}
            submit={t('meetings.addenda.add')}
            sent={adding.sent}
            busy={adding.busy}
            testId="addendum-form"
            onSend={(text) => adding.send(() => addAddendum(meeting.id, text, about || null), 'meetings.addenda.added')}
          >
            <SelectField
              id="addendum-about"
              label={t('meetings.addenda.about')}
              choose={t('meetings.addenda.wholeMeeting')}
              options={[...names].map(([value, label]) => ({ value, label }))}
              value={about}
              onChange={(e) => setAbout(e.target.value)}
            />
          </TextForm>
        </div>
      )}
    </section>
  );
}
