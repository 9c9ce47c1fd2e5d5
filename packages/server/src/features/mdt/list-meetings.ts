import type { Locale } from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { meetingsOf } from './queries.js';

/** The meetings the caller chairs or attends (no youth data: a count of the youths on each roster). */
export async function listMeetings(input: {
  services: Pick<Services, 'database'>;
  actor: Actor;
  locale: Locale;
  from?: string | undefined;
  to?: string | undefined;
}) {
  const { services, actor, locale } = input;
  const rows = await meetingsOf(services.database.db, actor.userId, {
    ...(input.from ? { from: toStoredTime(new Date(input.from)) } : {}),
    ...(input.to ? { to: toStoredTime(new Date(input.to)) } : {}),
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      type: { id: r.type_id, name: locale === 'es' ? r.name_es : r.name_en },
      startsAt: r.starts_at,
      durationMinutes: r.duration_minutes,
      place: r.place,
      link: r.link,
      chair: { userId: r.chair_user_id, name: r.chair_name },
      status: r.status,
      myRole: r.meeting_role,
      youthCount: Number(r.youth_count ?? 0),
    })),
  };
}
