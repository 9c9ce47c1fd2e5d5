import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { removeMember } from './queries.js';

/** Removes someone from a youth's care team (the row is kept with who and when); not under break-glass. */
export async function removeCareTeamMember(input: {
  gate: RecordsGate;
  actor: Actor;
  youthId: string;
  memberId: string;
}): Promise<void> {
  const { gate, actor, youthId, memberId } = input;
  await gate.write(
    actor,
    { youthId },
    {
      action: 'remove_member',
      run: async (h) => {
        if (!(await removeMember(h.db, { youthId, memberId, by: actor.userId, now: h.now }))) {
          throw new HarborError('not_found', 'no such member');
        }
        h.record({
          event: 'care_team.member_removed',
          youthId,
          recordType: 'care_team_member',
          recordId: memberId,
          outcome: 'success',
        });
      },
    },
  );
}
