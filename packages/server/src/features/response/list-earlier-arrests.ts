import { relevantToVacatur } from '@harbor/core';
import type { EarlierArrestTable } from '../../db/tables/response.js';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordHandle, RecordsGate } from '../../records/gate.js';
import { earlierArrestsOf } from './queries.js';

/** Earlier arrests as shown: the protocol class (the care team's), decrypted, each marked for vacatur or not. */
export function earlierArrestViews(h: Pick<RecordHandle, 'open'>, rows: readonly EarlierArrestTable[]) {
  return classed(
    'protocol',
    rows.map((a) => {
      const code = h.open('earlier_arrest', 'code', a.id, a.code);
      return {
        id: a.id,
        kind: a.kind as 'arrest' | 'citation' | 'charge',
        code,
        occurredOn: a.occurred_on,
        agency: h.open('earlier_arrest', 'agency', a.id, a.agency),
        disposition: a.disposition ? h.open('earlier_arrest', 'disposition', a.id, a.disposition) : null,
        unlawful: a.unlawful,
        forVacatur: relevantToVacatur(code),
        recordedAt: a.recorded_at,
      };
    }),
  );
}

/**
 * A youth's earlier arrests, citations and charges, newest first; with `forVacatur`, only those a court may vacate
 * and seal under PC 236.14 (they name PC 647(b) or 653.22). Need-to-know; the read is audited.
 */
export async function listEarlierArrests(input: {
  gate: RecordsGate;
  actor: Actor;
  youthId: string;
  forVacatur: boolean;
}) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read_earlier_arrests',
      event: 'response.read',
      recordType: 'earlier_arrest',
      run: async (h) => {
        const views = earlierArrestViews(h, await earlierArrestsOf(h.db, youthId));
        return {
          items: input.forVacatur
            ? classed(
                'protocol',
                views.value.filter((a) => a.forVacatur),
              )
            : views,
        };
      },
    },
  );
}
