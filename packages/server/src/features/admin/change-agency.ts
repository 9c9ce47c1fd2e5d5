import { appendAudit } from '../../audit/index.js';
import { updateVersioned } from '../../db/versioned.js';
import { type AdminCaller, actorOf } from './admin-caller.js';

/** Renames or reclassifies an agency, at the version the administrator read. */
export async function changeAgency(input: {
  admin: AdminCaller;
  agencyId: string;
  change: { version: number; name?: string | undefined; kind?: string | undefined };
}) {
  const { admin, agencyId: id, change } = input;
  const now = admin.now ?? new Date();
  await admin.db.transaction().execute(async (trx) => {
    const patch: Record<string, unknown> = {};
    if (change.name !== undefined) patch.name = change.name;
    if (change.kind !== undefined) patch.kind = change.kind;
    await updateVersioned(trx, 'agency', id, change.version, patch, now);
    await appendAudit(trx, admin.auditKey, {
      event: 'admin.agency.updated',
      ...actorOf(admin),
      recordType: 'agency',
      recordId: id,
      outcome: 'success',
      fields: Object.keys(patch),
    });
  });
  return admin.db.selectFrom('agency').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
