import { toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { conflicting, meetingChange, meetingFor, requireEditable } from './mdt-rules.js';
import { notifyOfMeeting } from './queries.js';

/**
 * The chair moves a scheduled meeting: a new start, length, place or link (the type, chair, attendees and roster
 * stay). The invitation's sequence goes up so calendars replace their copy; a new start resets the 24-hour reminder;
 * every other attendee is told through the notifications and e-mail, which name the meeting and no youth.
 */
export async function rescheduleMeeting(input: {
  services: Pick<Services, 'database' | 'auditKey'>;
  actor: Actor;
  now: Date;
  meetingId: string;
  body: {
    startsAt: string;
    durationMinutes: number;
    place?: string | null | undefined;
    link?: string | null | undefined;
  };
}): Promise<void> {
  const { services, actor, now, meetingId, body } = input;
  await meetingChange(services, actor, now, async (trx) => {
    const found = await meetingFor(trx, actor, meetingId);
    requireEditable(found, true);
    const { meeting } = found;
    const startsAt = toStoredTime(new Date(body.startsAt));
    const moved = Date.parse(startsAt) !== Date.parse(meeting.starts_at);
    const result = await trx
      .updateTable('mdt_meeting')
      .set({
        starts_at: startsAt,
        duration_minutes: body.durationMinutes,
        place: body.place?.trim() || null,
        link: body.link ?? null,
        sequence: meeting.sequence + 1,
        ...(moved ? { reminded_at: null } : {}),
      })
      .where('id', '=', meetingId)
      .where('status', '=', 'scheduled')
      .where('sequence', '=', meeting.sequence)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflicting('mdt.meeting.changedMeanwhile');
    const told = found.attendees.filter((a) => a.user_id !== actor.userId);
    await notifyOfMeeting(
      trx,
      told.map((a) => a.user_id),
      { kind: 'mdt_changed', meetingId },
      now,
    );
    return {
      result: undefined,
      event: 'mdt.meeting_changed',
      recordId: meetingId,
      details: { action: 'reschedule', moved, notified: told.length },
    };
  });
}
