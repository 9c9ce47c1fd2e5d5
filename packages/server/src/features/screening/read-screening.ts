import type { ScreeningTable } from '../../db/tables/screening.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { requireInstrument } from './instruments.js';
import { screeningTarget } from './screening-rules.js';
import { screeningView } from './screening-view.js';

/** One screening, with the answers the caller may see and its result (audited as a read of the youth's data). */
export async function readScreening(input: { gate: RecordsGate; actor: Actor; screeningId: string }) {
  const { gate, actor, screeningId } = input;
  const found: { row?: ScreeningTable } = {};
  return gate.read(actor, screeningTarget(screeningId, found), {
    action: 'read',
    event: 'screening.read',
    recordType: 'screening',
    run: async (h) => {
      const row = found.row!;
      return screeningView(h, row, await requireInstrument(h.db, row.instrument_id, row.instrument_version));
    },
  });
}
