import { type Locale, translate } from '@harbor/core';
import { createEvent } from 'ics';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { meetingFor } from './mdt-rules.js';
import { meetingType, userNames } from './queries.js';

/**
 * A meeting's calendar invitation (iCalendar, the `ics` library), for its chair and attendees: the type's name,
 * start, length, place or link, the chair and a link to the meeting's page. Never a youth's name or anything from
 * the roster: a calendar is shared and synchronised far beyond Harbor.
 */
export async function meetingInvitation(input: {
  services: Pick<Services, 'database' | 'config'>;
  actor: Actor;
  locale: Locale;
  meetingId: string;
}): Promise<string> {
  const { services, actor, locale, meetingId } = input;
  const db = services.database.db;
  const { meeting } = await meetingFor(db, actor, meetingId);
  const type = await meetingType(db, meeting.type_id);
  const chair = (await userNames(db, [meeting.chair_user_id])).get(meeting.chair_user_id) ?? '';
  const page = new URL(`/app/meetings/${meeting.id}`, services.config.publicUrl).href;
  const description = [
    translate(locale, 'mdt.invitation.chair', { name: chair }),
    ...(meeting.link ? [meeting.link] : []),
    translate(locale, 'mdt.invitation.open', { url: page }),
    translate(locale, 'mdt.invitation.confidential'),
  ].join('\n');
  const { error, value } = createEvent({
    uid: `${meeting.id}@harbor`,
    // A calendar replaces its copy only with a higher sequence: one more each time the meeting moves.
    sequence: meeting.sequence,
    productId: 'harbor/mdt',
    title: (locale === 'es' ? type?.name_es : type?.name_en) ?? meeting.type_id,
    start: new Date(meeting.starts_at).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.duration_minutes },
    description,
    ...(meeting.place || meeting.link ? { location: meeting.place ?? meeting.link ?? '' } : {}),
    url: page,
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  });
  if (error || !value) throw new HarborError('internal', `invitation: ${error?.message ?? 'empty'}`);
  return value;
}
