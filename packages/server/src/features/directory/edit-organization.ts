import type { CreateOrganizationBody, UpdateOrganizationBody } from '@harbor/core';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { updateVersioned } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { recordChanges } from './changes.js';
import { columnsOf, type EditContext, type EditStep, edit, refused } from './edit.js';

const COLUMNS = { name: 'name', description: 'description', email: 'email', website: 'website', agencyId: 'agency_id' };

async function agencyMustExist(step: EditStep, agencyId: string | null | undefined): Promise<void> {
  if (!agencyId) return;
  const found = await step.trx.selectFrom('agency').select('id').where('id', '=', agencyId).executeTakeFirst();
  if (!found) throw refused('agencyId', 'directory.error.noAgency');
}

/** An editor adds an organisation (every field given is its first change). */
export async function createOrganization(ctx: EditContext, input: z.infer<typeof CreateOrganizationBody>) {
  return edit(ctx, async (step) => {
    await agencyMustExist(step, input.agencyId);
    const id = newId();
    const values = columnsOf(input, COLUMNS);
    await step.trx
      .insertInto('directory_organization')
      .values({
        id,
        name: input.name,
        description: input.description,
        ...values,
        created_at: step.at,
        updated_at: step.at,
      })
      .execute();
    const fields = await recordChanges(step.trx, {
      entity: 'organization',
      entityId: id,
      before: undefined,
      after: values,
      changedBy: step.changedBy,
      at: step.at,
    });
    return { result: { id, version: 1 }, changed: [{ entity: 'organization', id, fields }] };
  });
}

/** An editor changes an organisation at the version they read; each changed field is in its history. */
export async function updateOrganization(ctx: EditContext, id: string, input: z.infer<typeof UpdateOrganizationBody>) {
  return edit(ctx, async (step) => {
    const before = await step.trx
      .selectFrom('directory_organization')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw new HarborError('not_found', 'no such organization');
    await agencyMustExist(step, input.agencyId);
    const { version, ...fields } = input;
    const after = columnsOf(fields, COLUMNS);
    const version2 = await updateVersioned(step.trx, 'directory_organization', id, version, after, step.now);
    const changed = await recordChanges(step.trx, {
      entity: 'organization',
      entityId: id,
      before,
      after,
      changedBy: step.changedBy,
      at: step.at,
    });
    return { result: { id, version: version2 }, changed: [{ entity: 'organization', id, fields: changed }] };
  });
}
