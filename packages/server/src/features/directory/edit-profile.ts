import type { BedsBody, ProfileBody } from '@harbor/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { staleVersion } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { recordChanges } from './changes.js';
import { columnsOf, type EditContext, type EditStep, edit, refused } from './edit.js';

const COLUMNS = {
  servesAges11To17: 'serves_ages_11_17',
  servesTransitionAge: 'serves_transition_age',
  csecSpecialised: 'csec_specialised',
  intake24x7: 'intake_24_7',
  acceptsRunaway: 'accepts_runaway',
  emergencyBeds: 'emergency_beds',
};

const asInteger = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 1 : 0) : (v as number | null)]),
  );

/** The service's profile row (made empty when missing), with its version: the version the caller must name. */
async function profileOf(step: EditStep, serviceId: string) {
  const service = await step.trx
    .selectFrom('directory_service')
    .select('id')
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) throw new HarborError('not_found', 'no such service');
  const existed = await step.trx
    .selectFrom('directory_service_profile')
    .select('service_id')
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
  if (!existed) {
    await step.trx
      .insertInto('directory_service_profile')
      .values({ service_id: serviceId, created_at: step.at, updated_at: step.at })
      .execute();
  }
  const row = await step.trx
    .selectFrom('directory_service_profile')
    .selectAll()
    .where('service_id', '=', serviceId)
    .executeTakeFirstOrThrow();
  return { row, existed: existed !== undefined };
}

async function update(step: EditStep, serviceId: string, version: number, changes: Record<string, unknown>) {
  const result = await step.trx
    .updateTable('directory_service_profile')
    .set({ ...changes, version: sql`version + 1`, updated_at: step.at })
    .where('service_id', '=', serviceId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw staleVersion(`profile of ${serviceId} is not at ${version}`, version);
  return version + 1;
}

/** An editor sets the Harbor profile of a service (the version read: absent for a service that has none yet). */
export async function updateProfile(ctx: EditContext, serviceId: string, input: z.infer<typeof ProfileBody>) {
  return edit(ctx, async (step) => {
    const { row: before, existed } = await profileOf(step, serviceId);
    // A profile already there is changed at the version read (none is needed for the first one).
    if ((existed && input.version === undefined) || (input.version !== undefined && input.version !== before.version)) {
      throw staleVersion(`profile of ${serviceId} is at ${before.version}`, before.version);
    }
    const { version: _v, ...fields } = input;
    const after = asInteger(columnsOf(fields, COLUMNS));
    const total = after.emergency_beds === undefined ? before.emergency_beds : after.emergency_beds;
    if (total !== null && before.beds_available !== null && before.beds_available > total) {
      throw refused('emergencyBeds', 'directory.error.bedsOverTotal');
    }
    const version = await update(step, serviceId, before.version, after);
    const changed = await recordChanges(step.trx, {
      entity: 'profile',
      entityId: serviceId,
      before,
      after,
      changedBy: step.changedBy,
      at: step.at,
    });
    return { result: { id: serviceId, version }, changed: [{ entity: 'profile', id: serviceId, fields: changed }] };
  });
}

/**
 * Staff who keep a shelter's count set how many emergency beds are free now: the count, when and by whom. No version
 * is named (the count is meant to be set often, the newest wins), and it is in the change history like every field.
 */
export async function updateBeds(ctx: EditContext, serviceId: string, input: z.infer<typeof BedsBody>) {
  return edit(ctx, async (step) => {
    const { row: before } = await profileOf(step, serviceId);
    if (before.emergency_beds === null) throw refused('bedsAvailable', 'directory.error.noBeds');
    if (input.bedsAvailable > before.emergency_beds) throw refused('bedsAvailable', 'directory.error.bedsOverTotal');
    const after = { beds_available: input.bedsAvailable, beds_updated_at: step.at, beds_updated_by: step.changedBy };
    const version = await update(step, serviceId, before.version, after);
    const changed = await recordChanges(step.trx, {
      entity: 'profile',
      entityId: serviceId,
      before,
      after: { beds_available: input.bedsAvailable },
      changedBy: step.changedBy,
      at: step.at,
    });
    return { result: { id: serviceId, version }, changed: [{ entity: 'profile', id: serviceId, fields: changed }] };
  });
}
