import type { ScreeningTable } from '../../db/tables/screening.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { requireInstrument } from './instruments.js';
import { linkVersions, loadScreening, versionChain } from './queries.js';
import { screeningTarget } from './screening-rules.js';
import { screeningView } from './screening-view.js';

/**
 * Links a screening of a youth not identified at the time to the youth's record, with every version of it. Only its
 * author links it, once, and only to a youth on whose care team they are (not through break-glass).
 */
export async function linkScreening(input: { gate: RecordsGate; actor: Actor; screeningId: string; youthId: string }) {
  const { gate, actor, screeningId: id, youthId } = input;
  const found: { row?: ScreeningTable } = {};
  return gate.write(actor, screeningTarget(id, found), {
    action: 'link',
    readEvent: 'screening.read',
    recordType: 'screening',
    recordId: id,
    run: async (h) => {
      const row = found.row!;
      if (row.youth_id !== null) throw new HarborError('conflict', `screening ${id} is already linked`);
      if (row.created_by !== actor.userId) throw new HarborError('forbidden', 'only the author links a screening');
      const youthAccess = (await h.accessTo([youthId])).get(youthId);
      if (!youthAccess) {
        h.refuse({
          event: 'access.denied',
          youthId,
          recordType: 'youth',
          recordId: youthId,
          outcome: 'denied',
          details: { action: 'link_screening' },
        });
        throw new HarborError('not_found', `no need-to-know for youth ${youthId}`);
      }
      if (youthAccess === 'break_glass') throw new HarborError('forbidden', 'break-glass access is read-only');
      const chain = await versionChain(h.db, id);
      await linkVersions(h.db, chain, youthId);
      h.record({
        event: 'screening.linked',
        youthId,
        recordType: 'screening',
        recordId: id,
        fields: ['youth_id'],
        outcome: 'success',
        details: { versions: chain.length },
      });
      h.shows({ youthId, recordId: id });
      const linked = (await loadScreening(h.db, id))!;
      return screeningView(h, linked, await requireInstrument(h.db, linked.instrument_id, linked.instrument_version));
    },
  });
}
