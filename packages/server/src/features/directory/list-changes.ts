import type { ChangeHistory } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';

/** The change history of one entry, newest first: each field's old and new value, who changed it and when. */
export async function listChanges(
  db: Kysely<Database>,
  entity: string,
  id: string,
): Promise<z.infer<typeof ChangeHistory>> {
  const rows = await db
    .selectFrom('directory_change as c')
    .leftJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['c.field', 'c.old_value', 'c.new_value', 'u.display_name', 'c.changed_at', 'c.id'])
    .where('c.entity', '=', entity)
    .where('c.entity_id', '=', id)
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(500)
    .execute();
  return {
    items: rows.map((r) => ({
      field: r.field,
      oldValue: r.old_value,
      newValue: r.new_value,
      changedBy: r.display_name,
      changedAt: r.changed_at,
    })),
  };
}
