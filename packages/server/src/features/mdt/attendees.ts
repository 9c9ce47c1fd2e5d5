import { toStoredTime } from '../../db/ids.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { conflicting, meetingChange, meetingFor, refused, requireEditable } from './mdt-rules.js';
import { activeUser, deleteAttendee, insertAttendee, setAttendance } from './queries.js';

type Context = { services: Pick<Services, 'database' | 'auditKey'>; actor: Actor; now: Date; meetingId: string };

/** The chair adds an attendee from any agency, as a member or a guest. */
export async function addAttendee(
  input: Context & { body: { userId: string; meetingRole: 'member' | 'guest' } },
): Promise<void> {
  const { services, actor, now, meetingId, body } = input;
  await meetingChange(services, actor, now, async (trx) => {
    const found = await meetingFor(trx, actor, meetingId);
    requireEditable(found, true);
    if (!(await activeUser(trx, body.userId))) throw refused('body.userId', 'mdt.attendee.unknown');
    if (found.attendees.some((a) => a.user_id === body.userId)) throw conflicting('mdt.attendee.already');
    await insertAttendee(trx, {
      meeting_id: meetingId,
      user_id: body.userId,
      meeting_role: body.meetingRole,
      attendance: null,
      added_at: toStoredTime(now),
    });
    return {
      result: undefined,
      event: 'mdt.meeting_changed',
      recordId: meetingId,
      details: { action: 'add_attendee' },
    };
  });
}

/** The chair removes an attendee (never the chair). */
export async function removeAttendee(input: Context & { userId: string }): Promise<void> {
  const { services, actor, now, meetingId, userId } = input;
  await meetingChange(services, actor, now, async (trx) => {
    const found = await meetingFor(trx, actor, meetingId);
    requireEditable(found, true);
    if (userId === found.meeting.chair_user_id) throw conflicting('mdt.attendee.chair');
    if (!(await deleteAttendee(trx, meetingId, userId))) throw new HarborError('not_found', 'no such attendee');
    return {
      result: undefined,
      event: 'mdt.meeting_changed',
      recordId: meetingId,
      details: { action: 'remove_attendee' },
    };
  });
}

/** The chair or a member records an attendee's attendance (present, absent, excused), until sign-off. */
export async function recordAttendance(
  input: Context & { userId: string; attendance: 'present' | 'absent' | 'excused' | null },
): Promise<void> {
  const { services, actor, now, meetingId, userId, attendance } = input;
  await meetingChange(services, actor, now, async (trx) => {
    const found = await meetingFor(trx, actor, meetingId);
    requireEditable(found);
    if (!(await setAttendance(trx, meetingId, userId, attendance))) {
      throw refused('params.userId', 'mdt.attendee.notAttendee');
    }
    return { result: undefined, event: 'mdt.meeting_changed', recordId: meetingId, details: { action: 'attendance' } };
  });
}
