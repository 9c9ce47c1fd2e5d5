import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { responsesOfYouth } from './queries.js';

/** Responses about a youth, newest first (need-to-know; the read is audited). */
export async function listYouthResponses(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read_responses',
      event: 'response.read',
      recordType: 'response',
      run: (h) => responsesOfYouth(h.db, youthId, h.now),
    },
  );
}
