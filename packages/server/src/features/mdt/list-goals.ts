import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { goalsOf, userNames } from './queries.js';

/** The youth's own stated goals, newest first (class clinical: only clinical readers and their authors see them). */
export async function listGoals(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read',
      event: 'mdt.goals_read',
      recordType: 'youth_goal',
      run: async (h) => {
        const rows = await goalsOf(h.db, [youthId]);
        const names = await userNames(
          h.db,
          rows.map((r) => r.author_user_id),
        );
        return {
          items: rows.map((r) =>
            classed(
              'clinical',
              {
                id: r.id,
                text: h.open('youth_goal', 'text', r.id, r.text),
                saidOn: r.said_on,
                by: { userId: r.author_user_id, name: names.get(r.author_user_id) ?? '' },
                at: r.at,
              },
              { author: r.author_user_id },
            ),
          ),
        };
      },
    },
  );
}
