import {
  AddMemberBody,
  BreakGlassBody,
  BreakGlassGrant,
  BreakGlassReview,
  BreakGlassReviewBody,
  CareTeamMember,
  DirectoryEntry,
  DirectoryQuery,
  DuplicateConflict,
  MemberParams,
  NewYouthBody,
  translate,
  Youth,
  YouthId,
  YouthListQuery,
  YouthPage,
  YouthPatchBody,
  YouthSearchQuery,
  YouthSearchResult,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { addCareTeamMember } from './add-care-team-member.js';
import { createYouth } from './create-youth.js';
import { listCareTeam } from './list-care-team.js';
import { listIssuingAgencies } from './list-issuing-agencies.js';
import { listMyYouth } from './list-my-youth.js';
import { openBreakGlass } from './open-break-glass.js';
import { readYouth } from './read-youth.js';
import { recordBreakGlassReview } from './record-break-glass-review.js';
import { removeCareTeamMember } from './remove-care-team-member.js';
import { reviewBreakGlass } from './review-break-glass.js';
import { searchDirectory } from './search-directory.js';
import { searchYouth } from './search-youth.js';
import { updateYouth } from './update-youth.js';

/** A youth's record and care team. Need-to-know and field classes: the records gate. */
export async function youthRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { gate } = services;
  const actor = services.actorOf;
  const tags = ['youth'];

  api.get(
    '/api/v1/youth',
    {
      config: { youthData: { items: 'results' }, access: permission('youth.read') },
      schema: {
        tags,
        summary:
          'Search youth by name and/or date of birth: those I may see, and how many others each agency knows (whom to call)',
        querystring: YouthSearchQuery,
        response: { 200: YouthSearchResult },
      },
    },
    async (request) => searchYouth({ gate, actor: await actor(request), criteria: request.query }),
  );

  api.get(
    '/api/v1/youth/mine',
    {
      config: { youthData: { items: 'items' }, access: permission('youth.read') },
      schema: {
        tags,
        summary: 'The youth on my care teams, most recently updated first',
        querystring: YouthListQuery,
        response: { 200: YouthPage },
      },
    },
    async (request) => listMyYouth({ gate, actor: await actor(request), page: request.query }),
  );

  api.post(
    '/api/v1/youth',
    {
      config: { youthData: 'record', access: permission('youth.write') },
      schema: {
        tags,
        summary:
          'Open a youth record; the creator joins its care team. Possible duplicates are answered with 409 unless confirmNotDuplicate',
        body: NewYouthBody,
        response: { 201: Youth, 409: DuplicateConflict },
      },
    },
    async (request, reply) => {
      const outcome = await createYouth({ gate, actor: await actor(request), body: request.body });
      if (!('duplicates' in outcome)) return reply.status(201).send(outcome);
      return reply.status(409).send({
        error: {
          code: 'conflict' as const,
          message: translate(request.locale, 'youth.duplicates.found'),
          duplicates: outcome.duplicates,
        },
      });
    },
  );

  api.get(
    '/api/v1/youth/:id',
    {
      config: { youthData: 'record', access: permission('youth.read') },
      schema: {
        tags,
        summary: "A youth's record, with the fields my role may see (404 without need-to-know)",
        params: YouthId,
        response: { 200: Youth },
      },
    },
    async (request) => readYouth({ gate, actor: await actor(request), youthId: request.params.id }),
  );

  api.patch(
    '/api/v1/youth/:id',
    {
      config: { youthData: 'record', access: permission('youth.write') },
      schema: {
        tags,
        summary:
          "Change a youth's record at the version read (409 when stale; 403 for fields my role may not see, and nothing changes)",
        params: YouthId,
        body: YouthPatchBody,
        response: { 200: Youth },
      },
    },
    async (request) =>
      updateYouth({ gate, actor: await actor(request), youthId: request.params.id, body: request.body }),
  );

  api.get(
    '/api/v1/youth/issuing-agencies',
    {
      config: { access: permission('youth.write') },
      schema: {
        tags,
        summary: "The agencies that may have issued a youth's identifier (a case or probation number), by name",
        response: { 200: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) },
      },
    },
    async () => listIssuingAgencies(gate.db),
  );

  api.get(
    '/api/v1/users/directory',
    {
      config: { access: permission('care_team.manage') },
      schema: {
        tags,
        summary:
          'People who could join a care team (at most 20): of my agency by the start of their name or e-mail, with their role; of another agency only by the start of their given and family names (3 letters each) or their whole e-mail, and only their name and agency',
        querystring: DirectoryQuery,
        response: { 200: z.array(DirectoryEntry) },
      },
    },
    async (request) =>
      searchDirectory(gate.db, await services.permissions.table(), await actor(request), request.query.q),
  );

  api.get(
    '/api/v1/youth/:id/care-team',
    {
      config: { youthData: 'record', access: permission('youth.read') },
      schema: { tags, summary: "A youth's care team", params: YouthId, response: { 200: z.array(CareTeamMember) } },
    },
    async (request) => listCareTeam({ gate, actor: await actor(request), youthId: request.params.id }),
  );

  api.post(
    '/api/v1/youth/:id/care-team',
    {
      config: { access: permission('care_team.manage'), errors: [409] },
      schema: {
        tags,
        summary: 'Add someone (from any agency) to the care team, recording the basis',
        params: YouthId,
        body: AddMemberBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addCareTeamMember({ gate, actor: await actor(request), youthId: request.params.id, ...request.body }),
      }),
  );

  api.delete(
    '/api/v1/youth/:id/care-team/:memberId',
    {
      config: { access: permission('care_team.manage') },
      schema: { tags, summary: 'Remove someone from the care team', params: MemberParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeCareTeamMember({
        gate,
        actor: await actor(request),
        youthId: request.params.id,
        memberId: request.params.memberId,
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/youth/:id/break-glass',
    {
      config: { access: permission('break_glass.use') },
      schema: {
        tags,
        summary: 'Emergency access for 60 minutes with a written reason (audited, shown to supervisors)',
        params: YouthId,
        body: BreakGlassBody,
        response: { 201: z.object({ id: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const grant = await openBreakGlass({
        gate,
        actor: await actor(request),
        youthId: request.params.id,
        reason: request.body.reason,
      });
      return reply.status(201).send(grant);
    },
  );

  api.get(
    '/api/v1/break-glass',
    {
      config: { youthData: { items: '' }, access: permission('break_glass.review') },
      schema: {
        tags,
        summary:
          "Break-glass accesses to youth on my agency's care teams, newest first, with my agency's review (null: waiting)",
        response: { 200: z.array(BreakGlassGrant) },
      },
    },
    async (request) => reviewBreakGlass({ gate, actor: await actor(request) }),
  );

  api.put(
    '/api/v1/break-glass/:id/review',
    {
      config: { youthData: 'record', access: permission('break_glass.review') },
      schema: {
        tags,
        summary:
          "Record or change my agency's disposition of a break-glass access at the version read (409 when stale; 0: none yet)",
        params: YouthId,
        body: BreakGlassReviewBody,
        response: { 200: BreakGlassReview },
      },
    },
    async (request) =>
      recordBreakGlassReview({
        gate,
        actor: await actor(request),
        grantId: request.params.id,
        review: request.body,
      }),
  );
}
