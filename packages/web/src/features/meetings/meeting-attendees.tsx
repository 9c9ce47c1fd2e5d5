import { useState } from 'react';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import {
  ATTENDANCES,
  type Attendance,
  type Attendee,
  addAttendee,
  type MeetingView,
  removeAttendee,
  setAttendance,
} from './api';
import { ConfirmButton } from './confirm-button';
import { SentAlert } from './sent-alert';
import { StaffPicker } from './staff-picker';
import { useSend } from './use-send';

/** One attendee's attendance, recorded by the chair until the minutes are signed off (a choice, then "Save"). */
function AttendanceCell({
  meeting,
  attendee,
  reload,
}: {
  meeting: MeetingView;
  attendee: Attendee;
  reload: () => Promise<void>;
}) {
  const { t } = useMessages();
  const [value, setValue] = useState<Attendance | ''>(attendee.attendance ?? '');
  const { sent, busy, send } = useSend(reload);
  const id = `attendance-${attendee.userId}`;
  return (
    <div className="harbor-attendance">
      <label className="usa-sr-only" htmlFor={id}>
        {t('meetings.attendees.attendanceOf', { name: attendee.name })}
      </label>
      <select id={id} className="usa-select" value={value} onChange={(e) => setValue(e.target.value as Attendance)}>
        <option value="">{t('meetings.attendance.none')}</option>
        {ATTENDANCES.map((a) => (
          <option key={a} value={a}>
            {t(`meetings.attendance.${a}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="usa-button usa-button--outline margin-top-1"
        disabled={busy || (value || null) === attendee.attendance}
        aria-describedby={id}
        onClick={() =>
          void send(
            () => setAttendance(meeting.id, attendee.userId, value || null),
            'meetings.attendees.attendanceSaved',
            {
              name: attendee.name,
              attendance: t(value ? `meetings.attendance.${value}` : 'meetings.attendance.none'),
            },
          )
        }
      >
        {t('meetings.save')}
      </button>
      <SentAlert sent={sent} />
    </div>
  );
}

/** The attendees (any agency) with their role and part and their attendance; inviting more while the meeting is open. */
export function MeetingAttendees({ meeting, reload }: { meeting: MeetingView; reload: () => Promise<void> }) {
  const { t } = useMessages();
  const { sent, busy, send } = useSend(reload);
  const editable = meeting.status === 'scheduled' && meeting.may.edit;
  return (
    <section aria-labelledby="attendees-heading" data-testid="meeting-attendees">
      <h2 id="attendees-heading">{t('meetings.attendees.heading')}</h2>
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <thead>
          <tr>
            <th scope="col">{t('meetings.attendees.name')}</th>
            <th scope="col">{t('meetings.attendees.agency')}</th>
            <th scope="col">{t('meetings.attendees.staffRole')}</th>
            <th scope="col">{t('meetings.attendees.meetingRole')}</th>
            <th scope="col">{t('meetings.attendees.attendance')}</th>
            {editable && (
              <th scope="col">
                <span className="usa-sr-only">{t('meetings.attendees.removeColumn')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {meeting.attendees.map((a) => (
            <tr key={a.userId} data-testid="meeting-attendee">
              <th scope="row" data-label={t('meetings.attendees.name')}>
                {a.name}
              </th>
              <td data-label={t('meetings.attendees.agency')}>{a.agencyName}</td>
              <td data-label={t('meetings.attendees.staffRole')}>{t(`roleName.${a.staffRole}` as AppMessageKey)}</td>
              <td data-label={t('meetings.attendees.meetingRole')}>{t(`meetings.role.${a.meetingRole}`)}</td>
              <td data-label={t('meetings.attendees.attendance')} data-testid="meeting-attendance">
                {editable ? (
                  <AttendanceCell meeting={meeting} attendee={a} reload={reload} />
                ) : (
                  t(a.attendance ? `meetings.attendance.${a.attendance}` : 'meetings.attendance.none')
                )}
              </td>
              {editable && (
                <td data-label={t('meetings.attendees.removeColumn')}>
                  {a.meetingRole !== 'chair' && (
                    <ConfirmButton
                      label={t('meetings.attendees.remove', { name: a.name })}
                      question={t('meetings.attendees.removeText', { name: a.name })}
                      confirm={t('meetings.attendees.removeConfirm')}
                      keep={t('meetings.attendees.removeKeep')}
                      busy={busy}
                      testId={`meeting-remove-${a.userId}`}
                      onConfirm={() =>
                        void send(() => removeAttendee(meeting.id, a.userId), 'meetings.attendees.removed', {
                          name: a.name,
                        })
                      }
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <div className="harbor-no-print">
          <h3>{t('meetings.attendees.addHeading')}</h3>
          <SentAlert sent={sent} />
          <StaffPicker
            idPrefix="meeting-staff"
            busy={busy}
            onAdd={(person, role) =>
              send(() => addAttendee(meeting.id, person.id, role), 'meetings.attendees.added', {
                name: person.displayName,
              })
            }
          />
        </div>
      )}
    </section>
  );
}
