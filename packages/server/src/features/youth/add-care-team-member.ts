import type { CareTeamBasis } from '@harbor/core';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { addMember, isActiveMember } from './queries.js';

/** A care-team member (not a break-glass visitor) adds someone, from any agency, recording the basis. */
export async function addCareTeamMember(input: {
  gate: RecordsGate;
  actor: Actor;
  youthId: string;
  userId: string;
  basis: CareTeamBasis;
}): Promise<string> {
  const { gate, actor, youthId } = input;
  return gate.write(
    actor,
    { youthId },
    {
      action: 'add_member',
      run: async (h) => {
        const target = await h.db
          .selectFrom('app_user')
          .select(['id', 'agency_id', 'status'])
          .where('id', '=', input.userId)
          .executeTakeFirst();
        if (target?.status !== 'active') {
          throw new HarborError('validation_failed', 'unknown or disabled user', [
            { path: 'body.userId', message: 'validation.invalid' },
          ]);
        }
        if (await isActiveMember(h.db, youthId, target.id))
          throw new HarborError('conflict', 'already on the care team');
        const memberId = await addMember(h.db, {
          youthId,
          userId: target.id,
          agencyId: target.agency_id,
          basis: input.basis,
          addedBy: actor.userId,
          now: h.now,
        });
        h.record({
          event: 'care_team.member_added',
          youthId,
          recordType: 'care_team_member',
          recordId: memberId,
          outcome: 'success',
          details: { basis: input.basis, member_agency_id: target.agency_id },
        });
        return memberId;
      },
    },
  );
}
