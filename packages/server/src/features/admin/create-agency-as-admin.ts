import type { AgencyKind } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { harborErrorWithMessage } from '../../errors.js';
import { createAgency } from '../../identity/accounts.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';

/** The answer to a name another agency has (a creation, or a rename). */
export const agencyNameTaken = () => harborErrorWithMessage('conflict', 'agency.nameTaken', 'agency name in use');

/** Adds an agency; its name must be new. */
export async function createAgencyAsAdmin(input: { actor: Actor; services: Services; name: string; kind: AgencyKind }) {
  const { actor, services, name, kind } = input;
  const now = services.gate.now();
  const taken = await services.database.db
    .selectFrom('agency')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (taken) throw agencyNameTaken();
  return services.database.db.transaction().execute(async (trx) => {
    const row = await createAgency(trx, { name, kind }, now);
    await appendAudit(trx, services.auditKey, {
      event: 'admin.agency.created',
      ...actorFields(actor),
      recordType: 'agency',
      recordId: row.id,
      outcome: 'success',
    });
    return row;
  });
}
