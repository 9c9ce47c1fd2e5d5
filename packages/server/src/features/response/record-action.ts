import { refusesCharge } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthAge } from '../youth/youth-facts.js';
import { insertAction } from './queries.js';
import { responseTarget } from './response-rules.js';

/**
 * SB 1322: the law-enforcement actions Harbor records; an arrest or charge of a minor for PC 647(b) or 653.22 is
 * refused (the refusal is audited, nothing is stored). An unknown age counts as a minor.
 */
export async function recordAction(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  body: { kind: 'arrest' | 'citation' | 'charge'; code: string; ageYears: number | null };
}): Promise<string> {
  const { gate, actor, responseId, body } = input;
  const found: { row?: ResponseTable } = {};
  return gate.write(actor, responseTarget(responseId, found), {
    action: 'record_action',
    run: async (h) => {
      const response = found.row!;
      const age = body.ageYears ?? (response.youth_id ? await youthAge(h, response.youth_id) : null);
      if (refusesCharge(body.code, age)) {
        h.refuse({
          event: 'response.charge_refused',
          ...(response.youth_id ? { youthId: response.youth_id } : {}),
          recordType: 'response',
          recordId: responseId,
          outcome: 'denied',
          details: { kind: body.kind, code: body.code.slice(0, 40) },
        });
        throw new HarborError('validation_failed', 'SB 1322: a minor is not charged under PC 647(b) or 653.22', [
          { path: 'body.code', message: 'response.sb1322.refused' },
        ]);
      }
      const id = newId();
      await insertAction(h.db, {
        id,
        response_id: responseId,
        kind: body.kind,
        code: body.code.trim(),
        recorded_by: actor.userId,
        recorded_at: toStoredTime(h.now),
      });
      h.record({
        event: 'response.action_recorded',
        ...(response.youth_id ? { youthId: response.youth_id } : {}),
        recordType: 'law_enforcement_action',
        recordId: id,
        outcome: 'success',
        details: { kind: body.kind },
      });
      return id;
    },
  });
}
