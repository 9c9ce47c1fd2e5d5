import {
  CorrectionBody,
  InstrumentDefinitionBody,
  InstrumentParams,
  InstrumentSummary,
  LinkBody,
  Screening,
  ScreeningId,
  ScreeningSummary,
  SubmitBody,
  UpdateBody,
  YouthId,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HarborError } from '../../errors.js';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { correctScreening } from './correct-screening.js';
import { instruments, listInstruments } from './instruments.js';
import { linkScreening } from './link-screening.js';
import { listMyOpenScreenings } from './list-my-open-screenings.js';
import { listYouthScreenings } from './list-youth-screenings.js';
import { readScreening } from './read-screening.js';
import { submitScreening } from './submit-screening.js';
import { updateDraft } from './update-draft.js';

/** Screening instruments and screenings. Need-to-know and immutability are applied by screenings.ts. */
export async function screeningRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { gate } = services;
  const actor = services.actorOf;
  const db = gate.db;
  const tags = ['screening'];

  api.get(
    '/api/v1/instruments',
    {
      config: { access: permission('youth.read') },
      schema: {
        tags,
        summary: 'The instruments offered for new screenings (newest version of each)',
        response: { 200: z.array(InstrumentSummary) },
      },
    },
    async () => listInstruments(db),
  );

  api.get(
    '/api/v1/instruments/:id/versions/:version',
    {
      config: { access: permission('youth.read') },
      schema: {
        tags,
        summary: 'One version of an instrument: its items, skip logic and scoring rules',
        params: InstrumentParams,
        response: { 200: InstrumentDefinitionBody },
      },
    },
    async (request, reply) => {
      const definition = await instruments.find(db, request.params.id, request.params.version);
      if (!definition) throw new HarborError('not_found', 'no such instrument version');
      // A stored version never changes: the browser (and the offline app) may keep it.
      reply.header('cache-control', 'private, max-age=86400, immutable');
      return definition;
    },
  );

  api.post(
    '/api/v1/screenings',
    {
      config: { youthData: 'record', access: permission('youth.write'), errors: [404] },
      schema: {
        tags,
        summary: 'Start a screening (a draft) or submit a completed one; a repeated idempotency key returns the first',
        body: SubmitBody,
        response: { 200: Screening, 201: Screening },
      },
    },
    async (request, reply) => {
      const { screening, created } = await submitScreening({ gate, actor: await actor(request), body: request.body });
      return reply.status(created ? 201 : 200).send(screening);
    },
  );

  api.get(
    '/api/v1/screenings',
    {
      config: { youthData: { items: '' }, access: permission('youth.write') },
      schema: {
        tags,
        summary: 'My drafts, and my screenings not yet linked to a youth',
        response: { 200: z.array(ScreeningSummary) },
      },
    },
    async (request) => listMyOpenScreenings({ gate, actor: await actor(request) }),
  );

  api.get(
    '/api/v1/screenings/:id',
    {
      config: { youthData: 'record', access: permission('youth.read') },
      schema: {
        tags,
        summary: 'A screening with its answers and result (404 without need-to-know)',
        params: ScreeningId,
        response: { 200: Screening },
      },
    },
    async (request) => readScreening({ gate, actor: await actor(request), screeningId: request.params.id }),
  );

  api.put(
    '/api/v1/screenings/:id',
    {
      config: { youthData: 'record', access: permission('youth.write') },
      schema: {
        tags,
        summary: "Save a draft's answers, or complete it (409 when stale or already completed)",
        params: ScreeningId,
        body: UpdateBody,
        response: { 200: Screening },
      },
    },
    async (request) =>
      updateDraft({ gate, actor: await actor(request), screeningId: request.params.id, body: request.body }),
  );

  api.post(
    '/api/v1/screenings/:id/corrections',
    {
      config: { youthData: 'record', access: permission('youth.write'), errors: [409] },
      schema: {
        tags,
        summary: 'Correct a completed screening: a new version that keeps the old one, with who and why',
        params: ScreeningId,
        body: CorrectionBody,
        response: { 200: Screening, 201: Screening },
      },
    },
    async (request, reply) => {
      const { screening, created } = await correctScreening({
        gate,
        actor: await actor(request),
        screeningId: request.params.id,
        body: request.body,
      });
      return reply.status(created ? 201 : 200).send(screening);
    },
  );

  api.post(
    '/api/v1/screenings/:id/link',
    {
      config: { youthData: 'record', access: permission('youth.write'), errors: [409] },
      schema: {
        tags,
        summary: 'Link a screening of a youth not identified at the time to their record',
        params: ScreeningId,
        body: LinkBody,
        response: { 200: Screening },
      },
    },
    async (request) =>
      linkScreening({
        gate,
        actor: await actor(request),
        screeningId: request.params.id,
        youthId: request.body.youthId,
      }),
  );

  api.get(
    '/api/v1/youth/:id/screenings',
    {
      config: { youthData: 'record', access: permission('youth.read') },
      schema: {
        tags,
        summary: "A youth's screenings over time, with levels and who completed them",
        params: YouthId,
        response: { 200: z.array(ScreeningSummary) },
      },
    },
    async (request) => listYouthScreenings({ gate, actor: await actor(request), youthId: request.params.id }),
  );
}
