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
  RetireOrganizationBody,
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
import { retireOrganization } from './retire-organization.js';
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
  api.post(
    '/api/v1/directory/services',
    {
      config,
      schema: { tags, summary: 'Add a service to an organisation', body: CreateServiceBody, response: created },
    },
    async (request, reply) => reply.status(201).send(await createService(await ctx(request), request.body)),
  );
  /** A change to one entry at the version read (or to its state), answering what was saved. */
  const change = <B extends z.ZodType>(
    method: 'patch' | 'put' | 'post',
    path: string,
    summary: string,
    body: B,
    run: (c: EditContext, id: string, input: z.infer<B>) => Promise<unknown>,
    response: z.ZodType = Saved,
  ) =>
    app[method](
      `/api/v1/directory/${path}`,
      { config, schema: { tags, summary, params: DirectoryIdParams, body, response: { 200: response } } },
      async (request) => run(await ctx(request), (request.params as { id: string }).id, request.body as z.infer<B>),
    );
  change(
    'patch',
    'organizations/:id',
    'Change an organisation at the version read',
    UpdateOrganizationBody,
    updateOrganization,
  );
  change(
    'post',
    'organizations/:id/retire',
    'Retire an organisation: each of its services still offered takes the status given (HSDS has no organisation status)',
    RetireOrganizationBody,
    retireOrganization,
    z.object({ id: z.string(), retired: z.number().int().describe('How many of its services were retired') }),
  );
  change(
    'patch',
    'services/:id',
    'Change a service at the version read (a list given replaces it; a status other than active retires it)',
    UpdateServiceBody,
    updateService,
  );
  change('put', 'services/:id/profile', "Set a service's Harbor profile", ProfileBody, updateProfile);
  change('put', 'services/:id/beds', 'Set how many emergency beds are free now', BedsBody, updateBeds);
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
    change('patch', `${path}/:id`, `Change a ${part} at the version read`, body, (c, id, input) =>
      updateServicePart(c, part, id, input as { version: number } & Record<string, unknown>),
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
