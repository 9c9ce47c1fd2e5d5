import { BREAK_GLASS_MS } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { insertGrant, youthExists } from './queries.js';

/**
 * Emergency access to a youth outside one's care team: a written reason, 60 minutes, read-only, audited, and listed
 * for the supervisors of the agencies on the youth's care team.
 */
export async function openBreakGlass(input: { gate: RecordsGate; actor: Actor; youthId: string; reason: string }) {
  const { gate, actor, youthId } = input;
  return gate.write(
    actor,
    { creating: 'break_glass_grant' },
    {
      action: 'break_glass',
      run: async (h) => {
        if (!(await youthExists(h.db, youthId))) throw new HarborError('not_found', 'no such youth');
        const id = newId();
        const grant = {
          id,
          userId: actor.userId,
          youthId,
          reason: h.seal('break_glass_grant', 'reason', id, input.reason.trim()),
          grantedAt: toStoredTime(h.now),
          expiresAt: toStoredTime(new Date(h.now.getTime() + BREAK_GLASS_MS)),
        };
        await insertGrant(h.db, grant);
        h.record({
          event: 'access.break_glass',
          youthId,
          recordType: 'break_glass_grant',
          recordId: grant.id,
          outcome: 'success',
          details: { minutes: BREAK_GLASS_MS / 60_000 },
        });
        return { id: grant.id, expiresAt: grant.expiresAt };
      },
    },
  );
}
