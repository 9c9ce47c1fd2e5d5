import type { MdtEntryTable } from '../../db/tables/mdt.js';
import { type Classed, classed } from '../../records/classed.js';
import type { ListHandle } from '../../records/gate.js';
import { goalsOf } from './queries.js';

export interface AgendaItem {
  id: string;
  kind: 'protocol_step' | 'referral' | 'court_date' | 'safety' | 'youth_goal' | 'member';
  text: string;
  dueAt?: string;
  link?: string;
}

/**
 * The agenda of each entry built at read time from what is open about its youth: the youth's own stated goals (in
 * their words, class clinical). Members' items are added by the caller.
 */
export async function agendaOf(
  h: ListHandle,
  entries: readonly MdtEntryTable[],
): Promise<Map<string, Classed<AgendaItem>[]>> {
  const goals = await goalsOf(
    h.db,
    entries.map((e) => e.youth_id),
  );
  const out = new Map<string, Classed<AgendaItem>[]>();
  for (const e of entries) {
    out.set(
      e.id,
      goals
        .filter((g) => g.youth_id === e.youth_id)
        .map((g) =>
          classed('clinical', {
            id: g.id,
            kind: 'youth_goal' as const,
            text: h.open('youth_goal', 'text', g.id, g.text),
          }),
        ),
    );
  }
  return out;
}
