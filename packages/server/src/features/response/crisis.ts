import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordHandle, RecordsGate } from '../../records/gate.js';
import { activeMembersWithRole } from '../youth/youth-facts.js';
import { insertNotification, updateResponseRow } from './queries.js';
import { responseTarget } from './response-rules.js';

/** The safety step of a response: when and why it opened, and the plan agreed (safety class, encrypted). */
export interface CrisisPlan {
  openedAt: string;
  openedBy: string;
  reason: string;
  plan: Record<string, string>;
}

export function openCrisisPlan(h: Pick<RecordHandle, 'open'>, response: ResponseTable): CrisisPlan | null {
  if (!response.crisis_plan) return null;
  return JSON.parse(h.open('response', 'crisis_plan', response.id, response.crisis_plan)) as CrisisPlan;
}

/** Opens the safety step (in the handle's transaction): records when and why, and notifies the care team's clinicians. */
export async function openCrisisIn(h: RecordHandle, response: ResponseTable, reason: string): Promise<void> {
  const plan: CrisisPlan = { openedAt: h.now.toISOString(), openedBy: h.actor.userId, reason, plan: {} };
  await updateResponseRow(
    h.db,
    response.id,
    response.version,
    { crisis_plan: h.seal('response', 'crisis_plan', response.id, JSON.stringify(plan)) },
    h.now,
  );
  const clinicians = response.youth_id ? await activeMembersWithRole(h.db, response.youth_id, ['clinician']) : [];
  for (const clinician of clinicians) {
    await insertNotification(
      h.db,
      { user_id: clinician.id, kind: 'crisis', response_id: response.id, response_step_id: null },
      h.now,
    );
  }
  h.record({
    event: 'response.crisis_plan_saved',
    ...(response.youth_id ? { youthId: response.youth_id } : {}),
    recordType: 'response',
    recordId: response.id,
    fields: ['crisis_plan'],
    outcome: 'success',
    details: { opened: true, notified: clinicians.length },
  });
}

/** Opens the safety step on a response (a crisis now, or a positive safety answer seen later). */
export async function openCrisis(input: { gate: RecordsGate; actor: Actor; responseId: string; reason: string }) {
  const { gate, actor, responseId } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'open_crisis',
    run: async (h) => {
      const response = found.row!;
      if (response.crisis_plan) throw new HarborError('conflict', 'the safety step is already open');
      await openCrisisIn(h, response, input.reason);
    },
  });
}

/** Saves the crisis plan's fields (safety contacts, warning signs, steps agreed) under optimistic concurrency. */
export async function saveCrisisPlan(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  body: { plan: Record<string, string>; version: number };
}): Promise<void> {
  const { gate, actor, responseId, body } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'crisis_plan',
    run: async (h) => {
      const response = found.row!;
      const current = openCrisisPlan(h, response);
      if (!current) throw new HarborError('conflict', 'no safety step is open');
      // Whoever may not read the plan may not overwrite it either.
      if (!h.classes.has('safety')) {
        throw new HarborError('forbidden', `role ${actor.role} may not change the crisis plan`);
      }
      const next = { ...current, plan: body.plan };
      await updateResponseRow(
        h.db,
        responseId,
        body.version,
        { crisis_plan: h.seal('response', 'crisis_plan', responseId, JSON.stringify(next)) },
        h.now,
      );
      h.record({
        event: 'response.crisis_plan_saved',
        ...(response.youth_id ? { youthId: response.youth_id } : {}),
        recordType: 'response',
        recordId: responseId,
        fields: ['crisis_plan'],
        outcome: 'success',
      });
    },
  });
}
