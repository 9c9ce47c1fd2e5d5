import { toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { updateResponseRow } from './queries.js';
import { checkPast, moveClocks, protocolOf, responseTarget, settleLearnedAt } from './response-rules.js';

/**
 * Records (or corrects) when the youth was recovered, by anyone on the care team. The steps that count from the
 * recovery move with it: the partners' 90 minutes and, where there is a recovery, the 72-hour health and services steps
 * and the advocate's 90 days (LA CSEC First Responder Protocol), each with an audit entry. A recovery before the time
 * recorded for receiving the information moves that earlier too (the earliest reading, which protects the youth).
 */
export async function recordRecovery(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  body: { recoveredAt: string; version: number };
}): Promise<void> {
  const { gate, actor, responseId, body } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'record_recovery',
    run: async (h) => {
      const response = found.row!;
      const recoveredAt = new Date(body.recoveredAt);
      checkPast(recoveredAt, h.now, 'body.recoveredAt');
      const version = await updateResponseRow(
        h.db,
        response.id,
        body.version,
        { recovered_at: toStoredTime(recoveredAt) },
        h.now,
      );
      response.version = version;
      response.recovered_at = toStoredTime(recoveredAt);
      h.record({
        event: 'response.recovery_recorded',
        ...(response.youth_id ? { youthId: response.youth_id } : {}),
        recordType: 'response',
        recordId: response.id,
        fields: ['recovered_at'],
        outcome: 'success',
      });
      const protocol = await protocolOf(h.db, response);
      await moveClocks(h, response, protocol, ['recovery', 'recovery_or_opening'], recoveredAt);
      const learned = new Date(response.learned_at ?? response.opened_at);
      if (recoveredAt.getTime() < learned.getTime()) {
        await settleLearnedAt(h, response, protocol, recoveredAt, new Date(8.64e15));
      }
    },
  });
}
