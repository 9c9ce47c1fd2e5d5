import { wallTimeValue } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { ErrorSummary } from '../../components/error-summary';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import { type MeetingView, moveMeeting } from './api';
import { moveRequest, type ScheduleForm, scheduleField, scheduleProblems } from './schedule-form';
import type { useSend } from './use-send';
import { WhenWhereFields } from './when-where-fields';

/**
 * The chair's "Change the time or place" of a scheduled meeting: a button that opens a form holding today's values
 * (the time on the county's clock), checked as scheduling is; saving tells the other attendees (server side) and
 * closes the form, whose outcome the meeting's alert gives. Cancelling puts the focus back on the button.
 */
export function MoveMeeting({ meeting, sending }: { meeting: MeetingView; sending: ReturnType<typeof useSend> }) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [form, setForm] = useState<ScheduleForm | null>(null);
  const [round, setRound] = useState(0);
  const open = () =>
    setForm({
      typeId: meeting.type.id,
      startsAt: wallTimeValue(new Date(meeting.startsAt), zone),
      duration: String(meeting.durationMinutes),
      place: meeting.place ?? '',
      link: meeting.link ?? '',
      attendees: [],
    });
  const close = () => {
    setForm(null);
    setRound(0);
    requestAnimationFrame(() => document.getElementById('move-open')?.focus());
  };
  if (!form)
    return (
      <button
        type="button"
        id="move-open"
        className="usa-button usa-button--outline"
        onClick={() => {
          sending.clear();
          open();
        }}
        data-testid="meeting-move"
      >
        {t('meetings.move')}
      </button>
    );

  const set = <K extends keyof ScheduleForm>(key: K, value: ScheduleForm[K]) =>
    setForm((f) => (f ? { ...f, [key]: value } : f));
  const problems = round > 0 ? scheduleProblems(form, zone) : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRound((r) => r + 1);
    if (scheduleProblems(form, zone).length > 0) return;
    if (await sending.send(() => moveMeeting(meeting.id, moveRequest(form, zone)), 'meetings.moved')) setForm(null);
  };
  return (
    <form
      className="usa-form usa-form--large harbor-panel"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="move-heading"
      data-testid="meeting-move-form"
    >
      <h3 id="move-heading">{t('meetings.move.heading')}</h3>
      <p className="harbor-measure">{t('meetings.move.intro')}</p>
      {problems.length > 0 && (
        <ErrorSummary
          heading={t('meetings.schedule.problems')}
          focusKey={round}
          entries={problems.map((p) => ({ target: scheduleField('move', p), text: t(`meetings.error.${p}`) }))}
          onFollow={(target) => document.getElementById(target)?.focus()}
        />
      )}
      <WhenWhereFields prefix="move" form={form} problems={problems} checked={round > 0} set={set} />
      <ButtonGroup>
        <button type="submit" className="usa-button" disabled={sending.busy} data-testid="meeting-move-save">
          {t('meetings.move.save')}
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={close}>
          {t('meetings.move.keep')}
        </button>
      </ButtonGroup>
    </form>
  );
}
