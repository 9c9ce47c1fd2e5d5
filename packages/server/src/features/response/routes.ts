import {
  ActionBody,
  CompleteStepBody,
  CrisisBody,
  CrisisPlanBody,
  DeclinedStepBody,
  EarlierArrestBody,
  EarlierArrestList,
  EarlierArrestsQuery,
  LearnedAtBody,
  NotApplicableBody,
  OpenResponseBody,
  ProtocolParams,
  RecoveryBody,
  ResponseId,
  ResponsePage,
  ResponseSummary,
  ResponsesQuery,
  ResponseView,
  StepParams,
  TelephoneReportBody,
  WrittenReport,
  WrittenReportBody,
  YouthId,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HarborError } from '../../errors.js';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { completeStep } from './complete-step.js';
import { openCrisis, saveCrisisPlan } from './crisis.js';
import { declineStep } from './decline-step.js';
import { listEarlierArrests } from './list-earlier-arrests.js';
import { listResponses } from './list-responses.js';
import { listYouthResponses } from './list-youth-responses.js';
import { markStepNotApplicable } from './mark-step-not-applicable.js';
import { openResponse } from './open-response.js';
import { readResponse } from './read-response.js';
import { readWrittenReport } from './read-written-report.js';
import { recordAction } from './record-action.js';
import { recordEarlierArrest } from './record-earlier-arrest.js';
import { recordLearnedAt } from './record-learned-at.js';
import { recordRecovery } from './record-recovery.js';
import { recordTelephoneReport } from './record-telephone-report.js';
import { protocols } from './response-rules.js';
import { saveWrittenReport } from './save-written-report.js';
import { writtenReportPdf } from './written-report-pdf.js';

const Created = z.object({ id: z.string() });

/** Responses, their steps and clocks, mandated reports, SB 1322 and the safety step. One use case per file. */
export async function responseRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { gate } = services;
  const actor = services.actorOf;
  const tags = ['responses'];
  const read = { config: { access: permission('youth.read') } };
  const write = { config: { access: permission('youth.write') } };
  /** A change the response's state may not allow (a closed step, a safety step already open): 409. */
  const writeOrConflict = { config: { ...write.config, errors: [409] as const } };

  api.get(
    '/api/v1/protocols/:id/versions/:version',
    {
      ...read,
      schema: {
        tags,
        summary: 'One version of a response protocol: steps, owners, clocks, escalation',
        params: ProtocolParams,
        response: { 200: z.looseObject({ id: z.string(), version: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const protocol = await protocols.find(gate.db, request.params.id, request.params.version);
      if (!protocol) throw new HarborError('not_found', 'no such protocol version');
      reply.header('cache-control', 'private, max-age=86400, immutable');
      return protocol;
    },
  );

  api.post(
    '/api/v1/responses',
    {
      ...writeOrConflict,
      schema: {
        tags,
        summary: 'Open a response (from a clear-concern screening, a recovery, a disclosure or a hotline call)',
        body: OpenResponseBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await openResponse({ gate, actor: await actor(request), body: request.body }) }),
  );

  api.get(
    '/api/v1/responses',
    {
      config: { ...read.config, youthData: { items: 'items' } },
      schema: {
        tags,
        summary:
          'Responses I work on (or my agency’s, for supervisors), newest first, by status, overdue steps, what opened them and youth',
        querystring: ResponsesQuery,
        response: { 200: ResponsePage },
      },
    },
    async (request) => {
      const q = request.query;
      return listResponses({
        gate,
        actor: await actor(request),
        scope: q.scope,
        filters: {
          ...(q.status !== 'all' ? { status: q.status } : {}),
          ...(q.overdue === 'true' ? { overdue: true } : {}),
          ...(q.openedBy ? { openedBy: Array.isArray(q.openedBy) ? q.openedBy : [q.openedBy] } : {}),
          ...(q.youthId ? { youthId: q.youthId } : {}),
        },
        page: { limit: q.limit, ...(q.cursor ? { cursor: q.cursor } : {}) },
      });
    },
  );

  api.get(
    '/api/v1/responses/:id',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: 'A response with its steps and reports',
        params: ResponseId,
        response: { 200: ResponseView },
      },
    },
    async (request) => readResponse({ gate, actor: await actor(request), responseId: request.params.id }),
  );

  api.get(
    '/api/v1/youth/:id/responses',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: "A youth's responses, newest first",
        params: YouthId,
        response: { 200: z.array(ResponseSummary) },
      },
    },
    async (request) => listYouthResponses({ gate, actor: await actor(request), youthId: request.params.id }),
  );

  api.post(
    '/api/v1/responses/:id/steps/:stepId/complete',
    {
      ...write,
      schema: {
        tags,
        summary: 'Complete a step (its owner only; not in the future)',
        params: StepParams,
        body: CompleteStepBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await completeStep({
        gate,
        actor: await actor(request),
        responseId: request.params.id,
        stepId: request.params.stepId,
        body: request.body,
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/responses/:id/steps/:stepId/not-applicable',
    {
      ...write,
      schema: {
        tags,
        summary: 'Mark a step not applicable, with the reason',
        params: StepParams,
        body: NotApplicableBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await markStepNotApplicable({
        gate,
        actor: await actor(request),
        responseId: request.params.id,
        stepId: request.params.stepId,
        body: request.body,
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/responses/:id/steps/:stepId/declined',
    {
      ...write,
      schema: {
        tags,
        summary: 'Record that the youth declined a step they may decline (the advocate’s engagement)',
        params: StepParams,
        body: DeclinedStepBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await declineStep({
        gate,
        actor: await actor(request),
        responseId: request.params.id,
        stepId: request.params.stepId,
        body: request.body,
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/v1/responses/:id/learned-at',
    {
      ...write,
      schema: {
        tags,
        summary: 'Correct when the reporter received the information (the written report is due 36 hours after)',
        params: ResponseId,
        body: LearnedAtBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await recordLearnedAt({ gate, actor: await actor(request), responseId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/v1/responses/:id/recovery',
    {
      ...write,
      schema: {
        tags,
        summary: 'Record or correct when the youth was recovered (the steps that count from it move with it)',
        params: ResponseId,
        body: RecoveryBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await recordRecovery({ gate, actor: await actor(request), responseId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/responses/:id/telephone-report',
    {
      ...write,
      schema: {
        tags,
        summary: 'Record the telephone report to the hotline (19-digit referral number)',
        params: ResponseId,
        body: TelephoneReportBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await recordTelephoneReport({
          gate,
          actor: await actor(request),
          responseId: request.params.id,
          body: request.body,
        }),
      }),
  );

  api.get(
    '/api/v1/responses/:id/written-report',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: 'The written follow-up report (SS 8572): as saved, or pre-filled',
        params: ResponseId,
        response: { 200: WrittenReport },
      },
    },
    async (request) =>
      readWrittenReport({
        gate,
        actor: await actor(request),
        responseId: request.params.id,
        wording: { locale: request.locale, timeZone: services.config.timeZone },
      }),
  );

  api.put(
    '/api/v1/responses/:id/written-report',
    {
      config: { ...write.config, youthData: 'record' },
      schema: {
        tags,
        summary: 'Save the written report; with submittedAt, mark it submitted (completes the 36-hour step)',
        params: ResponseId,
        body: WrittenReportBody,
        response: { 200: WrittenReport },
      },
    },
    async (request) =>
      saveWrittenReport({ gate, actor: await actor(request), responseId: request.params.id, body: request.body }),
  );

  api.get(
    '/api/v1/responses/:id/written-report.pdf',
    {
      config: { ...read.config, youthData: 'record' },
      schema: { tags, summary: 'The written report as a PDF with form fields', params: ResponseId },
    },
    async (request, reply) => {
      const pdf = await writtenReportPdf({
        gate,
        actor: await actor(request),
        responseId: request.params.id,
        locale: request.locale,
        timeZone: services.config.timeZone,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="ss8572-follow-up.pdf"')
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );

  api.post(
    '/api/v1/responses/:id/actions',
    {
      ...write,
      schema: {
        tags,
        summary:
          'Record a law-enforcement action taken now (SB 1322: a minor is never arrested or charged under PC 647(b) or 653.22; PC 653.22 is repealed)',
        params: ResponseId,
        body: ActionBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await recordAction({
          gate,
          actor: await actor(request),
          responseId: request.params.id,
          timeZone: services.config.timeZone,
          body: {
            kind: request.body.kind,
            code: request.body.code,
            ageYears: request.body.ageYears ?? null,
            ...(request.body.conductOn ? { conductOn: request.body.conductOn } : {}),
          },
        }),
      }),
  );

  api.post(
    '/api/v1/responses/:id/earlier-arrests',
    {
      ...writeOrConflict,
      schema: {
        tags,
        summary:
          'Record an arrest, citation or charge that already happened (kept for PC 236.14; an unlawful one alerts the care team and supervisors)',
        params: ResponseId,
        body: EarlierArrestBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await recordEarlierArrest({
          gate,
          actor: await actor(request),
          responseId: request.params.id,
          timeZone: services.config.timeZone,
          body: request.body,
        }),
      }),
  );

  api.get(
    '/api/v1/youth/:id/earlier-arrests',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary:
          "A youth's earlier arrests, citations and charges, newest first; forVacatur=true: those for vacatur and sealing (PC 236.14)",
        params: YouthId,
        querystring: EarlierArrestsQuery,
        response: { 200: EarlierArrestList },
      },
    },
    async (request) =>
      listEarlierArrests({
        gate,
        actor: await actor(request),
        youthId: request.params.id,
        forVacatur: request.query.forVacatur === 'true',
      }),
  );

  api.post(
    '/api/v1/responses/:id/crisis',
    {
      ...writeOrConflict,
      schema: {
        tags,
        summary: 'Open the safety step (988, ACCESS Helpline, crisis plan); notifies the clinicians on the care team',
        params: ResponseId,
        body: CrisisBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await openCrisis({
        gate,
        actor: await actor(request),
        responseId: request.params.id,
        reason: request.body.reason,
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/v1/responses/:id/crisis-plan',
    {
      ...write,
      schema: {
        tags,
        summary: 'Save the crisis plan',
        params: ResponseId,
        body: CrisisPlanBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await saveCrisisPlan({ gate, actor: await actor(request), responseId: request.params.id, body: request.body });
      return reply.status(204).send(null);
    },
  );
}
