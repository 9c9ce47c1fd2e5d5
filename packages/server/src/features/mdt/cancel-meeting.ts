import { toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { conflicting, meetingChange, meetingFor, requireEditable } from './mdt-rules.js';
import { setMeetingStatus } from './queries.js';

type Context = { services: Pick<Services, 'database' | 'auditKey'>; actor: Actor; now: Date; meetingId: string };

/** The chair cancels a meeting before sign-off: nothing more is recorded, its disclosures open nothing more. */
export async function cancelMeeting(input: Context): Promise<void> {
  const { services, actor, now, meetingId } = input;
  await meetingChange(services, actor, now, async (trx) => {
    requireEditable(await meetingFor(trx, actor, meetingId), true);
    if (
      !(await setMeetingStatus(trx, meetingId, 'scheduled', { status: 'cancelled', cancelled_at: toStoredTime(now) }))
    ) {
      throw conflicting('mdt.minutes.signed');
    }
    return { result: undefined, event: 'mdt.meeting_changed', recordId: meetingId, details: { action: 'cancel' } };
  });
}
