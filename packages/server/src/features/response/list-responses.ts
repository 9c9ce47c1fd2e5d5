import { decideOwnedAccess } from '@harbor/core';
import { HarborError } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../../page-cursor.js';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { type ResponseFilters, responsesPage } from './queries.js';

/**
 * The responses the caller works on ('mine': opened by them or about a youth on their care teams) or, for a
 * supervisor, their agency works on, newest first, a page at a time, filtered by status (open while a step is
 * pending), overdue steps, what opened them and the youth. Each line names the youth by initials (identity, audited as
 * a read of that youth's response) or, for a youth not identified yet, by who opened it; a line the caller has no
 * need-to-know for is left out.
 */
export async function listResponses(input: {
  gate: RecordsGate;
  actor: Actor;
  scope: 'mine' | 'agency';
  filters: ResponseFilters;
  page: { limit: number; cursor?: string | undefined };
}) {
  const { gate, actor, scope, filters, page } = input;
  if (scope === 'agency' && actor.role !== 'supervisor') {
    throw new HarborError('forbidden', 'the agency view is for supervisors');
  }
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  let next: string | null = null;
  const items = await gate.readMany(actor, { event: 'response.read', details: { via: 'responses' } }, async (h) => {
    const rows = await responsesPage(h.db, {
      scope: scope === 'mine' ? { userId: actor.userId } : { agencyId: actor.agencyId },
      filters,
      now: h.now,
      after,
      limit: page.limit,
    });
    const more = rows.length > page.limit;
    const shown = rows.slice(0, page.limit);
    const last = shown[shown.length - 1];
    next = more && last ? encodeCursor(last.opened_at, last.id) : null;
    const access = await h.accessTo(shown.flatMap((r) => (r.youth_id ? [r.youth_id] : [])));
    const labels = await youthLabels(
      h,
      shown.map((r) => (r.youth_id && access.has(r.youth_id) ? r.youth_id : null)),
    );
    return shown.flatMap((r) => {
      const owned = r.youth_id
        ? undefined
        : decideOwnedAccess(actor, { userId: r.opener_user_id, agencyId: r.opener_agency_id }, true);
      if (r.youth_id ? !access.has(r.youth_id) : !owned) return [];
      const label = r.youth_id ? labels.get(r.youth_id) : undefined;
      const pending = Number(r.pending_steps ?? 0);
      return [
        {
          youthId: r.youth_id,
          ...(owned ? { access: owned } : {}),
          recordType: 'response',
          recordId: r.id,
          view: {
            id: r.id,
            youthId: r.youth_id,
            ...(label ? { youth: classed('identity', { initials: label.initials, age: label.age }) } : {}),
            openerName: r.opener_name,
            openedBy: r.opened_by,
            openedAt: r.opened_at,
            status: pending > 0 ? ('open' as const) : ('closed' as const),
            pendingSteps: pending,
            overdueSteps: Number(r.overdue_steps ?? 0),
            nextDueAt: (r.next_due_at as string | null) ?? null,
          },
        },
      ];
    });
  });
  return { items, nextCursor: next };
}
