import type { Deadline, Infer } from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { DeadlineScope } from '../../records/deadlines.js';
import type { RecordsGate } from '../../records/gate.js';
import { DEADLINE_SOURCES } from './sources.js';

/**
 * What is due within the next `hours` (and everything overdue), most urgent first: every source's lines (protocol
 * steps, referrals' clocks), each source in its own gate read (its own audit event, one entry per line shown).
 */
export async function listDeadlines(input: {
  gate: RecordsGate;
  actor: Actor;
  scope: DeadlineScope;
  hours: number;
  timeZone: string;
  limit?: number;
}) {
  const { gate, actor, scope, hours, timeZone } = input;
  if (scope === 'agency' && actor.role !== 'supervisor') {
    throw new HarborError('forbidden', 'the agency view is for supervisors');
  }
  const limit = input.limit ?? 200;
  const lines: { dueAt: string }[] = [];
  // One source after another: each read writes its audit entries.
  for (const source of DEADLINE_SOURCES) {
    const until = (now: Date) => toStoredTime(new Date(now.getTime() + hours * 3600_000));
    lines.push(
      ...(await gate.readMany(actor, { event: source.event, details: { via: 'deadlines' } }, (h) =>
        source.find(h, { scope, until: until(h.now), limit, timeZone }),
      )),
    );
  }
  lines.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  // The sources' lines match core's Deadline once presented (the route's schema checks each answer).
  return lines.slice(0, limit) as Infer<typeof Deadline>[];
}
