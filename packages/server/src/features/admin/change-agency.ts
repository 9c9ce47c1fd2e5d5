import { appendAudit } from '../../audit/index.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';

/** Renames or reclassifies an agency, at the version the administrator read. */
export async function changeAgency(input: {
  actor: Actor;
  services: Services;
  agencyId: string;
  change: { version: number; name?: string | undefined; kind?: string | undefined };
}) {
  const { actor, services, agencyId: id, change } = input;
  const now = services.gate.now();
  await services.database.db.transaction().execute(async (trx) => {
    const patch: Record<string, unknown> = {};
    if (change.name !== undefined) patch.name = change.name;
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
  // The field rules follow the agency's kind: take a new kind into account at once here.
  if (change.kind !== undefined) services.agencyKinds.invalidate();
  return services.database.db.selectFrom('agency').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
