import { TRANSLATABLE_FIELDS, type TranslationBody } from '@harbor/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import { recordChanges } from './changes.js';
import { type EditContext, edit, refused } from './edit.js';

const TABLES = {
  organization: 'directory_organization',
  service: 'directory_service',
  location: 'directory_location',
  phone: 'directory_phone',
  schedule: 'directory_schedule',
} as const;

/**
 * An editor writes the Spanish of one field of an entry. `reviewed: true` records them as its reviewer, now; a text
 * saved unreviewed is never served (the English is, marked as English). A machine's draft is never served either:
 * only a person marks a text reviewed. Changing the text of a reviewed translation without reviewing it again
 * withdraws the review.
 */
export function saveTranslation(ctx: EditContext, input: z.infer<typeof TranslationBody>) {
  return edit(ctx, async (step) => {
    const fields = TRANSLATABLE_FIELDS[input.entity] as readonly string[];
    if (!fields.includes(input.field)) throw refused('field', 'directory.error.notTranslatable');
    const entry = (await step.trx
      .selectFrom(TABLES[input.entity] as 'directory_service')
      .select(sql.ref(input.field).as('text') as never)
      .where('id', '=', input.entityId)
      .executeTakeFirst()) as { text: string | null } | undefined;
    if (!entry) throw refused('entityId', 'directory.error.noEntry');
    if (!entry.text) throw refused('field', 'directory.error.emptyField');
    const key = { entity: input.entity, entity_id: input.entityId, field: input.field, language: input.language };
    const before = await step.trx
      .selectFrom('directory_translation')
      .selectAll()
      .where('entity', '=', key.entity)
      .where('entity_id', '=', key.entity_id)
      .where('field', '=', key.field)
      .where('language', '=', key.language)
      .executeTakeFirst();
    const review = input.reviewed
      ? { reviewed_by: step.changedBy, reviewed_at: step.at }
      : { reviewed_by: null, reviewed_at: null };
    const after = { text: input.text, ...review };
    let id: string;
    if (before) {
      id = before.id;
      await step.trx
        .updateTable('directory_translation')
        .set({ ...after, version: sql`version + 1`, updated_at: step.at })
        .where('id', '=', id)
        .execute();
    } else {
      id = newId();
      await step.trx
        .insertInto('directory_translation')
        .values({ id, ...key, ...after, created_at: step.at, updated_at: step.at })
        .execute();
    }
    const changed = await recordChanges(step.trx, {
      entity: 'translation',
      entityId: id,
      before: before ?? undefined,
      after,
      changedBy: step.changedBy,
      at: step.at,
    });
    return {
      result: { id, version: (before?.version ?? 0) + 1, reviewed: input.reviewed },
      changed: [{ entity: 'translation', id, fields: changed }],
    };
  });
}
