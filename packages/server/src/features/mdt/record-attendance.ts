import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { meetingChange, meetingFor, refused, requireEditable } from './mdt-rules.js';
import { setAttendance } from './queries.js';

type Context = { services: Pick<Services, 'database' | 'auditKey'>; actor: Actor; now: Date; meetingId: string };

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
