import type { AgencyKind } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { HarborError } from '../../errors.js';
import { createAgency } from '../../identity/accounts.js';
import { type AdminCaller, actorOf } from './admin-caller.js';

/** Adds an agency; its name must be new. */
export async function createAgencyAsAdmin(input: { admin: AdminCaller; name: string; kind: AgencyKind }) {
  const { admin, name, kind } = input;
  const now = admin.now ?? new Date();
  const taken = await admin.db.selectFrom('agency').select('id').where('name', '=', name).executeTakeFirst();
  if (taken) throw new HarborError('conflict', 'agency name in use');
  return admin.db.transaction().execute(async (trx) => {
    const row = await createAgency(trx, { name, kind }, now);
    await appendAudit(trx, admin.auditKey, {
      event: 'admin.agency.created',
      ...actorOf(admin),
      recordType: 'agency',
      recordId: row.id,
      outcome: 'success',
    });
    return row;
  });
}
