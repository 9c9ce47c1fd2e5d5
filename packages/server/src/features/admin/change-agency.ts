import { appendAudit } from '../../audit/index.js';
import { isUniqueViolation } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { agencyNameTaken } from './create-agency-as-admin.js';

/** Renames or reclassifies an agency, at the version the administrator read; a name another agency has is 409. */
export async function changeAgency(input: {
  actor: Actor;
  services: Services;
  agencyId: string;
  change: { version: number; name?: string | undefined; kind?: string | undefined };
}) {
  const { actor, services, agencyId: id, change } = input;
  const now = services.gate.now();
  const write = services.database.db.transaction().execute(async (trx) => {
    const patch: Record<string, unknown> = {};
    if (change.name !== undefined) {
      const taken = await trx
        .selectFrom('agency')
        .select('id')
        .where('name', '=', change.name)
        .where('id', '!=', id)
        .executeTakeFirst();
      if (taken) throw agencyNameTaken();
      patch.name = change.name;
    }
    if (change.kind !== undefined) patch.kind = change.kind;
    await updateVersioned(trx, 'agency', id, change.version, patch, now);
    await appendAudit(trx, services.auditKey, {
      event: 'admin.agency.updated',
      ...actorFields(actor),
      recordType: 'agency',
      recordId: id,
      outcome: 'success',
      fields: Object.keys(patch),
    });
  });
  // Two renames to one name at once: the unique index lets one through, the other is told the name is taken.
  await write.catch((error: unknown) => {
    throw isUniqueViolation(error) ? agencyNameTaken() : error;
  });
  // The field rules follow the agency's kind: take a new kind into account at once here.
  if (change.kind !== undefined) services.agencyKinds.invalidate();
  return services.database.db.selectFrom('agency').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
