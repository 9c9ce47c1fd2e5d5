import { appendAudit } from '../../audit/index.js';
import { HarborError } from '../../errors.js';
import { type Actor, actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { setWorkPhone } from './queries.js';

/**
 * Sets a staff member's work phone: their own, or, for an administrator, anyone's. Audited as a change of the user
 * (the field's name, never its value).
 */
export async function changeWorkPhone(input: {
  services: Pick<Services, 'database' | 'auditKey' | 'gate'>;
  actor: Actor;
  userId: string;
  workPhone: string | null;
}): Promise<{ workPhone: string | null }> {
  const { services, actor, userId } = input;
  const workPhone = input.workPhone?.trim() ? input.workPhone.trim() : null;
  const now = services.gate.now();
  await services.database.db.transaction().execute(async (trx) => {
    if (!(await setWorkPhone(trx, userId, workPhone, now))) throw new HarborError('not_found', 'no such user');
    await appendAudit(
      trx,
      services.auditKey,
      {
        event: 'admin.user.updated',
        ...actorFields(actor),
        recordType: 'user',
        recordId: userId,
        fields: ['work_phone'],
        outcome: 'success',
        details: { by: userId === actor.userId ? 'self' : 'administrator' },
      },
      now,
    );
  });
  return { workPhone };
}
