import { type CreateServiceBody, HARBOR_TAXONOMIES, type ServiceFields, type UpdateServiceBody } from '@harbor/core';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { updateVersioned } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { recordChanges } from './changes.js';
import { columnsOf, type EditContext, type EditStep, edit, refused } from './edit.js';
import { termId } from './harbor-taxonomies.js';
import { serviceFacts } from './service-facts.js';

const COLUMNS = {
  name: 'name',
  description: 'description',
  status: 'status',
  url: 'url',
  email: 'email',
  eligibilityDescription: 'eligibility_description',
  alert: 'alert',
  minimumAge: 'minimum_age',
  maximumAge: 'maximum_age',
};

type Fields = z.infer<typeof ServiceFields>;

/** The lists a service's edit may replace: its categories, service areas and staff languages, as sorted text. */
async function currentLists(step: EditStep, serviceId: string) {
  const facts = await serviceFacts(step.trx, serviceId, step.now);
  const text = (list: readonly string[] = []) => [...new Set(list)].sort().join(',') || null;
  return { categories: text(facts?.categories), areas: text(facts?.areas), languages: text(facts?.languages) };
}

/** Replaces the lists the request gives (categories, areas, languages). */
async function replaceLists(step: EditStep, serviceId: string, input: Fields): Promise<void> {
  const times = { created_at: step.at, updated_at: step.at };
  if (input.categories) {
    const terms = (
      await step.trx
        .selectFrom('directory_taxonomy_term')
        .select('id')
        .where('taxonomy_id', '=', HARBOR_TAXONOMIES.category)
        .execute()
    ).map((t) => t.id);
    if (terms.length > 0) {
      await step.trx
        .deleteFrom('directory_attribute')
        .where('link_entity', '=', 'service')
        .where('link_id', '=', serviceId)
        .where('taxonomy_term_id', 'in', terms)
        .execute();
    }
    for (const code of new Set(input.categories)) {
      await step.trx
        .insertInto('directory_attribute')
        .values({
          id: newId(),
          link_id: serviceId,
          link_entity: 'service',
          link_type: 'category',
          taxonomy_term_id: termId(HARBOR_TAXONOMIES.category, code),
          ...times,
        })
        .execute();
    }
  }
  if (input.areas) {
    await step.trx.deleteFrom('directory_service_area').where('service_id', '=', serviceId).execute();
    for (const name of new Set(input.areas)) {
      await step.trx
        .insertInto('directory_service_area')
        .values({ id: newId(), service_id: serviceId, name, ...times })
        .execute();
    }
  }
  if (input.languages) {
    await step.trx.deleteFrom('directory_language').where('service_id', '=', serviceId).execute();
    for (const code of new Set(input.languages)) {
      await step.trx
        .insertInto('directory_language')
        .values({ id: newId(), service_id: serviceId, code, ...times })
        .execute();
    }
  }
}

function agesInOrder(min: number | null | undefined, max: number | null | undefined): void {
  if (min !== null && min !== undefined && max !== null && max !== undefined && min > max) {
    throw refused('maximumAge', 'directory.error.agesOrder');
  }
}

const listFields = (input: Fields) => ({
  ...(input.categories ? { categories: [...new Set(input.categories)].sort().join(',') || null } : {}),
  ...(input.areas ? { areas: [...new Set(input.areas)].sort().join(',') || null } : {}),
  ...(input.languages ? { languages: [...new Set(input.languages)].sort().join(',') || null } : {}),
});

/** An editor adds a service to an organisation, with its categories, areas and staff languages. */
export async function createService(ctx: EditContext, input: z.infer<typeof CreateServiceBody>) {
  return edit(ctx, async (step) => {
    const organization = await step.trx
      .selectFrom('directory_organization')
      .select('id')
      .where('id', '=', input.organizationId)
      .executeTakeFirst();
    if (!organization) throw refused('organizationId', 'directory.error.noOrganization');
    agesInOrder(input.minimumAge, input.maximumAge);
    const id = newId();
    const values = { status: 'active', ...columnsOf(input, COLUMNS), organization_id: input.organizationId };
    await step.trx
      .insertInto('directory_service')
      .values({ id, name: input.name, ...values, created_at: step.at, updated_at: step.at })
      .execute();
    await replaceLists(step, id, input);
    const fields = await recordChanges(step.trx, {
      entity: 'service',
      entityId: id,
      before: undefined,
      after: { ...values, ...listFields(input) },
      changedBy: step.changedBy,
      at: step.at,
    });
    return { result: { id, version: 1 }, changed: [{ entity: 'service', id, fields }] };
  });
}

/** An editor changes a service at the version they read; a list given replaces the list; each change is in its history. */
export async function updateService(ctx: EditContext, id: string, input: z.infer<typeof UpdateServiceBody>) {
  return edit(ctx, async (step) => {
    const before = await step.trx.selectFrom('directory_service').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new HarborError('not_found', 'no such service');
    const { version, categories: _c, areas: _a, languages: _l, ...fields } = input;
    const after = columnsOf(fields, COLUMNS);
    agesInOrder(
      input.minimumAge === undefined ? before.minimum_age : input.minimumAge,
      input.maximumAge === undefined ? before.maximum_age : input.maximumAge,
    );
    const lists = await currentLists(step, id);
    const version2 = await updateVersioned(step.trx, 'directory_service', id, version, after, step.now);
    await replaceLists(step, id, input);
    const changed = await recordChanges(step.trx, {
      entity: 'service',
      entityId: id,
      before: { ...before, ...lists },
      after: { ...after, ...listFields(input) },
      changedBy: step.changedBy,
      at: step.at,
    });
    return { result: { id, version: version2 }, changed: [{ entity: 'service', id, fields: changed }] };
  });
}
