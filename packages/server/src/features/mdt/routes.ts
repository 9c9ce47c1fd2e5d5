import {
  AddAttendeeBody,
  AddEntryBody,
  AddendumBody,
  AgendaItemBody,
  AttendanceBody,
  CreateMeetingBody,
  DecisionBody,
  DisclosureBody,
  EntryCreated,
  GoalBody,
  GoalList,
  MdtActionBody,
  MdtActionParams,
  MdtCreated,
  MeetingAttendeeParams,
  MeetingEntryParams,
  MeetingIdParams,
  MeetingList,
  MeetingsQuery,
  MeetingTypeBody,
  MeetingTypeList,
  MeetingTypeParams,
  MeetingView,
  NoteBody,
  RescheduleMeetingBody,
  YouthDisclosureList,
  YouthMdtParams,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission, SIGNED_IN } from '../../http/access.js';
import type { Services } from '../../services.js';
import { addAction } from './add-action.js';
import { addAddendum } from './add-addendum.js';
import { addAttendee } from './add-attendee.js';
import { addEntry } from './add-entry.js';
import { addGoal } from './add-goal.js';
import { cancelMeeting } from './cancel-meeting.js';
import { changeMeetingType } from './change-meeting-type.js';
import { completeAction } from './complete-action.js';
import { createMeeting } from './create-meeting.js';
import { disclose } from './disclose.js';
import { listGoals } from './list-goals.js';
import { listMeetingTypes } from './list-meeting-types.js';
import { listMeetings } from './list-meetings.js';
import { listYouthDisclosures } from './list-youth-disclosures.js';
import { meetingInvitation } from './meeting-invitation.js';
import { readMeeting } from './read-meeting.js';
import { recordAttendance } from './record-attendance.js';
import { removeAttendee } from './remove-attendee.js';
import { rescheduleMeeting } from './reschedule-meeting.js';
import { signMeeting } from './sign-meeting.js';
import { writeEntryText } from './write-entry-text.js';

/** MDT meetings: types, meetings and attendees, the roster through the records gate, disclosures, minutes. */
export async function mdtRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { gate } = services;
  const actor = services.actorOf;
  const tags = ['mdt'];
  const read = { config: { access: permission('youth.read'), errors: [404] as const } };
  const write = { config: { access: permission('youth.write'), errors: [404, 409] as const } };
  const noContent = { 204: z.null() };
  const context = async (request: Parameters<typeof actor>[0]) => ({
    services,
    actor: await actor(request),
    now: gate.now(),
  });

  api.get(
    '/api/v1/mdt/meeting-types',
    {
      // Names only, no youth data: every signed-in person, the administrators who keep them too.
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'The county’s MDT meeting types', response: { 200: MeetingTypeList } },
    },
    async (request) => listMeetingTypes(services, request.locale),
  );

  api.put(
    '/api/v1/mdt/meeting-types/:id',
    {
      config: { access: permission('mdt.types') },
      schema: {
        tags,
        summary: 'Rename, add or retire a meeting type (administrators)',
        params: MeetingTypeParams,
        body: MeetingTypeBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await changeMeetingType({ ...(await context(request)), id: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/mdt/meetings',
    {
      config: { access: permission('youth.read') },
      schema: {
        tags,
        summary: 'The meetings the caller chairs or attends',
        querystring: MeetingsQuery,
        response: { 200: MeetingList },
      },
    },
    async (request) =>
      listMeetings({ services, actor: await actor(request), locale: request.locale, ...request.query }),
  );

  api.post(
    '/api/v1/mdt/meetings',
    {
      config: { access: permission('youth.write') },
      schema: { tags, summary: 'Schedule a meeting', body: CreateMeetingBody, response: { 201: MdtCreated } },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await createMeeting({ ...(await context(request)), body: request.body }) }),
  );

  api.get(
    '/api/v1/mdt/meetings/:id',
    {
      config: { ...read.config, youthData: { items: 'entries', placeholder: 'restricted' } },
      schema: {
        tags,
        summary: 'A meeting: attendees, the roster (a youth the caller may not see is "restricted"), minutes',
        params: MeetingIdParams,
        response: { 200: MeetingView },
      },
    },
    async (request) =>
      readMeeting({
        gate,
        actor: await actor(request),
        locale: request.locale,
        timeZone: services.config.timeZone,
        meetingId: request.params.id,
      }),
  );

  api.get(
    '/api/v1/mdt/meetings/:id/invitation.ics',
    {
      ...read,
      schema: {
        tags,
        summary: 'The meeting’s calendar invitation (no youth data)',
        params: MeetingIdParams,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const ics = await meetingInvitation({
        services,
        actor: await actor(request),
        locale: request.locale,
        meetingId: request.params.id,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="meeting.ics"')
        .send(ics);
    },
  );

  api.post(
    '/api/v1/mdt/meetings/:id/attendees',
    {
      ...write,
      schema: {
        tags,
        summary: 'Add an attendee (the chair)',
        params: MeetingIdParams,
        body: AddAttendeeBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await addAttendee({ ...(await context(request)), meetingId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  api.delete(
    '/api/v1/mdt/meetings/:id/attendees/:userId',
    {
      ...write,
      schema: { tags, summary: 'Remove an attendee (the chair)', params: MeetingAttendeeParams, response: noContent },
    },
    async (request, reply) => {
      await removeAttendee({
        ...(await context(request)),
        meetingId: request.params.id,
        userId: request.params.userId,
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/v1/mdt/meetings/:id/attendees/:userId/attendance',
    {
      ...write,
      schema: {
        tags,
        summary: 'Record an attendee’s attendance',
        params: MeetingAttendeeParams,
        body: AttendanceBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await recordAttendance({
        ...(await context(request)),
        meetingId: request.params.id,
        userId: request.params.userId,
        attendance: request.body.attendance,
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/mdt/meetings/:id/entries',
    {
      ...write,
      schema: {
        tags,
        summary: 'Put a youth on the agenda (a member who may change the youth’s records)',
        params: MeetingIdParams,
        body: AddEntryBody,
        response: { 201: EntryCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        entryId: await addEntry({
          gate,
          actor: await actor(request),
          meetingId: request.params.id,
          youthId: request.body.youthId,
        }),
      }),
  );

  const entryText = (
    path: string,
    kind: 'agenda' | 'note' | 'decision',
    summary: string,
    body: typeof AgendaItemBody | typeof NoteBody | typeof DecisionBody,
  ) =>
    api.post(
      `/api/v1/mdt/meetings/:id/entries/:entryId/${path}`,
      { ...write, schema: { tags, summary, params: MeetingEntryParams, body, response: { 201: MdtCreated } } },
      async (request, reply) => {
        const b = request.body as { text: string; fieldClass?: 'protocol' | 'clinical' | 'safety' };
        const id = await writeEntryText({
          gate,
          actor: await actor(request),
          meetingId: request.params.id,
          entryId: request.params.entryId,
          kind,
          text: b.text,
          ...(b.fieldClass ? { fieldClass: b.fieldClass } : {}),
        });
        return reply.status(201).send({ id });
      },
    );
  entryText('items', 'agenda', 'Add an agenda item about the youth', AgendaItemBody);
  entryText('notes', 'note', 'Add a note in its field class', NoteBody);
  entryText('decisions', 'decision', 'Record a decision', DecisionBody);

  api.post(
    '/api/v1/mdt/meetings/:id/entries/:entryId/actions',
    {
      ...write,
      schema: {
        tags,
        summary: 'Add an action item: owner (an attendee), due time',
        params: MeetingEntryParams,
        body: MdtActionBody,
        response: { 201: MdtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addAction({
          gate,
          actor: await actor(request),
          meetingId: request.params.id,
          entryId: request.params.entryId,
          body: request.body,
        }),
      }),
  );

  api.post(
    '/api/v1/mdt/actions/:id/done',
    { ...write, schema: { tags, summary: 'Mark an action item done', params: MdtActionParams, response: noContent } },
    async (request, reply) => {
      await completeAction({ gate, actor: await actor(request), actionId: request.params.id });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/mdt/meetings/:id/entries/:entryId/disclosures',
    {
      ...write,
      schema: {
        tags,
        summary:
          'Disclose the youth’s entry to attendees on a legal basis (W&I 827, W&I 18961.7 within 30 days, court order, consent)',
        params: MeetingEntryParams,
        body: DisclosureBody,
        response: { 201: MdtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await disclose({
          gate,
          actor: await actor(request),
          meetingId: request.params.id,
          entryId: request.params.entryId,
          body: request.body,
        }),
      }),
  );

  /** The chair's acts on the whole meeting, answered 204. */
  const chairAct = (path: string, summary: string, act: typeof signMeeting) =>
    api.post(
      `/api/v1/mdt/meetings/:id/${path}`,
      { ...write, schema: { tags, summary, params: MeetingIdParams, response: noContent } },
      async (request, reply) => {
        await act({ ...(await context(request)), meetingId: request.params.id });
        return reply.status(204).send(null);
      },
    );
  chairAct('sign', 'Sign off the minutes (the chair)', signMeeting);
  chairAct('cancel', 'Cancel the meeting (the chair)', cancelMeeting);

  api.put(
    '/api/v1/mdt/meetings/:id/schedule',
    {
      ...write,
      schema: {
        tags,
        summary: 'Move a scheduled meeting: its time, length, place or link (the chair); attendees are told',
        params: MeetingIdParams,
        body: RescheduleMeetingBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await rescheduleMeeting({ ...(await context(request)), meetingId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/mdt/meetings/:id/addenda',
    {
      ...write,
      schema: {
        tags,
        summary: 'Add an addendum to signed minutes',
        params: MeetingIdParams,
        body: AddendumBody,
        response: { 201: MdtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addAddendum({
          services,
          actor: await actor(request),
          meetingId: request.params.id,
          body: request.body,
        }),
      }),
  );

  api.get(
    '/api/v1/youth/:id/disclosures',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: 'Who was shown what of the youth, when, on which basis',
        params: YouthMdtParams,
        response: { 200: YouthDisclosureList },
      },
    },
    async (request) =>
      listYouthDisclosures({ gate, actor: await actor(request), locale: request.locale, youthId: request.params.id }),
  );

  api.get(
    '/api/v1/youth/:id/goals',
    {
      config: { ...read.config, youthData: 'record' },
      schema: { tags, summary: 'The youth’s own stated goals', params: YouthMdtParams, response: { 200: GoalList } },
    },
    async (request) => listGoals({ gate, actor: await actor(request), youthId: request.params.id }),
  );

  api.post(
    '/api/v1/youth/:id/goals',
    {
      ...write,
      schema: {
        tags,
        summary: 'Record a goal in the youth’s own words',
        params: YouthMdtParams,
        body: GoalBody,
        response: { 201: MdtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addGoal({
          gate,
          actor: await actor(request),
          youthId: request.params.id,
          timeZone: services.config.timeZone,
          body: request.body,
        }),
      }),
  );
}
