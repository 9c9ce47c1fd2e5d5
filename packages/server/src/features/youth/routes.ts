import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HarborDatabase } from '../../db/database.js';
import { HarborError } from '../../errors.js';
import { permission } from '../../http/access.js';
import {
  AddMemberBody,
  BreakGlassBody,
  BreakGlassGrant,
  CareTeamMember,
  MemberParams,
  Youth,
  YouthId,
} from './schemas.js';
import {
  addCareTeamMember,
  breakGlass,
  breakGlassForSupervisor,
  type Caller,
  createYouth,
  listCareTeam,
  readYouth,
  removeCareTeamMember,
} from './youth-records.js';

/** A youth's record and care team. Need-to-know is applied by youth-records.ts: outsiders get 404. */
export async function youthRoutes(app: FastifyInstance, options: { database: HarborDatabase; auditKey: Buffer }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest): Caller => {
    if (!request.auth) throw new HarborError('unauthenticated', 'no session');
    return { db: options.database.db, auditKey: options.auditKey, user: request.auth.user, ip: request.ip };
  };
  const tags = ['youth'];

  api.post(
    '/api/v1/youth',
    {
      config: { access: permission('youth.write') },
      schema: { tags, summary: 'Open a youth record; the creator joins its care team', response: { 201: Youth } },
    },
    async (request, reply) => reply.status(201).send(await createYouth(caller(request))),
  );

  api.get(
    '/api/v1/youth/:id',
    {
      config: { access: permission('youth.read') },
      schema: {
        tags,
        summary: "A youth's record (404 without need-to-know)",
        params: YouthId,
        response: { 200: Youth },
      },
    },
    async (request) => readYouth(caller(request), request.params.id),
  );

  api.get(
    '/api/v1/youth/:id/care-team',
    {
      config: { access: permission('youth.read') },
      schema: { tags, summary: "A youth's care team", params: YouthId, response: { 200: z.array(CareTeamMember) } },
    },
    async (request) => listCareTeam(caller(request), request.params.id),
  );

  api.post(
    '/api/v1/youth/:id/care-team',
    {
      config: { access: permission('care_team.manage') },
      schema: {
        tags,
        summary: 'Add someone (from any agency) to the care team, recording the basis',
        params: YouthId,
        body: AddMemberBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await addCareTeamMember(caller(request), request.params.id, request.body) }),
  );

  api.delete(
    '/api/v1/youth/:id/care-team/:memberId',
    {
      config: { access: permission('care_team.manage') },
      schema: { tags, summary: 'Remove someone from the care team', params: MemberParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeCareTeamMember(caller(request), request.params.id, request.params.memberId);
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
      const grant = await breakGlass(caller(request), request.params.id, request.body.reason);
      return reply.status(201).send({ id: grant.id, expiresAt: grant.expires_at });
    },
  );

  api.get(
    '/api/v1/break-glass',
    {
      config: { access: permission('break_glass.review') },
      schema: {
        tags,
        summary: "Break-glass accesses to youth on my agency's care teams",
        response: { 200: z.array(BreakGlassGrant) },
      },
    },
    async (request) => breakGlassForSupervisor(caller(request)),
  );
}
