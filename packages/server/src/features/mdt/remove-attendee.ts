import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { conflicting, meetingChange, meetingFor, requireEditable } from './mdt-rules.js';
import { deleteAttendee } from './queries.js';

type Context = { services: Pick<Services, 'database' | 'auditKey'>; actor: Actor; now: Date; meetingId: string };

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
