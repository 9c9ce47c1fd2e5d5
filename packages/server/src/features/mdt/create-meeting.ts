import { newId, toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { meetingChange, refused } from './mdt-rules.js';
import { activeUser, insertAttendee, insertMeeting, meetingType } from './queries.js';

/** Schedules a meeting (any staff with `youth.write`); its chair (the creator by default) is its first attendee. */
export async function createMeeting(input: {
  services: Pick<Services, 'database' | 'auditKey'>;
  actor: Actor;
  now: Date;
  body: {
    typeId: string;
    startsAt: string;
    durationMinutes: number;
    place?: string | null | undefined;
    link?: string | null | undefined;
    chairUserId?: string | undefined;
  };
}): Promise<string> {
  const { services, actor, now, body } = input;
  return meetingChange(services, actor, now, async (trx) => {
    const type = await meetingType(trx, body.typeId);
    if (!type) throw refused('body.typeId', 'mdt.type.unknown');
    if (type.active !== 1) throw refused('body.typeId', 'mdt.type.inactive');
    const chairId = body.chairUserId ?? actor.userId;
    if (!(await activeUser(trx, chairId))) throw refused('body.chairUserId', 'mdt.meeting.chairUnknown');
    const id = newId();
    const at = toStoredTime(now);
    await insertMeeting(trx, {
      id,
      type_id: type.id,
      starts_at: toStoredTime(new Date(body.startsAt)),
      duration_minutes: body.durationMinutes,
      place: body.place?.trim() || null,
      link: body.link ?? null,
      chair_user_id: chairId,
      status: 'scheduled',
      created_by: actor.userId,
      signed_at: null,
      signed_by: null,
      cancelled_at: null,
      reminded_at: null,
      created_at: at,
      sequence: 0,
    });
    await insertAttendee(trx, {
      meeting_id: id,
      user_id: chairId,
      meeting_role: 'chair',
      attendance: null,
      added_at: at,
    });
    if (chairId !== actor.userId) {
      await insertAttendee(trx, {
        meeting_id: id,
        user_id: actor.userId,
        meeting_role: 'member',
        attendance: null,
        added_at: at,
      });
    }
    return { result: id, event: 'mdt.meeting_created', recordId: id };
  });
}
