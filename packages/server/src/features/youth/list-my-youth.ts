import { decodeCursor, encodeCursor } from '../../page-cursor.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { myYouthPage } from './queries.js';
import { summaryView } from './youth-view.js';

/** The youth on the caller's care teams, most recently updated first, a page at a time (each line audited). */
export async function listMyYouth(input: {
  gate: RecordsGate;
  actor: Actor;
  page: { limit: number; cursor?: string | undefined };
}) {
  const { gate, actor, page } = input;
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  let next: string | null = null;
  const items = await gate.readMany(actor, { event: 'youth.read', details: { via: 'list' } }, async (h) => {
    const candidates = await myYouthPage(h.db, actor.userId, { limit: page.limit, after });
    const access = await h.accessTo(candidates.map((r) => r.id));
    const rows = candidates.filter((r) => access.has(r.id));
    const last = rows[page.limit - 1];
    next = candidates.length > page.limit && last ? encodeCursor(last.updated_at, last.id) : null;
    return rows.slice(0, page.limit).map((row) => ({
      youthId: row.id,
      recordType: 'youth',
      recordId: row.id,
      view: summaryView(h, row, access.get(row.id)!),
    }));
  });
  return { items, nextCursor: next };
}
