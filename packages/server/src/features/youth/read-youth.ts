import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { loadYouthRow } from './queries.js';
import { openYouth } from './youth-data.js';
import { youthView } from './youth-view.js';

/** A youth's record, with the fields the caller's role and agency may see; the audit entry names exactly those. */
export async function readYouth(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read',
      event: 'youth.read',
      recordType: 'youth',
      run: async (h) => {
        const row = await loadYouthRow(h.db, youthId);
        if (!row) throw new HarborError('not_found', `no youth ${youthId}`);
        return youthView(h, row, openYouth(h, row), h.access === 'creator' ? 'care_team' : h.access);
      },
    },
  );
}
