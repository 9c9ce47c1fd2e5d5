import { stepNoteClass } from '@harbor/core';
import { classed } from '../../records/classed.js';
import type { TimelineEntrySource } from '../../records/timeline.js';
import { userNames } from '../screening/queries.js';
import { openCrisisPlan } from './crisis.js';
import { closedStepsOf, responsesOfYouthWithNames, telephoneReportTimesOf } from './queries.js';
import { protocolOf } from './response-rules.js';

/**
 * A youth's responses on the timeline: each opening, each step done or found not applicable (its note in its step's
 * class: clinical for health and mental-health steps), each telephone report (that it was made and when; its content
 * is the reporter's, PC 11167(d)), and the safety step (its reason for those who act on it).
 */
export const responseTimeline: TimelineEntrySource = async (h, youthId) => {
  const responses = await responsesOfYouthWithNames(h.db, youthId);
  const ids = responses.map((r) => r.id);
  const out: Awaited<ReturnType<TimelineEntrySource>> = [];
  const crises = responses.map((r) => ({ response: r, crisis: openCrisisPlan(h, r) }));
  const names = await userNames(
    h.db,
    crises.map((c) => c.crisis?.openedBy ?? null),
  );
  for (const { response: r, crisis } of crises) {
    const ref = { responseId: r.id, protocolId: r.protocol_id, protocolVersion: r.protocol_version };
    out.push({
      at: r.opened_at,
      entry: classed('protocol', {
        kind: 'response_opened',
        at: r.opened_at,
        by: r.opener_name,
        openedBy: r.opened_by,
        ...ref,
      }),
    });
    if (crisis) {
      out.push({
        at: crisis.openedAt,
        entry: classed('protocol', {
          kind: 'safety_step',
          at: crisis.openedAt,
          by: names.get(crisis.openedBy) ?? null,
          ...ref,
          reason: classed('safety', crisis.reason, { author: crisis.openedBy }),
        }),
      });
    }
  }
  const byId = new Map(responses.map((r) => [r.id, r]));
  for (const s of await closedStepsOf(h.db, ids)) {
    const r = byId.get(s.response_id)!;
    const definition = (await protocolOf(h.db, r)).steps.find((d) => d.id === s.step_id);
    const at = s.completed_at ?? s.updated_at;
    out.push({
      at,
      entry: classed('protocol', {
        kind: 'step_closed',
        at,
        by: s.completed_by_name ?? null,
        responseId: r.id,
        protocolId: r.protocol_id,
        protocolVersion: r.protocol_version,
        stepId: s.step_id,
        stepStatus: s.status,
        note: classed(stepNoteClass(definition), s.note ? h.open('response_step', 'note', s.id, s.note) : null, {
          author: s.completed_by,
        }),
      }),
    });
  }
  for (const t of await telephoneReportTimesOf(h.db, ids)) {
    const r = byId.get(t.response_id)!;
    out.push({
      at: t.called_at,
      entry: classed('protocol', {
        kind: 'telephone_report',
        at: t.called_at,
        by: t.display_name,
        responseId: r.id,
        protocolId: r.protocol_id,
        protocolVersion: r.protocol_version,
      }),
    });
  }
  return out;
};
