import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { careTeamOf } from './queries.js';

/** A youth's care team: who, from which agency, on what basis (need-to-know; the read is audited). */
export async function listCareTeam(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read_care_team',
      event: 'youth.read',
      recordType: 'care_team',
      run: async (h) =>
        (await careTeamOf(h.db, youthId)).map((r) => ({
          id: r.id,
          userId: r.user_id,
          displayName: r.display_name,
          role: r.role,
          agencyId: r.agency_id,
          agencyName: r.agency_name,
          email: r.email,
          workPhone: r.work_phone,
          basis: r.basis,
          addedAt: r.added_at,
        })),
    },
  );
}
