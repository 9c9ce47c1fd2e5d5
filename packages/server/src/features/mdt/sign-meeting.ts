import { toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { conflicting, meetingChange, meetingFor, requireEditable } from './mdt-rules.js';
import { setMeetingStatus } from './queries.js';

type Context = { services: Pick<Services, 'database' | 'auditKey'>; actor: Actor; now: Date; meetingId: string };

/** The chair signs off the minutes: from then on they change only by addendum. */
export async function signMeeting(input: Context): Promise<void> {
  const { services, actor, now, meetingId } = input;
  await meetingChange(services, actor, now, async (trx) => {
    requireEditable(await meetingFor(trx, actor, meetingId), true);
    const at = toStoredTime(now);
    if (
      !(await setMeetingStatus(trx, meetingId, 'scheduled', {
        status: 'signed',
        signed_at: at,
        signed_by: actor.userId,
      }))
    ) {
      throw conflicting('mdt.minutes.signed');
    }
    return { result: undefined, event: 'mdt.meeting_signed', recordId: meetingId };
  });
}
