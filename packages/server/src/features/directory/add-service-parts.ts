import type { LocationBody, PhoneBody, PracticeBody, ScheduleBody } from '@harbor/core';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { HarborError } from '../../errors.js';
import { recordChanges } from './changes.js';
import { type EditContext, type EditStep, edit } from './edit.js';

type Values = Record<string, string | number | null>;

async function serviceOf(step: EditStep, serviceId: string) {
  const service = await step.trx
    .selectFrom('directory_service')
    .select(['id', 'organization_id'])
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) throw new HarborError('not_found', 'no such service');
  return service;
}

/** Adds one row (an entry of its own) and its fields to the change history. */
async function add(
  step: EditStep,
  table: 'directory_service_practice' | 'directory_phone' | 'directory_schedule' | 'directory_location',
  entity: string,
  values: Values,
) {
  const id = newId();
  await step.trx
    .insertInto(table)
    .values({ id, ...values, created_at: step.at, updated_at: step.at } as never)
    .execute();
  const fields = await recordChanges(step.trx, {
    entity,
    entityId: id,
    before: undefined,
    after: values,
    changedBy: step.changedBy,
    at: step.at,
  });
  return { id, fields };
}

/** An editor records a clinician certified in an evidence-based practice the service offers (with the expiry). */
export function addPractice(ctx: EditContext, serviceId: string, input: z.infer<typeof PracticeBody>) {
  return edit(ctx, async (step) => {
    await serviceOf(step, serviceId);
    const { id, fields } = await add(step, 'directory_service_practice', 'practice', {
      service_id: serviceId,
      practice: input.practice,
      clinician_name: input.clinicianName ?? null,
      certified_until: input.certifiedUntil ?? null,
    });
    return { result: { id, version: 1 }, changed: [{ entity: 'practice', id, fields }] };
  });
}

export function addPhone(ctx: EditContext, serviceId: string, input: z.infer<typeof PhoneBody>) {
  return edit(ctx, async (step) => {
    await serviceOf(step, serviceId);
    const { id, fields } = await add(step, 'directory_phone', 'phone', {
      service_id: serviceId,
      number: input.number,
      extension: input.extension ?? null,
      type: input.type ?? null,
      description: input.description ?? null,
    });
    return { result: { id, version: 1 }, changed: [{ entity: 'phone', id, fields }] };
  });
}

export function addSchedule(ctx: EditContext, serviceId: string, input: z.infer<typeof ScheduleBody>) {
  return edit(ctx, async (step) => {
    await serviceOf(step, serviceId);
    const { id, fields } = await add(step, 'directory_schedule', 'schedule', {
      service_id: serviceId,
      byday: input.byday,
      opens_at: input.opensAt,
      closes_at: input.closesAt,
      freq: 'WEEKLY',
      description: input.description ?? null,
    });
    return { result: { id, version: 1 }, changed: [{ entity: 'schedule', id, fields }] };
  });
}

/** An editor adds a location of the service's organisation (with its address), where the service is given. */
export function addLocation(ctx: EditContext, serviceId: string, input: z.infer<typeof LocationBody>) {
  return edit(ctx, async (step) => {
    const service = await serviceOf(step, serviceId);
    const { id, fields } = await add(step, 'directory_location', 'location', {
      organization_id: service.organization_id,
      location_type: input.locationType,
      name: input.name ?? null,
      confidential: input.confidential ? 1 : 0,
    });
    const times = { created_at: step.at, updated_at: step.at };
    if (input.address) {
      const a = input.address;
      const address: Values = {
        location_id: id,
        address_1: a.address1,
        address_2: a.address2 ?? null,
        city: a.city,
        state_province: a.stateProvince,
        postal_code: a.postalCode,
        country: a.country,
        address_type: input.locationType,
      };
      await step.trx
        .insertInto('directory_address')
        .values({ id: newId(), ...address, ...times } as never)
        .execute();
      fields.push(
        ...(await recordChanges(step.trx, {
          entity: 'location',
          entityId: id,
          before: undefined,
          after: { address_1: a.address1, city: a.city, postal_code: a.postalCode },
          changedBy: step.changedBy,
          at: step.at,
        })),
      );
    }
    await step.trx
      .insertInto('directory_service_at_location')
      .values({ id: newId(), service_id: serviceId, location_id: id, ...times })
      .execute();
    return { result: { id, version: 1 }, changed: [{ entity: 'location', id, fields }] };
  });
}
