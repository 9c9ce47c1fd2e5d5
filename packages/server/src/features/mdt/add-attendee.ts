import { toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { conflicting, meetingChange, meetingFor, refused, requireEditable } from './mdt-rules.js';
import { activeUser, insertAttendee } from './queries.js';

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
