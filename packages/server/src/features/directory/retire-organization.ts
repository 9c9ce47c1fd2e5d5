import type { RetireOrganizationBody } from '@harbor/core';
import type { z } from 'zod';
import { updateVersioned } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { recordChanges } from './changes.js';
import { type EditContext, edit } from './edit.js';

/**
 * An editor retires an organisation (it closed, or no longer serves youth). HSDS 3.0 gives only a service a status,
 * so each of its services still offered takes the status given, each change in its history and the audit trail; the
 * organisation and its services stay (referrals point at them; the HSDS API and export keep them). Nothing is deleted.
 */
export async function retireOrganization(
  ctx: EditContext,
  organizationId: string,
  input: z.infer<typeof RetireOrganizationBody>,
): Promise<{ id: string; retired: number }> {
  return edit(ctx, async (step) => {
    const organization = await step.trx
      .selectFrom('directory_organization')
      .select('id')
      .where('id', '=', organizationId)
      .executeTakeFirst();
    if (!organization) throw new HarborError('not_found', 'no such organisation');
    const offered = await step.trx
      .selectFrom('directory_service')
      .select(['id', 'version', 'status'])
      .where('organization_id', '=', organizationId)
      .where('status', '=', 'active')
      .orderBy('id')
      .execute();
    const changed = [];
    for (const service of offered) {
      await updateVersioned(step.trx, 'directory_service', service.id, service.version, input, step.now);
      const fields = await recordChanges(step.trx, {
        entity: 'service',
        entityId: service.id,
        before: { status: service.status },
        after: { status: input.status },
        changedBy: step.changedBy,
        at: step.at,
      });
      changed.push({ entity: 'service', id: service.id, fields });
    }
    return { result: { id: organizationId, retired: offered.length }, changed };
  });
}
