import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthScreeningSummaries } from './queries.js';
import { summaryView } from './screening-view.js';

/** A youth's completed screenings over time (every version, newest first); the caller's own drafts for the youth too. */
export async function listYouthScreenings(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read_screenings',
      event: 'youth.read',
      recordType: 'screening',
      run: async (h) => (await youthScreeningSummaries(h.db, youthId, actor.userId)).map((row) => summaryView(row)),
    },
  );
}
