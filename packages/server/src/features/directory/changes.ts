import type { Kysely } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';

type Value = string | number | null | undefined;

/** A value as the change history keeps it: text, or null. */
function asText(value: Value): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Writes one directory_change row per field whose value differs (old, new, who, when) and answers the names of the
 * fields that changed. `before` undefined: a new entry (every field given is a change from nothing).
 */
export async function recordChanges(
  trx: Kysely<Database>,
  input: {
    entity: string;
    entityId: string;
    before: Record<string, Value> | undefined;
    after: Record<string, Value>;
    changedBy: string | null;
    at: string;
  },
): Promise<string[]> {
  const changed = Object.keys(input.after).filter(
    (field) => asText(input.before?.[field]) !== asText(input.after[field]),
  );
  if (changed.length === 0) return [];
  await trx
    .insertInto('directory_change')
    .values(
      changed.map((field) => ({
        id: newId(),
        entity: input.entity,
        entity_id: input.entityId,
        field,
        old_value: asText(input.before?.[field]),
        new_value: asText(input.after[field]),
        changed_by: input.changedBy,
        changed_at: input.at,
      })),
    )
    .execute();
  return changed;
}
