import { updateVersioned } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { recordChanges } from './changes.js';
import { columnsOf, type EditContext, edit } from './edit.js';

/** The parts of a service an editor changes one by one, with the request fields of each and their columns. */
export const PARTS = {
  phone: {
    table: 'directory_phone',
    columns: { number: 'number', extension: 'extension', type: 'type', description: 'description' },
  },
  schedule: {
    table: 'directory_schedule',
    columns: { byday: 'byday', opensAt: 'opens_at', closesAt: 'closes_at', description: 'description' },
  },
  practice: {
    table: 'directory_service_practice',
    columns: { practice: 'practice', clinicianName: 'clinician_name', certifiedUntil: 'certified_until' },
  },
  location: {
    table: 'directory_location',
    columns: { name: 'name', locationType: 'location_type', confidential: 'confidential' },
  },
} as const;
export type Part = keyof typeof PARTS;

/** An editor changes a phone, a schedule, a practice or a location at the version read; each change in its history. */
export function updateServicePart(
  ctx: EditContext,
  part: Part,
  id: string,
  input: { version: number } & Record<string, unknown>,
) {
  const { table, columns } = PARTS[part];
  return edit(ctx, async (step) => {
    const before = (await step.trx
      .selectFrom(table as 'directory_phone')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) as Record<string, string | number | null> | undefined;
    if (!before) throw new HarborError('not_found', `no such ${part}`);
    const { version, ...fields } = input;
    const after = columnsOf(
      typeof fields.confidential === 'boolean' ? { ...fields, confidential: fields.confidential ? 1 : 0 } : fields,
      columns,
    );
    const version2 = await updateVersioned(step.trx, table, id, version, after, step.now);
    const changed = await recordChanges(step.trx, {
      entity: part,
      entityId: id,
      before,
      after,
      changedBy: step.changedBy,
      at: step.at,
    });
    return { result: { id, version: version2 }, changed: [{ entity: part, id, fields: changed }] };
  });
}
