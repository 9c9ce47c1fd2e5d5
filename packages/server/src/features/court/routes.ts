import {
  AdvanceBody,
  CaseloadView,
  CourtCreated,
  CourtProgramList,
  CourtProgramParams,
  EndEnrollmentBody,
  EnrollBody,
  EnrollmentId,
  EnrollmentList,
  HearingId,
  HearingOutcomeBody,
  ResponseEntryBody,
  ScheduleHearingBody,
  YouthId,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { advancePhase } from './advance-phase.js';
import { endEnrollment } from './end-enrollment.js';
import { enrollYouth } from './enroll-youth.js';
import { recordHearing, scheduleHearing } from './hearings.js';
import { listYouthEnrollments } from './list-youth-enrollments.js';
import { logResponse } from './log-response.js';
import { courtPrograms } from './programs.js';
import { readCaseload } from './read-caseload.js';

/** Specialty courts: programs, enrollments and phases, the hearing calendar, the response log, caseloads. */
export async function courtRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { gate } = services;
  const actor = services.actorOf;
  const tags = ['courts'];
  const read = { config: { access: permission('youth.read') } };
  const write = { config: { access: permission('youth.write'), errors: [409] as const } };

  api.get(
    '/api/v1/court-programs',
    {
      ...read,
      schema: {
        tags,
        summary: 'The specialty court programs (STAR, DREAM, the county’s own), newest versions',
        response: { 200: CourtProgramList },
      },
    },
    async (request) => ({
      items: (await courtPrograms.newest(gate.db)).map(({ definition: p }) => ({
        id: p.id,
        version: p.version,
        court: p.court,
        name: p.name[request.locale],
        hearingCadenceDays: p.hearingCadenceDays,
        caseloadCap: p.caseloadCap,
        reportDueDaysBefore: p.reportDueDaysBefore,
        phases: p.phases.map((phase) => ({ id: phase.id, name: phase.name[request.locale] })),
      })),
    }),
  );

  api.get(
    '/api/v1/court-programs/:id/caseload',
    {
      config: { ...read.config, errors: [404] as const },
      schema: {
        tags,
        summary: 'Probation caseloads of a program: the cap (STAR: 25) and who is over it (counts only)',
        params: CourtProgramParams,
        response: { 200: CaseloadView },
      },
    },
    async (request) => readCaseload({ gate, actor: await actor(request), programId: request.params.id }),
  );

  api.post(
    '/api/v1/youth/:id/court-enrollments',
    {
      ...write,
      schema: {
        tags,
        summary: 'Enroll a youth in a specialty court program (voluntary; STAR is offered at disposition)',
        params: YouthId,
        body: EnrollBody,
        response: { 201: CourtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await enrollYouth({ gate, actor: await actor(request), youthId: request.params.id, body: request.body }),
      }),
  );

  api.get(
    '/api/v1/youth/:id/court-enrollments',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: "A youth's specialty court enrollments: phases, hearings, the response log",
        params: YouthId,
        response: { 200: EnrollmentList },
      },
    },
    async (request) => listYouthEnrollments({ gate, actor: await actor(request), youthId: request.params.id }),
  );

  api.post(
    '/api/v1/court-enrollments/:id/advance',
    {
      ...write,
      schema: {
        tags,
        summary: 'Advance the youth to the next phase on the team’s decision',
        params: EnrollmentId,
        body: AdvanceBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await advancePhase({ gate, actor: await actor(request), enrollmentId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/court-enrollments/:id/end',
    {
      ...write,
      schema: {
        tags,
        summary: 'Graduation from the last phase, or an exit with its reason',
        params: EnrollmentId,
        body: EndEnrollmentBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await endEnrollment({ gate, actor: await actor(request), enrollmentId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/court-enrollments/:id/hearings',
    {
      ...write,
      schema: {
        tags,
        summary: 'Set a hearing on the calendar: day, department, type',
        params: EnrollmentId,
        body: ScheduleHearingBody,
        response: { 201: CourtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await scheduleHearing({
          gate,
          actor: await actor(request),
          enrollmentId: request.params.id,
          body: request.body,
        }),
      }),
  );

  api.put(
    '/api/v1/court-hearings/:id',
    {
      ...write,
      schema: {
        tags,
        summary:
          'Record a hearing: who appeared, the outcome, the next date (weekly programs: a week later by default)',
        params: HearingId,
        body: HearingOutcomeBody,
        response: { 200: z.object({ nextHearingId: z.string().nullable() }) },
      },
    },
    async (request) =>
      recordHearing({ gate, actor: await actor(request), hearingId: request.params.id, body: request.body }),
  );

  api.post(
    '/api/v1/court-enrollments/:id/responses',
    {
      ...write,
      schema: {
        tags,
        summary: 'Add to the response log: an incentive, a sanction or a service change, with the team’s decision',
        params: EnrollmentId,
        body: ResponseEntryBody,
        response: { 201: CourtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await logResponse({
          gate,
          actor: await actor(request),
          enrollmentId: request.params.id,
          timeZone: services.config.timeZone,
          body: request.body,
        }),
      }),
  );
}
