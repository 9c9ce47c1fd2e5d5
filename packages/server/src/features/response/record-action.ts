import { type AgeOnDay, countyDate, refusesAction } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthAgeOnDay } from '../youth/youth-facts.js';
import { insertAction } from './queries.js';
import { responseTarget } from './response-rules.js';

/**
 * The age that counts for an action now: the youth's record on the day of the conduct, never an age the client
 * sends when the record has one. An age sent for a youth with none on record is only an estimate (below 20 counts as
 * a minor); no age at all counts as a minor's (SB 1322; the reading that protects the youth).
 */
async function ageForAction(
  h: Parameters<typeof youthAgeOnDay>[0],
  response: ResponseTable,
  conductOn: string,
  stated: number | null,
): Promise<AgeOnDay> {
  const recorded = response.youth_id
    ? await youthAgeOnDay(h, response.youth_id, conductOn)
    : { basis: 'unknown' as const };
  if (recorded.basis !== 'unknown') return recorded;
  return stated === null ? recorded : { basis: 'estimate', years: stated };
}

/**
 * A law-enforcement action the officer is taking now. SB 1322 (Stats. 2016, in force 1 January 2017): an arrest,
 * citation or charge of a possible minor under PC 647(b) or 653.22, found however the code is written, is refused;
 * PC 653.22 is refused for anyone (repealed by SB 357, in force 1 January 2023). A refusal is audited and nothing is
 * stored. An arrest that already happened is another thing, kept: record-earlier-arrest.ts.
 */
export async function recordAction(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  timeZone: string;
  body: { kind: 'arrest' | 'citation' | 'charge'; code: string; ageYears: number | null; conductOn?: string };
}): Promise<string> {
  const { gate, actor, responseId, body } = input;
  const found: { row?: ResponseTable } = {};
  return gate.write(actor, responseTarget(responseId, found), {
    action: 'record_action',
    run: async (h) => {
      const response = found.row!;
      const today = countyDate(h.now, input.timeZone);
      const conductOn = body.conductOn ?? today;
      if (conductOn > today) {
        throw new HarborError('validation_failed', 'the day of the conduct is in the future', [
          { path: 'body.conductOn', message: 'response.conductOn.future' },
        ]);
      }
      const refusal = refusesAction(body.code, await ageForAction(h, response, conductOn, body.ageYears));
      if (refusal) {
        h.refuse({
          event: 'response.charge_refused',
          ...(response.youth_id ? { youthId: response.youth_id } : {}),
          recordType: 'response',
          recordId: responseId,
          outcome: 'denied',
          details: { kind: body.kind, code: body.code.slice(0, 40) },
        });
        const repealed = refusal.rule === 'pc653_22_repealed';
        throw new HarborError(
          'validation_failed',
          repealed
            ? 'SB 357: PC 653.22 was repealed for everyone on 1 January 2023'
            : 'SB 1322: a minor is not arrested, cited or charged under PC 647(b) or 653.22',
          [{ path: 'body.code', message: repealed ? 'response.pc653_22.repealed' : 'response.sb1322.refused' }],
        );
      }
      const id = newId();
      await insertAction(h.db, {
        id,
        response_id: responseId,
        kind: body.kind,
        code: body.code.trim(),
        conduct_on: conductOn,
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
