import { countyDate } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { refused } from './mdt-rules.js';
import { insertGoal } from './queries.js';

/** Records one of the youth's own stated goals, in their words (class clinical, encrypted), through the gate. */
export async function addGoal(input: {
  gate: RecordsGate;
  actor: Actor;
  youthId: string;
  timeZone: string;
  body: { text: string; saidOn: string };
}): Promise<string> {
  const { gate, actor, youthId, timeZone, body } = input;
  return gate.write(
    actor,
    { youthId },
    {
      action: 'mdt_add_goal',
      run: async (h) => {
        if (!h.classes.has('clinical')) throw refused('body.text', 'error.forbidden');
        // Not after the county's today (in the evening UTC is already tomorrow).
        if (body.saidOn > countyDate(h.now, timeZone)) throw refused('body.saidOn', 'mdt.goal.future');
        const id = newId();
        await insertGoal(h.db, {
          id,
          youth_id: youthId,
          text: h.seal('youth_goal', 'text', id, body.text),
          said_on: body.saidOn,
          author_user_id: actor.userId,
          at: toStoredTime(h.now),
        });
        h.record({
          event: 'mdt.goal_added',
          youthId,
          recordType: 'youth_goal',
          recordId: id,
          fields: ['text', 'said_on'],
          outcome: 'success',
        });
        return id;
      },
    },
  );
}
