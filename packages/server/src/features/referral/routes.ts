import {
  CreateReferralBody,
  DEFAULT_REFERRAL_CLOCKS,
  ReferralId,
  ReferralList,
  ReferralTransitionBody,
  ReferralView,
  SendReferralBody,
  UpdateReferralDraftBody,
  YouthReferralsParams,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { acceptReferral } from './accept-referral.js';
import { cancelReferral } from './cancel-referral.js';
import { completeReferral } from './complete-referral.js';
import { createReferral } from './create-referral.js';
import { failReferral } from './fail-referral.js';
import { holdReferral } from './hold-referral.js';
import { listIncomingReferrals } from './list-incoming-referrals.js';
import { listOutgoingReferrals } from './list-outgoing-referrals.js';
import { listYouthReferrals } from './list-youth-referrals.js';
import { markReferralEnteredInError } from './mark-referral-entered-in-error.js';
import { readReferral } from './read-referral.js';
import { rejectReferral } from './reject-referral.js';
import { sendReferral } from './send-referral.js';
import { startReferral } from './start-referral.js';
import type { TransitionInput } from './transition-referral.js';
import { updateReferralDraft } from './update-referral-draft.js';

const Created = z.object({ id: z.string(), version: z.number() });

/** The actions of either side after sending, one route each (path segment, summary, use case). */
const TRANSITIONS: readonly [string, string, (input: TransitionInput) => Promise<void>][] = [
  ['accept', 'The receiving agency accepts the referral', acceptReferral],
  ['reject', 'The receiving agency declines the referral (closure reason required)', rejectReferral],
  ['hold', 'The receiving agency waitlists the referral', holdReferral],
  ['start', 'The receiving agency’s services started (first contact made)', startReferral],
  ['complete', 'The services were received (closure reason required)', completeReferral],
  ['fail', 'Either side: the referral did not happen (closure reason required)', failReferral],
  ['cancel', 'The referrer withdraws the referral (closure reason required)', cancelReferral],
  ['mark-entered-in-error', 'The referrer marks a referral made by mistake', markReferralEnteredInError],
];

/** Referrals of a youth to a service of the directory, with a closed loop. One use case per file. */
export async function referralRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { gate } = services;
  const actor = services.actorOf;
  const tags = ['referrals'];
  const read = { config: { access: permission('youth.read') } };
  const write = { config: { access: permission('youth.write'), errors: [409] as const } };
  const clocks = { ...DEFAULT_REFERRAL_CLOCKS, ...services.config.referralClocks, timeZone: services.config.timeZone };

  api.post(
    '/api/v1/referrals',
    {
      config: { access: permission('youth.write'), errors: [404] as const },
      schema: {
        tags,
        summary: 'Draft a referral of a youth on my care team to a service of the directory',
        body: CreateReferralBody,
        response: { 201: Created },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReferral({ gate, actor: await actor(request), body: request.body })),
  );

  api.get(
    '/api/v1/referrals/incoming',
    {
      config: { ...read.config, youthData: { items: 'items' } },
      schema: {
        tags,
        summary: 'Waiting on me: the open referrals to my agency, oldest first',
        response: { 200: ReferralList },
      },
    },
    async (request) => listIncomingReferrals({ gate, actor: await actor(request) }),
  );

  api.get(
    '/api/v1/referrals/outgoing',
    {
      config: { ...read.config, youthData: { items: 'items' } },
      schema: {
        tags,
        summary: 'Waiting on others: the referrals my agency made that are not closed (drafts too), oldest first',
        response: { 200: ReferralList },
      },
    },
    async (request) => listOutgoingReferrals({ gate, actor: await actor(request) }),
  );

  api.get(
    '/api/v1/referrals/:id',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: 'A referral with its events, clocks and figures, as my side may see it',
        params: ReferralId,
        response: { 200: ReferralView },
      },
    },
    async (request) => readReferral({ gate, actor: await actor(request), referralId: request.params.id }),
  );

  api.get(
    '/api/v1/youth/:id/referrals',
    {
      config: { ...read.config, youthData: 'record' },
      schema: {
        tags,
        summary: "A youth's referrals and their status, newest first",
        params: YouthReferralsParams,
        response: { 200: ReferralList },
      },
    },
    async (request) => listYouthReferrals({ gate, actor: await actor(request), youthId: request.params.id }),
  );

  api.put(
    '/api/v1/referrals/:id',
    {
      ...write,
      schema: {
        tags,
        summary: 'Change a draft before it is sent (its eligibility is found again)',
        params: ReferralId,
        body: UpdateReferralDraftBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await updateReferralDraft({
        gate,
        actor: await actor(request),
        referralId: request.params.id,
        body: request.body,
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/referrals/:id/send',
    {
      ...write,
      schema: {
        tags,
        summary:
          'Send a draft: checks the basis for sharing and the service’s eligibility (a supervisor may override with a reason)',
        params: ReferralId,
        body: SendReferralBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await sendReferral({
        gate,
        actor: await actor(request),
        referralId: request.params.id,
        body: request.body,
        clocks,
        locale: request.locale,
      });
      return reply.status(204).send(null);
    },
  );

  for (const [path, summary, useCase] of TRANSITIONS) {
    api.post(
      `/api/v1/referrals/:id/${path}`,
      {
        ...write,
        schema: { tags, summary, params: ReferralId, body: ReferralTransitionBody, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await useCase({ gate, actor: await actor(request), referralId: request.params.id, body: request.body });
        return reply.status(204).send(null);
      },
    );
  }
}
