import { HARBOR_TAXONOMIES, HOTLINE_LIST, type HotlineEntry } from '@harbor/core';
import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { recordChanges } from './changes.js';
import { ensureHarborTaxonomies, fixedId, shipTranslation, termId } from './harbor-taxonomies.js';

/** The fixed ids of a shipped hotline's entries: the same in every database. */
export function hotlineIds(hotline: Pick<HotlineEntry, 'id'>) {
  return {
    organization: fixedId(`hotline:${hotline.id}:organization`),
    service: fixedId(`hotline:${hotline.id}:service`),
    phone: (index: number) => fixedId(`hotline:${hotline.id}:phone:${index}`),
    category: fixedId(`hotline:${hotline.id}:category`),
  };
}

type Row = Record<string, string | number | null>;

/**
 * Stores a row with its shipped values: inserted when missing, brought back to them when they differ (hotlines.ts is
 * the one source of the numbers), each changed field in the change history (changed_by null: shipped).
 */
async function ship(
  trx: Kysely<Database>,
  table: 'directory_organization' | 'directory_service' | 'directory_phone',
  entity: string,
  id: string,
  values: Row,
  at: string,
): Promise<void> {
  const before = (await trx
    .selectFrom(table as 'directory_phone')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as Row | undefined;
  const changed = await recordChanges(trx, { entity, entityId: id, before, after: values, changedBy: null, at });
  if (!before) {
    await trx
      .insertInto(table)
      .values({ id, ...values, created_at: at, updated_at: at } as never)
      .execute();
  } else if (changed.length > 0) {
    await trx
      .updateTable(table)
      .set({ ...Object.fromEntries(changed.map((f) => [f, values[f]])), updated_at: at } as never)
      .where('id', '=', id)
      .execute();
  }
}

/**
 * Ships the hotlines and crisis lines (core's HOTLINE_LIST) as directory entries, at every start: an organisation and
 * a service per line, its numbers as phones, the crisis-line category, 24/7 intake where the source says so, and the
 * Spanish of each text as a reviewed translation (Harbor's own). Idempotent.
 */
export async function ensureShippedHotlines(db: Kysely<Database>, now = new Date()): Promise<void> {
  const at = toStoredTime(now);
  await db.transaction().execute(async (trx) => {
    await ensureHarborTaxonomies(trx, now);
    for (const hotline of HOTLINE_LIST) {
      const ids = hotlineIds(hotline);
      const description = hotline.note ? `${hotline.forWhom.en} ${hotline.note.en}` : hotline.forWhom.en;
      const descriptionEs = hotline.note ? `${hotline.forWhom.es} ${hotline.note.es}` : hotline.forWhom.es;
      await ship(
        trx,
        'directory_organization',
        'organization',
        ids.organization,
        { name: hotline.name.en, description },
        at,
      );
      await ship(
        trx,
        'directory_service',
        'service',
        ids.service,
        {
          organization_id: ids.organization,
          name: hotline.name.en,
          description,
          status: 'active',
          accreditations: null,
          eligibility_description: null,
          alert: null,
          fees_description: null,
        },
        at,
      );
      for (const [field, text] of [
        ['name', hotline.name.es],
        ['description', descriptionEs],
      ] as const) {
        await shipTranslation(trx, 'organization', ids.organization, field, text, at);
        await shipTranslation(trx, 'service', ids.service, field, text, at);
      }
      for (const [index, number] of hotline.numbers.entries()) {
        await ship(
          trx,
          'directory_phone',
          'phone',
          ids.phone(index),
          { service_id: ids.service, number: number.display, type: number.type, description: number.label?.en ?? null },
          at,
        );
        if (number.label) await shipTranslation(trx, 'phone', ids.phone(index), 'description', number.label.es, at);
      }
      await trx
        .insertInto('directory_attribute')
        .values({
          id: ids.category,
          link_id: ids.service,
          link_entity: 'service',
          link_type: 'category',
          taxonomy_term_id: termId(HARBOR_TAXONOMIES.category, hotline.category),
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await trx
        .insertInto('directory_service_profile')
        .values({
          service_id: ids.service,
          intake_24_7: hotline.hours === '24_7' ? 1 : 0,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('service_id').doNothing())
        .execute();
    }
  });
}
