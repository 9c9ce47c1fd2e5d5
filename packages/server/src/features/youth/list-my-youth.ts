import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { myYouthPage } from './queries.js';
import { summaryView } from './youth-view.js';

function encodeCursor(row: { updated_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.updated_at, row.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // reported below
  }
  throw new HarborError('validation_failed', 'bad cursor', [{ path: 'query.cursor', message: 'validation.invalid' }]);
}

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
    next = candidates.length > page.limit && last ? encodeCursor(last) : null;
    return rows.slice(0, page.limit).map((row) => ({
      youthId: row.id,
      recordType: 'youth',
      recordId: row.id,
      view: summaryView(h, row, access.get(row.id)!),
    }));
  });
  return { items, nextCursor: next };
}
