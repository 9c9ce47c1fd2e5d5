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
  ProgressReportBody,
  ProgressReportEditBody,
  ProgressReportId,
  ProgressReportStatusBody,
  ProgressReportView,
  ReportsDueList,
  ReportsDueQuery,
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
import { editProgressReport, moveProgressReport } from './change-progress-report.js';
import { createProgressReport } from './create-progress-report.js';
import { endEnrollment } from './end-enrollment.js';
import { enrollYouth } from './enroll-youth.js';
import { recordHearing, scheduleHearing } from './hearings.js';
import { listReportsDue } from './list-reports-due.js';
import { listYouthEnrollments } from './list-youth-enrollments.js';
import { logResponse } from './log-response.js';
import { courtPrograms } from './programs.js';
import { progressReportPdf } from './progress-report-pdf.js';
import { readCaseload } from './read-caseload.js';
import { readProgressReport } from './read-progress-report.js';

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

  api.post(
    '/api/v1/court-hearings/:id/progress-reports',
    {
      ...write,
      schema: {
        tags,
        summary:
          "Start your agency's progress report for a hearing, on a legal basis (W&I 827, a court order, consent)",
        params: HearingId,
        body: ProgressReportBody,
        response: { 201: CourtCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await createProgressReport({
          gate,
          actor: await actor(request),
          hearingId: request.params.id,
          body: request.body,
        }),
      }),
  );

  api.get(
    '/api/v1/court-progress-reports/due',
    {
      config: { ...read.config, youthData: { items: 'items' } },
      schema: {
        tags,
        summary: "The progress reports your agency owes the court: each coming hearing's due day, late or not",
        querystring: ReportsDueQuery,
        response: { 200: ReportsDueList },
      },
    },
    async (request) => ({
      items: await listReportsDue({
        gate,
        actor: await actor(request),
        days: request.query.days,
        timeZone: services.config.timeZone,
      }),
    }),
  );

  api.get(
    '/api/v1/court-progress-reports/:id',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: 'A progress report to the court',
        params: ProgressReportId,
        response: { 200: ProgressReportView },
      },
    },
    async (request) =>
      readProgressReport({
        gate,
        actor: await actor(request),
        reportId: request.params.id,
        timeZone: services.config.timeZone,
      }),
  );

  api.get(
    '/api/v1/court-progress-reports/:id.pdf',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: 'A progress report as a PDF with form fields, in its language',
        params: ProgressReportId,
      },
    },
    async (request, reply) => {
      const pdf = await progressReportPdf({
        gate,
        actor: await actor(request),
        reportId: request.params.id,
        timeZone: services.config.timeZone,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="progress-report.pdf"')
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );

  api.put(
    '/api/v1/court-progress-reports/:id',
    {
      ...write,
      schema: {
        tags,
        summary: "The author edits a draft's sections",
        params: ProgressReportId,
        body: ProgressReportEditBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await editProgressReport({ gate, actor: await actor(request), reportId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  for (const to of ['signed', 'sent'] as const) {
    api.post(
      `/api/v1/court-progress-reports/:id/${to === 'signed' ? 'sign' : 'send'}`,
      {
        ...write,
        schema: {
          tags,
          summary: to === 'signed' ? 'The author signs the report' : 'Send the signed report to the court',
          params: ProgressReportId,
          body: ProgressReportStatusBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await moveProgressReport({
          gate,
          actor: await actor(request),
          reportId: request.params.id,
          to,
          body: request.body,
        });
        return reply.status(204).send(null);
      },
    );
  }
}
