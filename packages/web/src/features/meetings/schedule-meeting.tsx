import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { SelectField } from '../../components/select-field';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { addAttendee, createMeeting, listMeetingTypes, type MeetingType } from './api';
import {
  EMPTY_SCHEDULE,
  type ScheduleForm,
  type ScheduleProblem,
  scheduleField,
  scheduleProblems,
  scheduleRequest,
} from './schedule-form';
import { StaffPicker } from './staff-picker';
import { WhenWhereFields } from './when-where-fields';

/** What scheduling came to, for the meeting page's first alert. */
export type ScheduleOutcome = { outcome: 'scheduled' | 'attendeesNotAdded' };

/**
 * "Schedule a meeting" (staff who may write youth records): the type (the county's), the date and time on the county's
 * clock, the length, the place or video link, and the colleagues to invite with their part. The caller chairs it.
 */
export function ScheduleMeeting() {
  const { t, locale } = useMessages();
  const zone = useCountyZone();
  const navigate = useNavigate();
  const mayCreate = roleMay(useSignedIn().user.role, 'youth.write');
  const [types, setTypes] = useState<MeetingType[]>([]);
  const [form, setForm] = useState<ScheduleForm>(EMPTY_SCHEDULE);
  const [round, setRound] = useState(0);
  const [failure, setFailure] = useState<{ problem: Problem; key: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ScheduleForm>(key: K, value: ScheduleForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  useEffect(() => {
    if (mayCreate) void listMeetingTypes().then((r) => r.ok && setTypes(r.data.items.filter((type) => type.active)));
  }, [mayCreate]);
  if (!mayCreate) return null;

  const problems = round > 0 ? scheduleProblems(form, zone) : [];
  const error = (p: ScheduleProblem) => (problems.includes(p) ? t(`meetings.error.${p}`) : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRound((r) => r + 1);
    if (scheduleProblems(form, zone).length > 0) return;
    setBusy(true);
    const created = await createMeeting(scheduleRequest(form, zone));
    if (!created.ok) {
      setBusy(false);
      return setFailure((f) => ({ problem: problemOf(created), key: (f?.key ?? 0) + 1 }));
    }
    const { id } = created.data;
    let all = true;
    for (const a of form.attendees) all = (await addAttendee(id, a.userId, a.meetingRole)).ok && all;
    const state: ScheduleOutcome = { outcome: all ? 'scheduled' : 'attendeesNotAdded' };
    void navigate(`/app/meetings/${encodeURIComponent(id)}`, { state });
  };

  return (
    <section aria-labelledby="schedule-heading" className="harbor-panel" data-testid="schedule-meeting">
      <h2 id="schedule-heading">{t('meetings.schedule.heading')}</h2>
      <p className="harbor-measure">{t('meetings.schedule.intro')}</p>
      {problems.length > 0 && (
        <ErrorSummary
          heading={t('meetings.schedule.problems')}
          focusKey={round}
          entries={problems.map((p) => ({ target: scheduleField('meeting', p), text: t(`meetings.error.${p}`) }))}
          onFollow={(target) => document.getElementById(target)?.focus()}
        />
      )}
      {failure && (
        <FocusAlert type="error" heading={t('meetings.notSaved')} focusKey={failure.key}>
          <p className="usa-alert__text">{problemText(failure.problem, t, locale)}</p>
        </FocusAlert>
      )}
      <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          id="meeting-type"
          label={t('meetings.field.type')}
          choose={t('meetings.field.choose')}
          options={types.map((type) => ({ value: type.id, label: type.name }))}
          error={error('type')}
          value={form.typeId}
          onChange={(e) => set('typeId', e.target.value)}
        />
        <WhenWhereFields prefix="meeting" form={form} problems={problems} checked={round > 0} set={set} />
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend harbor-legend">{t('meetings.staff.chosen')}</legend>
          {form.attendees.length > 0 && (
            <ul className="harbor-lines" data-testid="schedule-attendees">
              {form.attendees.map((a) => (
                <li key={a.userId}>
                  {a.label} <span className="usa-tag harbor-tag">{t(`meetings.role.${a.meetingRole}`)}</span>{' '}
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled"
                    onClick={() =>
                      set(
                        'attendees',
                        form.attendees.filter((x) => x.userId !== a.userId),
                      )
                    }
                  >
                    {t('meetings.staff.remove', { name: a.label })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <StaffPicker
            idPrefix="schedule-staff"
            onAdd={(person, meetingRole) => {
              const label = t('meetings.staff.line', { name: person.displayName, agency: person.agencyName });
              set('attendees', [
                ...form.attendees.filter((x) => x.userId !== person.id),
                { userId: person.id, label, meetingRole },
              ]);
              return true;
            }}
          />
        </fieldset>
        <button type="submit" className="usa-button margin-top-3" disabled={busy} data-testid="schedule-submit">
          {t('meetings.schedule.submit')}
        </button>
      </form>
    </section>
  );
}
