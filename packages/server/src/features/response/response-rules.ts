import {
  DEFAULT_PROTOCOL_ID,
  type ProtocolDefinition,
  type ProtocolFacts,
  parseProtocol,
  planSteps,
  SHIPPED_PROTOCOLS,
} from '@harbor/core';
import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { ResponseStepTable, ResponseTable } from '../../db/tables/response.js';
import { DefinitionStore } from '../../definitions/definition-store.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { Located, RecordHandle } from '../../records/gate.js';
import {
  cancelEscalations,
  closeStepRow,
  escalationsOf,
  insertEscalation,
  loadResponseRow,
  loadStepRow,
  moveEscalation,
  scheduleStep,
  stepsOf,
  updateResponseRow,
} from './queries.js';

/**
 * The rules of responses that several use cases share. A response runs a protocol's steps for a youth (or a youth not
 * identified yet), each with its owner, start, due time and completion:
 * - Need-to-know: a response about an identified youth follows the youth's care team (404 otherwise); one about a
 *   youth not identified yet is seen by its opener and the supervisors of the opener's agency.
 * - Only a step's owner completes it (the role it names, on the care team; or the opener); break-glass is read-only.
 * - Clocks are UTC instants computed by the core (planSteps); a step whose start has not happened has no due time.
 * - Every change writes its audit entry in the same transaction; each due step gets its escalation rows, which the
 *   deadline scheduler (features/escalation) sends exactly once; closing a step cancels them.
 */

export const protocols = new DefinitionStore<ProtocolDefinition>(
  'protocol',
  (input) => {
    const parsed = parseProtocol(input);
    return parsed.ok ? { ok: true, value: parsed.protocol } : parsed;
  },
  SHIPPED_PROTOCOLS,
);

/** The newest version of the default protocol (or of the one named). */
export async function currentProtocol(db: Kysely<Database>, id = DEFAULT_PROTOCOL_ID): Promise<ProtocolDefinition> {
  const newest = (await protocols.newest(db)).find((p) => p.definition.id === id);
  if (!newest) throw new HarborError('internal', `protocol ${id} is not stored`);
  return newest.definition;
}

export async function protocolOf(db: Kysely<Database>, row: ResponseTable): Promise<ProtocolDefinition> {
  const protocol = await protocols.find(db, row.protocol_id, row.protocol_version);
  if (!protocol) throw new HarborError('internal', `protocol ${row.protocol_id}@${row.protocol_version} is gone`);
  return protocol;
}

/** Where a response belongs, for the records gate (and the row, for the use case). */
export function responseTarget(id: string, found: { row?: ResponseTable }) {
  return {
    recordType: 'response',
    recordId: id,
    locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
      const row = await loadResponseRow(db, id);
      if (!row) return undefined;
      found.row = row;
      if (row.youth_id) return { youthId: row.youth_id };
      return { owner: { userId: row.opener_user_id, agencyId: row.opener_agency_id }, supervisorsSee: true };
    },
  };
}

/** A response's facts; a yes-or-no fact a response opened before it existed did not record reads as no. */
export function factsOf(row: ResponseTable): ProtocolFacts {
  return { in_child_welfare: false, ...(JSON.parse(row.facts) as ProtocolFacts) };
}

/** The stored step, or 404. */
export async function requireStep(
  db: Kysely<Database>,
  responseId: string,
  stepId: string,
): Promise<ResponseStepTable> {
  const step = await loadStepRow(db, responseId, stepId);
  if (!step) throw new HarborError('not_found', `no step ${stepId}`);
  return step;
}

/**
 * Whether the actor owns a step: its assigned user; else the opener for 'opener' steps; else its role (and agency
 * kind, when the step names one).
 */
export function ownsStep(actor: Actor, response: ResponseTable, step: ResponseStepTable): boolean {
  if (step.owner_user_id) return step.owner_user_id === actor.userId;
  if (step.owner_role === 'opener') return response.opener_user_id === actor.userId;
  if (step.owner_role !== actor.role) return false;
  return !step.owner_agency_kind || actor.agencyKind === step.owner_agency_kind;
}

export function requireOwner(actor: Actor, response: ResponseTable, step: ResponseStepTable): void {
  if (!ownsStep(actor, response, step)) {
    throw harborErrorWithMessage('forbidden', 'response.step.notOwner', `step ${step.step_id} is not the caller's`);
  }
}

export async function stepDefinition(db: Kysely<Database>, response: ResponseTable, stepId: string) {
  const definition = (await protocolOf(db, response)).steps.find((s) => s.id === stepId);
  if (!definition) throw new HarborError('not_found', `no step ${stepId}`);
  return definition;
}

/** A minute of grace for clocks a little apart; a completion cannot be in the future. */
export function checkPast(at: Date, now: Date, path: string): void {
  if (at.getTime() > now.getTime() + 60_000) {
    throw new HarborError('validation_failed', 'a time in the future', [{ path, message: 'response.time.future' }]);
  }
}

/** Schedules (or reschedules) the steps whose clocks have started, and their escalations. */
export async function planResponse(
  db: Kysely<Database>,
  protocol: ProtocolDefinition,
  row: ResponseTable,
  now: Date,
): Promise<void> {
  const steps = await stepsOf(db, row.id);
  const completed: Record<string, Date> = {};
  for (const step of steps) {
    if (step.status === 'completed' && step.completed_at) completed[step.step_id] = new Date(step.completed_at);
  }
  const plan = planSteps(protocol, factsOf(row), {
    openedAt: new Date(row.opened_at),
    ...(row.recovered_at ? { recoveredAt: new Date(row.recovered_at) } : {}),
    ...(row.learned_at ? { learnedAt: new Date(row.learned_at) } : {}),
    completed,
  });
  for (const planned of plan) {
    const step = steps.find((s) => s.step_id === planned.stepId);
    if (step?.status !== 'pending' || step.due_at !== null || !planned.dueAt || !planned.startsAt) continue;
    await scheduleStep(db, step.id, planned.startsAt, planned.dueAt, now);
    const definition = protocol.steps.find((s) => s.id === step.step_id)!;
    for (const [level, rule] of (definition.escalation ?? []).entries()) {
      await insertEscalation(db, {
        response_step_id: step.id,
        level,
        notify: rule.notify,
        due_at: toStoredTime(new Date(planned.dueAt.getTime() + rule.afterMinutesOverdue * 60_000)),
      });
    }
  }
}

/**
 * Moves a pending step's clock to a new start (its due time the protocol's minutes after), with its escalations: those
 * not sent yet move with it; missing ones are added. Returns the due times before and after (null when unchanged).
 */
export async function rescheduleStep(
  db: Kysely<Database>,
  definition: ProtocolDefinition['steps'][number],
  step: ResponseStepTable,
  start: Date,
  now: Date,
): Promise<{ from: string | null; to: string } | null> {
  const due = new Date(start.getTime() + definition.due.minutes * 60_000);
  const to = toStoredTime(due);
  if (step.status !== 'pending' || step.due_at === to) return null;
  await scheduleStep(db, step.id, start, due, now);
  const existing = await escalationsOf(db, step.id);
  for (const [level, rule] of (definition.escalation ?? []).entries()) {
    const at = toStoredTime(new Date(due.getTime() + rule.afterMinutesOverdue * 60_000));
    const row = existing.find((e) => e.level === level);
    if (!row) await insertEscalation(db, { response_step_id: step.id, level, notify: rule.notify, due_at: at });
    else if (row.status === 'pending') await moveEscalation(db, row.id, at);
  }
  return { from: step.due_at, to };
}

/** Marks a step completed (or not applicable) and starts the clocks that wait for it, in the handle's transaction. */
export async function closeStep(
  h: RecordHandle,
  response: ResponseTable,
  step: ResponseStepTable,
  change: {
    status: 'completed' | 'not_applicable' | 'declined';
    at: Date;
    note: string | null;
    version?: number;
    /** A supervisor of the owner's agency closed it, not its owner. */
    asSupervisor?: boolean;
  },
): Promise<void> {
  await closeStepRow(
    h.db,
    step,
    {
      status: change.status,
      completed_by: h.actor.userId,
      completed_at: toStoredTime(change.at),
      note: change.note ? h.seal('response_step', 'note', step.id, change.note) : null,
    },
    change.version,
    h.now,
  );
  await cancelEscalations(h.db, step.id);
  await planResponse(h.db, await protocolOf(h.db, response), response, h.now);
  h.record({
    event:
      change.status === 'completed'
        ? 'response.step_completed'
        : change.status === 'declined'
          ? 'response.step_declined'
          : 'response.step_not_applicable',
    ...(response.youth_id ? { youthId: response.youth_id } : {}),
    recordType: 'response_step',
    recordId: step.id,
    fields: change.note ? ['note'] : [],
    outcome: 'success',
    details: { step: step.step_id, ...(change.asSupervisor ? { as_supervisor: true } : {}) },
  });
}

/** The step's owner by name: its assigned person, or the opener for the opener's steps; else null (its role owns it). */
export function stepOwnerName(r: {
  owner_name: string | null;
  owner_role: string;
  opener_name: string;
}): string | null {
  if (r.owner_name) return r.owner_name;
  return r.owner_role === 'opener' ? r.opener_name : null;
}

/**
 * When the reporter received the information, as they say, or as recorded: PC 11166(a) runs the written report's 36
 * hours from it, and it is never later than the call (one cannot report what one has not learned). A time given after
 * the call is refused; a default after the call (the response opened after a call made beforehand) becomes the call's
 * time, the earlier reading, which protects the youth and the reporter. A change moves the written report's deadline,
 * with an audit entry.
 */
export async function settleLearnedAt(
  h: RecordHandle,
  response: ResponseTable,
  protocol: ProtocolDefinition,
  given: Date | null,
  calledAt: Date,
): Promise<void> {
  if (given && given.getTime() > calledAt.getTime()) {
    throw new HarborError('validation_failed', 'information received after the call', [
      { path: 'body.learnedAt', message: 'response.learnedAt.afterCall' },
    ]);
  }
  const stored = new Date(response.learned_at ?? response.opened_at);
  const learnedAt = given ?? (stored.getTime() > calledAt.getTime() ? calledAt : stored);
  if (response.learned_at && learnedAt.getTime() === stored.getTime()) return;
  await updateResponseRow(h.db, response.id, response.version, { learned_at: toStoredTime(learnedAt) }, h.now);
  response.learned_at = toStoredTime(learnedAt);
  response.version += 1;
  h.record({
    event: 'response.learned_at_recorded',
    ...(response.youth_id ? { youthId: response.youth_id } : {}),
    recordType: 'response',
    recordId: response.id,
    fields: ['learned_at'],
    outcome: 'success',
  });
  await moveClocks(h, response, protocol, ['information_received'], learnedAt);
}

/** Moves the pending steps whose clocks start on these events to a new start, with an audit entry per step moved. */
export async function moveClocks(
  h: RecordHandle,
  response: ResponseTable,
  protocol: ProtocolDefinition,
  starts: readonly ProtocolDefinition['steps'][number]['start']['on'][],
  start: Date,
): Promise<void> {
  for (const definition of protocol.steps.filter((s) => starts.includes(s.start.on))) {
    const step = await loadStepRow(h.db, response.id, definition.id);
    const moved = step ? await rescheduleStep(h.db, definition, step, start, h.now) : null;
    if (step && moved) {
      h.record({
        event: 'response.deadline_moved',
        ...(response.youth_id ? { youthId: response.youth_id } : {}),
        recordType: 'response_step',
        recordId: step.id,
        outcome: 'success',
        details: { step: definition.id, ...(moved.from ? { from: moved.from } : {}), to: moved.to },
      });
    }
  }
}
