import type { Infer, TimelineEntry } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { TIMELINE_SOURCES } from './sources.js';

/**
 * A youth's timeline, newest first: every source's entries, read in one gate read (need-to-know; each value in its
 * field class, an entry of a hidden class left out; one audit entry naming the fields shown).
 */
export async function readTimeline(input: { gate: RecordsGate; actor: Actor; youthId: string }) {
  const { gate, actor, youthId } = input;
  // The sources' entries match core's TimelineEntry once presented (the route's schema checks each answer).
  return (await gate.read(
    actor,
    { youthId },
    {
      action: 'read_timeline',
      event: 'youth.read',
      recordType: 'timeline',
      run: async (h) => {
        const items = (await Promise.all(TIMELINE_SOURCES.map((source) => source(h, youthId)))).flat();
        items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
        return { entries: items.map((item) => item.entry) };
      },
    },
  )) as { entries: Infer<typeof TimelineEntry>[] };
}
