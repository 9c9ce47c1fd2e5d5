import {
  AcceptInvitation,
  AGENCY_KINDS,
  Agency,
  AgencyChange,
  type AgencyKind,
  AuditPage,
  AuditQuery,
  IdParams,
  Invitation,
  InvitationAccepted,
  InvitationPreview,
  InvitationToken,
  NewAgency,
  NewInvitation,
  PasswordResetLink,
  PendingInvitation,
  RolePermissionsTable,
  UserChange,
  UserSummary,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC, permission, SIGNED_IN } from '../../http/access.js';
import { setSessionCookie } from '../../http/session.js';
import { csrfTokenFor } from '../../identity/sessions.js';
import type { Services } from '../../services.js';
import { acceptInvitation } from './accept-invitation.js';
import { changeAgency } from './change-agency.js';
import { changeUser } from './change-user.js';
import { createAgencyAsAdmin } from './create-agency-as-admin.js';
import { endUserSessionsAsAdmin } from './end-user-sessions-as-admin.js';
import { exportAuditAsAdmin } from './export-audit-as-admin.js';
import { inviteUser } from './invite-user.js';
import { listAgencies } from './list-agencies.js';
import { listInvitations } from './list-invitations.js';
import { listUsers } from './list-users.js';
import { makePasswordResetLink } from './make-password-reset-link.js';
import { previewInvitation } from './preview-invitation.js';
import { readRolePermissions } from './read-role-permissions.js';
import { readUser } from './read-user.js';
import { resendInvitation } from './resend-invitation.js';
import { resetSecondFactor } from './reset-second-factor.js';
import { revokeInvitation } from './revoke-invitation.js';
import { searchAuditAsAdmin } from './search-audit-as-admin.js';
import { unlockUser } from './unlock-user.js';

const agencyOut = (a: { id: string; name: string; kind: string; version: number }) => ({
  ...a,
  kind: (AGENCY_KINDS as readonly string[]).includes(a.kind) ? (a.kind as AgencyKind) : ('other' as const),
});

/** Agencies, users, invitations, role permissions and the audit trail, for administrators and supervisors. */
export async function adminRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = services.database.db;
  const actor = services.actorOf;
  const tags = ['administration'];

  api.get(
    '/api/v1/agencies',
    { config: { access: SIGNED_IN }, schema: { tags, summary: 'Every agency', response: { 200: z.array(Agency) } } },
    async () => (await listAgencies({ db })).map(agencyOut),
  );
  api.post(
    '/api/v1/agencies',
    {
      config: { access: permission('agencies.manage'), errors: [409] },
      schema: { tags, summary: 'Add an agency', body: NewAgency, response: { 201: Agency } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(agencyOut(await createAgencyAsAdmin({ services, actor: await actor(request), ...request.body }))),
  );
  api.patch(
    '/api/v1/agencies/:id',
    {
      config: { access: permission('agencies.manage') },
      schema: {
        tags,
        summary: 'Rename or reclassify an agency',
        params: IdParams,
        body: AgencyChange,
        response: { 200: Agency },
      },
    },
    async (request) =>
      agencyOut(
        await changeAgency({
          services,
          actor: await actor(request),
          agencyId: request.params.id,
          change: request.body,
        }),
      ),
  );

  api.get(
    '/api/v1/users',
    {
      config: { access: permission('users.invite') },
      schema: {
        tags,
        summary: 'Users (an administrator sees all; a supervisor their agency)',
        response: { 200: z.array(UserSummary) },
      },
    },
    async (request) => listUsers({ services, actor: await actor(request) }),
  );
  api.get(
    '/api/v1/users/:id',
    {
      config: { access: permission('users.manage') },
      schema: { tags, summary: 'One user', params: IdParams, response: { 200: UserSummary } },
    },
    async (request) => readUser({ services, actor: await actor(request), userId: request.params.id }),
  );
  api.patch(
    '/api/v1/users/:id',
    {
      config: { access: permission('users.manage') },
      schema: {
        tags,
        summary: "Change a user's name, role or status (disabling ends their sessions)",
        params: IdParams,
        body: UserChange,
        response: { 200: UserSummary },
      },
    },
    async (request) =>
      changeUser({ services, actor: await actor(request), userId: request.params.id, change: request.body }),
  );
  api.post(
    '/api/v1/users/:id/unlock',
    {
      config: { access: permission('users.manage') },
      schema: { tags, summary: 'Lift a sign-in lockout', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await unlockUser({ services, actor: await actor(request), userId: request.params.id });
      return reply.status(204).send(null);
    },
  );
  api.delete(
    '/api/v1/users/:id/sessions',
    {
      config: { access: permission('users.manage') },
      schema: {
        tags,
        summary: "End all of a user's sessions",
        params: IdParams,
        response: { 200: z.object({ ended: z.number().int() }) },
      },
    },
    async (request) => ({
      ended: await endUserSessionsAsAdmin({ services, actor: await actor(request), userId: request.params.id }),
    }),
  );

  api.post(
    '/api/v1/users/:id/password-reset',
    {
      config: { access: permission('users.manage') },
      schema: {
        tags,
        summary: 'Make a single-use password reset link for a person (24 hours), to give them another way',
        params: IdParams,
        response: { 201: PasswordResetLink },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await makePasswordResetLink({
          services,
          actor: await actor(request),
          userId: request.params.id,
          publicUrl: services.config.publicUrl,
        }),
      ),
  );
  api.delete(
    '/api/v1/users/:id/second-factor',
    {
      config: { access: permission('users.manage') },
      schema: {
        tags,
        summary:
          "Reset a person's two-step verification: authenticator and recovery codes forgotten, sessions ended; they set it up again at the next sign-in",
        params: IdParams,
        response: { 200: UserSummary },
      },
    },
    async (request) => resetSecondFactor({ services, actor: await actor(request), userId: request.params.id }),
  );

  api.get(
    '/api/v1/invitations',
    {
      config: { access: permission('users.invite') },
      schema: {
        tags,
        summary: 'Invitations not accepted yet (an administrator sees all; a supervisor their agency’s)',
        response: { 200: z.array(PendingInvitation) },
      },
    },
    async (request) => listInvitations({ services, actor: await actor(request) }),
  );
  api.post(
    '/api/v1/invitations/:id/resend',
    {
      config: { access: permission('users.invite'), rateLimit: { max: 30, timeWindow: '1 minute' }, errors: [409] },
      schema: {
        tags,
        summary: 'Send an invitation again: a new link for 72 hours; the earlier link stops working',
        params: IdParams,
        response: { 200: Invitation },
      },
    },
    async (request) =>
      resendInvitation({
        services,
        actor: await actor(request),
        invitationId: request.params.id,
        publicUrl: services.config.publicUrl,
      }),
  );
  api.delete(
    '/api/v1/invitations/:id',
    {
      config: { access: permission('users.invite') },
      schema: {
        tags,
        summary: 'Withdraw an invitation: its link stops working',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeInvitation({ services, actor: await actor(request), invitationId: request.params.id });
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/api/v1/invitations',
    {
      config: { access: permission('users.invite'), rateLimit: { max: 30, timeWindow: '1 minute' }, errors: [409] },
      schema: {
        tags,
        summary: 'Invite a person (single-use link, 72 hours)',
        body: NewInvitation,
        response: { 201: Invitation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await inviteUser({
          services,
          actor: await actor(request),
          ...request.body,
          publicUrl: services.config.publicUrl,
        }),
      ),
  );
  api.post(
    '/api/v1/invitations/preview',
    {
      config: { access: PUBLIC, rateLimit: { max: 20, timeWindow: '1 minute' }, errors: [404] },
      schema: {
        tags,
        summary: 'What an open invitation is for (address, role, agency), before accepting it; nothing is spent',
        body: InvitationToken,
        response: { 200: InvitationPreview },
      },
    },
    async (request) => previewInvitation({ db, token: request.body.token }),
  );
  api.post(
    '/api/v1/invitations/accept',
    {
      config: { access: PUBLIC, rateLimit: { max: 20, timeWindow: '1 minute' }, errors: [404, 409] },
      schema: {
        tags,
        summary:
          'Accept an invitation: set name and password; opens a half-way session to set up two-step verification',
        body: AcceptInvitation,
        response: { 201: InvitationAccepted },
      },
    },
    async (request, reply) => {
      const accepted = await acceptInvitation({
        db,
        auditKey: services.auditKey,
        acceptance: request.body,
        locale: request.locale,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, services.config, accepted.session.token);
      return reply.status(201).send({
        email: accepted.email,
        stage: accepted.session.session.stage,
        csrfToken: csrfTokenFor(services.config.secretKey, accepted.session.token),
      });
    },
  );

  api.get(
    '/api/v1/roles',
    {
      config: { access: permission('roles.read') },
      schema: { tags, summary: 'Which role holds which permission (data)', response: { 200: RolePermissionsTable } },
    },
    async () => readRolePermissions({ permissions: services.permissions }),
  );

  api.get(
    '/api/v1/audit',
    {
      config: { youthData: { items: 'youth' }, access: permission('audit.read') },
      schema: {
        tags: ['audit'],
        summary:
          'Search the audit trail (newest first), with the names of people and agencies, and of youth where I may see them',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => searchAuditAsAdmin({ services, actor: await actor(request), search: request.query }),
  );
  api.get(
    '/api/v1/audit.csv',
    {
      // A CSV answer: the wall test reads the youth it names from this column (one audited read per youth named).
      config: { youthData: { items: 'youth_name' }, access: permission('audit.export') },
      schema: {
        tags: ['audit'],
        summary:
          'Export the audit trail as CSV with names (of youth where I may see them), formula injection neutralised',
        querystring: AuditQuery,
      },
    },
    async (request, reply) => {
      const csv = await exportAuditAsAdmin({ services, actor: await actor(request), search: request.query });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="harbor-audit.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
