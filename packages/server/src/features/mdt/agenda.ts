import { countyDate, type Locale, SHARING_STATUSES, translate } from '@harbor/core';
import type { MdtEntryTable } from '../../db/tables/mdt.js';
import { type Classed, classed } from '../../records/classed.js';
import type { ListHandle } from '../../records/gate.js';
import { enrollmentsOfYouth, hearingsOf } from '../court/queries.js';
import { referralsOfYouth } from '../referral/queries.js';
import { loadResponseRow, responsesOfYouth } from '../response/queries.js';
import { goalsOf } from './queries.js';

export interface AgendaItem {
  id: string;
  kind: 'protocol_step' | 'referral' | 'court_date' | 'safety' | 'youth_goal' | 'member';
  text: string;
  dueAt?: string;
  link?: string;
}

type Item = Classed<AgendaItem>;

/**
 * The agenda of each entry, built at read time from what is open about its youth (each item in its class, so the
 * gate shows each reader what their classes allow): protocol responses with steps open or overdue, referrals still
 * open, the next court hearing, a crisis plan in place (safety), and the youth's own stated goals in their words
 * (clinical). Members' items are added by the caller.
 */
export async function agendaOf(
  h: ListHandle,
  entries: readonly MdtEntryTable[],
  locale: Locale,
  timeZone: string,
): Promise<Map<string, Item[]>> {
  const goals = await goalsOf(
    h.db,
    entries.map((e) => e.youth_id),
  );
  const out = new Map<string, Item[]>();
  for (const e of entries) {
    const items: Item[] = [...(await openWork(h, e.youth_id, locale, timeZone))];
    for (const g of goals.filter((goal) => goal.youth_id === e.youth_id)) {
      items.push(
        classed('clinical', { id: g.id, kind: 'youth_goal', text: h.open('youth_goal', 'text', g.id, g.text) }),
      );
    }
    out.set(e.id, items);
  }
  return out;
}

async function openWork(h: ListHandle, youthId: string, locale: Locale, timeZone: string): Promise<Item[]> {
  const items: Item[] = [];
  for (const r of await responsesOfYouth(h.db, youthId, h.now)) {
    if (r.status !== 'open') continue;
    const link = `/app/responses/${r.id}`;
    items.push(
      classed('protocol', {
        id: r.id,
        kind: 'protocol_step',
        text: translate(locale, 'mdt.agenda.protocol', { overdue: r.overdue_steps, pending: r.pending_steps }),
        link,
      }),
    );
    if ((await loadResponseRow(h.db, r.id))?.crisis_plan) {
      items.push(
        classed('safety', { id: `${r.id}-safety`, kind: 'safety', text: translate(locale, 'mdt.agenda.safety'), link }),
      );
    }
  }
  const open = new Set<string>(SHARING_STATUSES);
  for (const r of await referralsOfYouth(h.db, youthId)) {
    if (!open.has(r.status)) continue;
    items.push(
      classed('protocol', {
        id: r.id,
        kind: 'referral',
        text: translate(locale, 'mdt.agenda.referral', { service: r.service_name }),
        link: `/app/referrals/${r.id}`,
      }),
    );
  }
  // The county's day: a hearing today is still ahead in the evening, when UTC is already tomorrow.
  const today = countyDate(h.now, timeZone);
  const active = (await enrollmentsOfYouth(h.db, youthId)).filter((x) => x.status === 'active');
  const next = (
    await hearingsOf(
      h.db,
      active.map((x) => x.id),
    )
  ).find((hearing) => hearing.outcome === null && hearing.hearing_on >= today);
  if (next) {
    items.push(
      classed('protocol', {
        id: next.id,
        kind: 'court_date',
        text: translate(locale, 'mdt.agenda.courtDate', { department: next.department }),
        dueAt: next.hearing_on,
      }),
    );
  }
  return items;
}
