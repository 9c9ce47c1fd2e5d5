import { countyDate, unlawfulArrest } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { careTeamAndSupervisors, youthAgeOnDay } from '../youth/youth-facts.js';
import { insertEarlierArrest, insertNotification } from './queries.js';
import { responseTarget } from './response-rules.js';

/**
 * A record that an arrest, citation or charge already happened (the youth's history, or another agency's action): not
 * refused but kept, on the youth's record. PC 236.14 lets a survivor ask the court to vacate and seal such arrests,
 * so they must be known. When it was unlawful on its day (SB 1322, in force 1 January 2017: a possible minor under
 * PC 647(b) or 653.22; or PC 653.22 after its repeal by SB 357 on 1 January 2023, for anyone), it is a violation
 * someone must act on: the care team and the supervisors of their agencies are notified, and the audit says so.
 * The age is the record's on that day (an estimate below 20 or an unknown age counts as a minor's).
 */
export async function recordEarlierArrest(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  timeZone: string;
  body: {
    kind: 'arrest' | 'citation' | 'charge';
    code: string;
    occurredOn: string;
    agency: string;
    disposition?: string | undefined;
  };
}): Promise<string> {
  const { gate, actor, responseId, body } = input;
  const found: { row?: ResponseTable } = {};
  return gate.write(actor, responseTarget(responseId, found), {
    action: 'record_earlier_arrest',
    run: async (h) => {
      const response = found.row!;
      const youthId = response.youth_id;
      if (!youthId) {
        throw new HarborError('conflict', 'an earlier arrest is kept on the youth’s record: link the youth first', [
          { path: 'body', message: 'response.earlierArrest.noYouth' },
        ]);
      }
      if (body.occurredOn > countyDate(h.now, input.timeZone)) {
        throw new HarborError('validation_failed', 'the day is in the future', [
          { path: 'body.occurredOn', message: 'response.conductOn.future' },
        ]);
      }
      const unlawful = unlawfulArrest(body.code, await youthAgeOnDay(h, youthId, body.occurredOn), body.occurredOn);
      const id = newId();
      const disposition = body.disposition?.trim();
      await insertEarlierArrest(h.db, {
        id,
        youth_id: youthId,
        response_id: responseId,
        kind: body.kind,
        code: h.seal('earlier_arrest', 'code', id, body.code.trim()),
        occurred_on: body.occurredOn,
        agency: h.seal('earlier_arrest', 'agency', id, body.agency.trim()),
        disposition: disposition ? h.seal('earlier_arrest', 'disposition', id, disposition) : null,
        unlawful: unlawful?.rule ?? null,
        recorded_by: actor.userId,
        recorded_at: toStoredTime(h.now),
      });
      const recipients = unlawful ? await careTeamAndSupervisors(h.db, youthId) : [];
      for (const userId of recipients) {
        await insertNotification(
          h.db,
          { user_id: userId, kind: 'unlawful_arrest', response_id: responseId, response_step_id: null },
          h.now,
        );
      }
      h.record({
        event: 'response.earlier_arrest_recorded',
        youthId,
        recordType: 'earlier_arrest',
        recordId: id,
        fields: ['kind', 'code', 'occurred_on', 'agency', ...(disposition ? ['disposition'] : [])],
        outcome: 'success',
        details: { kind: body.kind, unlawful: unlawful !== null, notified: recipients.length },
      });
      return id;
    },
  });
}
