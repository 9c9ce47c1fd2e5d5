import {
  BedsBody,
  ChangeHistory,
  ChangeHistoryQuery,
  CreateOrganizationBody,
  CreateServiceBody,
  DirectoryIdParams,
  LocationBody,
  PhoneBody,
  PracticeBody,
  ProfileBody,
  ScheduleBody,
  TranslationBody,
  UpdateLocationBody,
  UpdateOrganizationBody,
  UpdatePhoneBody,
  UpdatePracticeBody,
  UpdateScheduleBody,
  UpdateServiceBody,
} from '@harbor/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { addLocation, addPhone, addPractice, addSchedule } from './add-service-parts.js';
import type { EditContext } from './edit.js';
import { createOrganization, updateOrganization } from './edit-organization.js';
import { updateBeds, updateProfile } from './edit-profile.js';
import { createService, updateService } from './edit-service.js';
import { listChanges } from './list-changes.js';
import { saveTranslation } from './save-translation.js';
import { type Part, updateServicePart } from './update-service-part.js';

const Saved = z.object({ id: z.string(), version: z.number().int() });

/**
 * The directory's editors (`directory.edit`: administrators by default, and the roles a county grants it to): create
 * and change organisations, services, their locations, phones, schedules, practices, profile, beds and translations.
 * Every changed field is in the change history and every change in the audit trail; a bad request changes nothing.
 */
export async function editRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];
  const config = { access: permission('directory.edit') };
  const ctx = async (request: FastifyRequest): Promise<EditContext> => ({
    services,
    actor: await services.actorOf(request),
    now: services.gate.now(),
  });
  const created = { 201: Saved };

  api.post(
    '/api/v1/directory/organizations',
    {
      config,
      schema: {
        tags,
        summary: 'Add an organisation to the directory',
        body: CreateOrganizationBody,
        response: created,
      },
    },
    async (request, reply) => reply.status(201).send(await createOrganization(await ctx(request), request.body)),
  );
  api.patch(
    '/api/v1/directory/organizations/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change an organisation at the version read',
        params: DirectoryIdParams,
        body: UpdateOrganizationBody,
        response: { 200: Saved },
      },
    },
    async (request) => updateOrganization(await ctx(request), request.params.id, request.body),
  );
  api.post(
    '/api/v1/directory/services',
    {
      config,
      schema: { tags, summary: 'Add a service to an organisation', body: CreateServiceBody, response: created },
    },
    async (request, reply) => reply.status(201).send(await createService(await ctx(request), request.body)),
  );
  api.patch(
    '/api/v1/directory/services/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change a service at the version read (a list given replaces it)',
        params: DirectoryIdParams,
        body: UpdateServiceBody,
        response: { 200: Saved },
      },
    },
    async (request) => updateService(await ctx(request), request.params.id, request.body),
  );
  api.put(
    '/api/v1/directory/services/:id/profile',
    {
      config,
      schema: {
        tags,
        summary: "Set a service's Harbor profile",
        params: DirectoryIdParams,
        body: ProfileBody,
        response: { 200: Saved },
      },
    },
    async (request) => updateProfile(await ctx(request), request.params.id, request.body),
  );
  api.put(
    '/api/v1/directory/services/:id/beds',
    {
      config,
      schema: {
        tags,
        summary: 'Set how many emergency beds are free now',
        params: DirectoryIdParams,
        body: BedsBody,
        response: { 200: Saved },
      },
    },
    async (request) => updateBeds(await ctx(request), request.params.id, request.body),
  );
  const part = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    add: (c: EditContext, id: string, input: z.infer<B>) => Promise<z.infer<typeof Saved>>,
  ) =>
    api.post(
      `/api/v1/directory/services/:id/${path}`,
      { config, schema: { tags, summary, params: DirectoryIdParams, body, response: created } },
      async (request, reply) =>
        reply.status(201).send(await add(await ctx(request), request.params.id, request.body as z.infer<B>)),
    );
  part('practices', 'Record a clinician certified in an evidence-based practice', PracticeBody, addPractice);
  part('phones', 'Add a phone number to a service', PhoneBody, addPhone);
  part('schedules', 'Add opening hours to a service', ScheduleBody, addSchedule);
  part('locations', 'Add a location (and its address) where a service is given', LocationBody, addLocation);
  const changePart = (path: string, part: Part, body: z.ZodType) =>
    api.patch(
      `/api/v1/directory/${path}/:id`,
      {
        config,
        schema: {
          tags,
          summary: `Change a ${part} at the version read`,
          params: DirectoryIdParams,
          body,
          response: { 200: Saved },
        },
      },
      async (request) =>
        updateServicePart(
          await ctx(request),
          part,
          request.params.id,
          request.body as { version: number } & Record<string, unknown>,
        ),
    );
  changePart('phones', 'phone', UpdatePhoneBody);
  changePart('schedules', 'schedule', UpdateScheduleBody);
  changePart('practices', 'practice', UpdatePracticeBody);
  changePart('locations', 'location', UpdateLocationBody);
  api.put(
    '/api/v1/directory/translations',
    {
      config,
      schema: {
        tags,
        summary: 'Write the Spanish of a field; reviewed: true records the caller as its reviewer',
        body: TranslationBody,
        response: { 200: Saved.extend({ reviewed: z.boolean() }) },
      },
    },
    async (request) => saveTranslation(await ctx(request), request.body),
  );
  api.get(
    '/api/v1/directory/changes',
    {
      config,
      schema: {
        tags,
        summary: 'The change history of one entry, field by field, newest first',
        querystring: ChangeHistoryQuery,
        response: { 200: ChangeHistory },
      },
    },
    async (request) => listChanges(services.database.db, request.query.entity, request.query.id),
  );
}
