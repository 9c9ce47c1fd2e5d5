import {
  DEFAULT_PROTOCOL_ID,
  isValidReferralNumber,
  normaliseReferralNumber,
  type ProtocolDefinition,
  type ProtocolFacts,
  parseProtocol,
  planSteps,
  refusesCharge,
  SHIPPED_PROTOCOLS,
} from '@harbor/core';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit, auditOnce } from '../../audit/index.js';
import { decryptField, encryptField, fieldAad } from '../../crypto/field-encryption.js';
import type { Keyring } from '../../crypto/keys.js';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { ResponseOpenedBy, ResponseStepTable, ResponseTable } from '../../db/tables/response.js';
import { updateVersioned, versionedInsertColumns } from '../../db/versioned.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { DefinitionStore } from '../definitions.js';
import { type Caller, requireYouthAccess } from '../youth/youth-records.js';

/**
 * The one repository for responses: a response runs a protocol's steps for a youth (or a youth not identified yet),
 * each with its owner, start, due time and completion. Rules:
 * - Need-to-know: a response about an identified youth follows the youth's care team (404 otherwise); one about a youth
 *   not identified yet is seen by its opener and the supervisors of the opener's agency.
 * - Only a step's owner completes it (the role it names, on the care team; or the opener); break-glass is read-only.
 * - Clocks are UTC instants computed by the core (planSteps); a step whose start has not happened has no due time yet.
 * - Every change writes its audit entry in the same transaction; each due step gets its escalation rows, which the
 *   scheduler (features/escalation) sends exactly once; completing a step cancels them.
 */

export const protocols = new DefinitionStore<ProtocolDefinition>(
  'protocol',
  (input) => {
    const parsed = parseProtocol(input);
    return parsed.ok ? { ok: true, value: parsed.protocol } : parsed;
  },
  SHIPPED_PROTOCOLS,
);

export interface ResponseCaller extends Caller {
  keyring: Keyring;
}

type Db = Kysely<Database> | Transaction<Database>;
const who = (c: Caller) => ({ actorUserId: c.user.id, actorAgencyId: c.user.agency_id, ip: c.ip });
const nowOf = (c: Caller) => c.now ?? new Date();
const noteAad = (stepRowId: string) => fieldAad('response_step', 'note', stepRowId);

/** The newest version of the default protocol (or of the one named). */
export async function currentProtocol(db: Kysely<Database>, id = DEFAULT_PROTOCOL_ID): Promise<ProtocolDefinition> {
  const newest = (await protocols.newest(db)).find((p) => p.definition.id === id);
  if (!newest) throw new HarborError('internal', `protocol ${id} is not stored`);
  return newest.definition;
}

async function protocolOf(db: Kysely<Database>, row: ResponseTable): Promise<ProtocolDefinition> {
  const protocol = await protocols.find(db, row.protocol_id, row.protocol_version);
  if (!protocol) throw new HarborError('internal', `protocol ${row.protocol_id}@${row.protocol_version} is gone`);
  return protocol;
}

async function loadResponse(db: Db, id: string): Promise<ResponseTable> {
  const row = await db.selectFrom('response').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new HarborError('not_found', `no response ${id}`);
  return row;
}

export type ResponseAccess = 'care_team' | 'agency_supervisor' | 'break_glass' | 'opener';

/** Need-to-know for a response, or 404 as if it did not exist (the denial audited). */
export async function requireResponseAccess(c: Caller, row: ResponseTable, action: string): Promise<ResponseAccess> {
  if (row.youth_id) return requireYouthAccess(c, row.youth_id, action);
  if (row.opener_user_id === c.user.id) return 'opener';
  if (c.user.role === 'supervisor' && c.user.agency_id === row.opener_agency_id) return 'agency_supervisor';
  await auditOnce(c.db, c.auditKey, {
    event: 'access.denied',
    ...who(c),
    recordType: 'response',
    recordId: row.id,
    outcome: 'denied',
    details: { action },
  });
  throw new HarborError('not_found', `response ${row.id} is not the caller's`);
}

async function requireResponseWrite(c: Caller, row: ResponseTable, action: string): Promise<void> {
  const access = await requireResponseAccess(c, row, action);
  if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access is read-only');
}

function factsOf(row: ResponseTable): ProtocolFacts {
  return JSON.parse(row.facts) as ProtocolFacts;
}

/** Schedules (or reschedules) the steps whose clocks have started, and their escalations. */
async function planResponse(
  trx: Transaction<Database>,
  protocol: ProtocolDefinition,
  row: ResponseTable,
  now: Date,
): Promise<void> {
  const steps = await trx.selectFrom('response_step').selectAll().where('response_id', '=', row.id).execute();
  const completed: Record<string, Date> = {};
  for (const step of steps) {
    if (step.status === 'completed' && step.completed_at) completed[step.step_id] = new Date(step.completed_at);
  }
  const plan = planSteps(protocol, factsOf(row), {
    openedAt: new Date(row.opened_at),
    ...(row.recovered_at ? { recoveredAt: new Date(row.recovered_at) } : {}),
    completed,
  });
  for (const planned of plan) {
    const step = steps.find((s) => s.step_id === planned.stepId);
    if (step?.status !== 'pending' || step.due_at !== null || !planned.dueAt || !planned.startsAt) continue;
    const dueAt = toStoredTime(planned.dueAt);
    await trx
      .updateTable('response_step')
      .set({ starts_at: toStoredTime(planned.startsAt), due_at: dueAt, updated_at: toStoredTime(now) })
      .where('id', '=', step.id)
      .execute();
    const definition = protocol.steps.find((s) => s.id === step.step_id)!;
    for (const [level, rule] of (definition.escalation ?? []).entries()) {
      await trx
        .insertInto('escalation')
        .values({
          id: newId(),
          response_step_id: step.id,
          level,
          notify: rule.notify,
          due_at: toStoredTime(new Date(planned.dueAt.getTime() + rule.afterMinutesOverdue * 60_000)),
          status: 'pending',
          claimed_by: null,
          claimed_until: null,
          sent_at: null,
        })
        .execute();
    }
  }
}

export interface OpenInput {
  openedBy: ResponseOpenedBy;
  youthId?: string | null | undefined;
  screeningId?: string | null | undefined;
  /** When the youth was recovered or identified (the 90-minute clock); defaults to now for a recovery. */
  recoveredAt?: string | null | undefined;
  onProbation: boolean;
}

/** Opens a response: from a completed screening at clear concern, or directly (recovery, disclosure, hotline call). */
export async function openResponse(c: ResponseCaller, input: OpenInput): Promise<string> {
  const now = nowOf(c);
  let youthId = input.youthId ?? null;
  let safety = false;
  if (input.screeningId) {
    const screening = await c.db
      .selectFrom('screening')
      .select(['id', 'youth_id', 'status', 'level', 'safety', 'created_by'])
      .where('id', '=', input.screeningId)
      .executeTakeFirst();
    const visible =
      screening &&
      (screening.youth_id
        ? await requireYouthAccess(c, screening.youth_id, 'open_response')
        : screening.created_by === c.user.id);
    if (!screening || !visible) throw new HarborError('not_found', 'no such screening');
    if (screening.status !== 'completed' || screening.level !== 'clear') {
      throw harborErrorWithMessage('conflict', 'response.screeningNotClear', 'screening is not at clear concern');
    }
    if (youthId && screening.youth_id && youthId !== screening.youth_id) {
      throw new HarborError('validation_failed', 'screening of another youth', [
        { path: 'body.youthId', message: 'validation.invalid' },
      ]);
    }
    youthId = screening.youth_id ?? youthId;
    safety = screening.safety === 1;
  }
  if (input.openedBy === 'screening' && !input.screeningId) {
    throw new HarborError('validation_failed', 'a screening response names its screening', [
      { path: 'body.screeningId', message: 'validation.required' },
    ]);
  }
  if (youthId) {
    const access = await requireYouthAccess(c, youthId, 'open_response');
    if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access is read-only');
  }
  const recoveredAt = input.recoveredAt ? new Date(input.recoveredAt) : input.openedBy === 'recovery' ? now : null;
  if (recoveredAt && recoveredAt.getTime() > now.getTime() + 60_000) {
    throw new HarborError('validation_failed', 'recovery in the future', [
      { path: 'body.recoveredAt', message: 'response.time.future' },
    ]);
  }
  const protocol = await currentProtocol(c.db);
  const facts: ProtocolFacts = {
    opened_by: input.openedBy,
    on_probation: input.onProbation,
    reporter_is_law_enforcement: c.user.role === 'law_enforcement',
  };
  const id = newId();
  const row: ResponseTable = {
    id,
    youth_id: youthId,
    screening_id: input.screeningId ?? null,
    protocol_id: protocol.id,
    protocol_version: protocol.version,
    opened_by: input.openedBy,
    opener_user_id: c.user.id,
    opener_agency_id: c.user.agency_id,
    opened_at: toStoredTime(now),
    recovered_at: recoveredAt ? toStoredTime(recoveredAt) : null,
    facts: JSON.stringify(facts),
    status: 'open',
    crisis_plan: null,
    ...versionedInsertColumns(now),
  };
  const applicable = new Set(planSteps(protocol, facts, { openedAt: now, completed: {} }).map((p) => p.stepId));
  await c.db.transaction().execute(async (trx) => {
    await trx.insertInto('response').values(row).execute();
    for (const [position, step] of protocol.steps.entries()) {
      if (!applicable.has(step.id)) continue;
      await trx
        .insertInto('response_step')
        .values({
          id: newId(),
          response_id: id,
          step_id: step.id,
          position,
          owner_role: step.owner.role,
          owner_agency_kind: step.owner.agencyKind ?? null,
          owner_user_id: step.owner.role === 'opener' ? c.user.id : null,
          status: 'pending',
          starts_at: null,
          due_at: null,
          completed_by: null,
          completed_at: null,
          note: null,
          ...versionedInsertColumns(now),
        })
        .execute();
    }
    await planResponse(trx, protocol, row, now);
    await appendAudit(trx, c.auditKey, {
      event: 'response.opened',
      ...who(c),
      ...(youthId ? { youthId } : {}),
      recordType: 'response',
      recordId: id,
      outcome: 'success',
      details: { opened_by: input.openedBy, protocol: `${protocol.id}.v${protocol.version}` },
    });
    if (safety) await openCrisisIn(trx, c, row, 'screening_safety_item', now);
  });
  return id;
}

/** The kind of agency the caller works for (a step may name one). */
async function agencyKindOf(c: Caller): Promise<string | undefined> {
  return (await c.db.selectFrom('agency').select('kind').where('id', '=', c.user.agency_id).executeTakeFirst())?.kind;
}

/**
 * Whether the caller owns a step: its assigned user; else the opener for 'opener' steps; else its role (and agency
 * kind, when the step names one; pass it in when checking many steps).
 */
async function ownsStep(
  c: Caller,
  response: ResponseTable,
  step: ResponseStepTable,
  agencyKind?: string,
): Promise<boolean> {
  if (step.owner_user_id) return step.owner_user_id === c.user.id;
  if (step.owner_role === 'opener') return response.opener_user_id === c.user.id;
  if (step.owner_role !== c.user.role) return false;
  if (!step.owner_agency_kind) return true;
  return (agencyKind ?? (await agencyKindOf(c))) === step.owner_agency_kind;
}

async function loadStep(db: Db, responseId: string, stepId: string): Promise<ResponseStepTable> {
  const step = await db
    .selectFrom('response_step')
    .selectAll()
    .where('response_id', '=', responseId)
    .where('step_id', '=', stepId)
    .executeTakeFirst();
  if (!step) throw new HarborError('not_found', `no step ${stepId}`);
  return step;
}

function checkPast(at: Date, now: Date, path: string): void {
  // A minute of grace for clocks a little apart; a completion cannot be in the future.
  if (at.getTime() > now.getTime() + 60_000) {
    throw new HarborError('validation_failed', 'a time in the future', [{ path, message: 'response.time.future' }]);
  }
}

/** Marks a step completed (or not applicable) and starts the clocks that wait for it, in one transaction. */
async function closeStep(
  trx: Transaction<Database>,
  c: ResponseCaller,
  response: ResponseTable,
  step: ResponseStepTable,
  change: { status: 'completed' | 'not_applicable'; at: Date; note: string | null; version?: number },
): Promise<void> {
  const now = nowOf(c);
  const columns = {
    status: change.status,
    completed_by: c.user.id,
    completed_at: toStoredTime(change.at),
    note: change.note ? encryptField(c.keyring, change.note, noteAad(step.id)) : null,
  };
  if (change.version !== undefined) {
    await updateVersioned(trx, 'response_step', step.id, change.version, columns, now);
  } else {
    const result = await trx
      .updateTable('response_step')
      .set({ ...columns, updated_at: toStoredTime(now), version: step.version + 1 })
      .where('id', '=', step.id)
      .where('version', '=', step.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new HarborError('conflict', 'the step changed meanwhile');
  }
  await trx
    .updateTable('escalation')
    .set({ status: 'cancelled' })
    .where('response_step_id', '=', step.id)
    .where('status', '=', 'pending')
    .execute();
  await planResponse(trx, await protocolOf(c.db, response), response, now);
  await appendAudit(trx, c.auditKey, {
    event: change.status === 'completed' ? 'response.step_completed' : 'response.step_not_applicable',
    ...who(c),
    ...(response.youth_id ? { youthId: response.youth_id } : {}),
    recordType: 'response_step',
    recordId: step.id,
    fields: change.note ? ['note'] : [],
    outcome: 'success',
    details: { step: step.step_id },
  });
}

/** Steps completed through their own record (a telephone or written report) are not completed by hand. */
async function stepDefinition(c: Caller, response: ResponseTable, stepId: string) {
  const protocol = await protocolOf(c.db, response);
  const definition = protocol.steps.find((s) => s.id === stepId);
  if (!definition) throw new HarborError('not_found', `no step ${stepId}`);
  return definition;
}

async function requireOwner(c: Caller, response: ResponseTable, step: ResponseStepTable): Promise<void> {
  if (!(await ownsStep(c, response, step))) {
    throw harborErrorWithMessage('forbidden', 'response.step.notOwner', `step ${step.step_id} is not the caller's`);
  }
}

export async function completeStep(
  c: ResponseCaller,
  responseId: string,
  stepId: string,
  input: { completedAt?: string | undefined; note?: string | undefined; version: number },
): Promise<void> {
  const response = await loadResponse(c.db, responseId);
  await requireResponseWrite(c, response, 'complete_step');
  const step = await loadStep(c.db, responseId, stepId);
  await requireOwner(c, response, step);
  const definition = await stepDefinition(c, response, stepId);
  if (definition.completion === 'telephone_report' || definition.completion === 'written_report') {
    throw harborErrorWithMessage('conflict', `response.step.completedBy.${definition.completion}`, 'needs its report');
  }
  if (step.status !== 'pending') throw new HarborError('conflict', 'the step is already closed');
  const at = input.completedAt ? new Date(input.completedAt) : nowOf(c);
  checkPast(at, nowOf(c), 'body.completedAt');
  // An engagement that lasts at least so many days (the advocate's 90) is not complete before they have passed.
  if (definition.minimumDays && step.starts_at) {
    const earliest = new Date(step.starts_at).getTime() + definition.minimumDays * 24 * 3600_000;
    if (at.getTime() < earliest) {
      throw new HarborError('validation_failed', 'minimum engagement not reached', [
        { path: 'body.completedAt', message: 'response.step.minimumDays' },
      ]);
    }
  }
  await c.db.transaction().execute(async (trx) =>
    closeStep(trx, c, response, step, {
      status: 'completed',
      at,
      note: input.note?.trim() || null,
      version: input.version,
    }),
  );
}

export async function markNotApplicable(
  c: ResponseCaller,
  responseId: string,
  stepId: string,
  input: { reason: string; version: number },
): Promise<void> {
  const response = await loadResponse(c.db, responseId);
  await requireResponseWrite(c, response, 'step_not_applicable');
  const step = await loadStep(c.db, responseId, stepId);
  // The step's owner, or a supervisor of an agency on the case, decides that a step does not apply.
  if (c.user.role !== 'supervisor') await requireOwner(c, response, step);
  if (step.status !== 'pending') throw new HarborError('conflict', 'the step is already closed');
  await c.db.transaction().execute(async (trx) =>
    closeStep(trx, c, response, step, {
      status: 'not_applicable',
      at: nowOf(c),
      note: input.reason.trim(),
      version: input.version,
    }),
  );
}

export interface TelephoneReportInput {
  calledAt: string;
  hotline: string;
  workerName: string;
  referralNumber: string;
  responseCategory: string;
}

/** Records the telephone report to the hotline; it completes the response's telephone-report step. */
export async function recordTelephoneReport(
  c: ResponseCaller,
  responseId: string,
  input: TelephoneReportInput,
): Promise<string> {
  const response = await loadResponse(c.db, responseId);
  await requireResponseWrite(c, response, 'telephone_report');
  if (!isValidReferralNumber(input.referralNumber)) {
    throw new HarborError('validation_failed', 'referral number is not 19 digits', [
      { path: 'body.referralNumber', message: 'response.referralNumber.invalid' },
    ]);
  }
  const calledAt = new Date(input.calledAt);
  checkPast(calledAt, nowOf(c), 'body.calledAt');
  const protocol = await protocolOf(c.db, response);
  const stepDef = protocol.steps.find((s) => s.completion === 'telephone_report');
  const step = stepDef ? await loadStep(c.db, responseId, stepDef.id).catch(() => undefined) : undefined;
  if (step) await requireOwner(c, response, step);
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('telephone_report')
      .values({
        id,
        response_id: responseId,
        called_at: toStoredTime(calledAt),
        hotline: input.hotline,
        worker_name: encryptField(c.keyring, input.workerName.trim(), fieldAad('telephone_report', 'worker_name', id)),
        referral_number: encryptField(
          c.keyring,
          normaliseReferralNumber(input.referralNumber),
          fieldAad('telephone_report', 'referral_number', id),
        ),
        response_category: input.responseCategory,
        recorded_by: c.user.id,
        recorded_at: toStoredTime(nowOf(c)),
      })
      .execute();
    await appendAudit(trx, c.auditKey, {
      event: 'response.telephone_report',
      ...who(c),
      ...(response.youth_id ? { youthId: response.youth_id } : {}),
      recordType: 'telephone_report',
      recordId: id,
      fields: ['called_at', 'hotline', 'worker_name', 'referral_number', 'response_category'],
      outcome: 'success',
    });
    if (step?.status === 'pending') {
      await closeStep(trx, c, response, step, { status: 'completed', at: calledAt, note: null });
    }
  });
  return id;
}

/** SB 1322: the law-enforcement actions Harbor records; an arrest or charge of a minor for PC 647(b)/653.22 is refused. */
export async function recordAction(
  c: ResponseCaller,
  responseId: string,
  input: { kind: 'arrest' | 'citation' | 'charge'; code: string; ageYears: number | null },
): Promise<string> {
  const response = await loadResponse(c.db, responseId);
  await requireResponseWrite(c, response, 'record_action');
  const age = input.ageYears ?? (await youthAge(c, response));
  if (refusesCharge(input.code, age)) {
    await auditOnce(c.db, c.auditKey, {
      event: 'response.charge_refused',
      ...who(c),
      ...(response.youth_id ? { youthId: response.youth_id } : {}),
      recordType: 'response',
      recordId: responseId,
      outcome: 'denied',
      details: { kind: input.kind, code: input.code.slice(0, 40) },
    });
    throw new HarborError('validation_failed', 'SB 1322: a minor is not charged under PC 647(b) or 653.22', [
      { path: 'body.code', message: 'response.sb1322.refused' },
    ]);
  }
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('law_enforcement_action')
      .values({
        id,
        response_id: responseId,
        kind: input.kind,
        code: input.code.trim(),
        recorded_by: c.user.id,
        recorded_at: toStoredTime(nowOf(c)),
      })
      .execute();
    await appendAudit(trx, c.auditKey, {
      event: 'response.action_recorded',
      ...who(c),
      ...(response.youth_id ? { youthId: response.youth_id } : {}),
      recordType: 'law_enforcement_action',
      recordId: id,
      outcome: 'success',
      details: { kind: input.kind },
    });
  });
  return id;
}

/** The youth's age in whole years from the record (date of birth, or an estimate), or null when unknown. */
async function youthAge(c: ResponseCaller, response: ResponseTable): Promise<number | null> {
  if (!response.youth_id) return null;
  const row = await c.db
    .selectFrom('youth')
    .select(['id', 'birth_date', 'estimated_age', 'age_estimated_on'])
    .where('id', '=', response.youth_id)
    .executeTakeFirst();
  if (!row) return null;
  const now = nowOf(c);
  if (row.birth_date) {
    const born = new Date(decryptField(c.keyring, row.birth_date, fieldAad('youth', 'birth_date', row.id)));
    let years = now.getUTCFullYear() - born.getUTCFullYear();
    const before =
      now.getUTCMonth() < born.getUTCMonth() ||
      (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate());
    if (before) years -= 1;
    return years;
  }
  if (row.estimated_age !== null) {
    const since = row.age_estimated_on ? new Date(row.age_estimated_on) : now;
    return row.estimated_age + Math.floor((now.getTime() - since.getTime()) / (365.25 * 24 * 3600_000));
  }
  return null;
}

/** Opens the safety step: records when and why (encrypted) and notifies the clinicians on the care team. */
async function openCrisisIn(
  trx: Transaction<Database>,
  c: ResponseCaller,
  response: ResponseTable,
  reason: string,
  now: Date,
): Promise<void> {
  const plan = { openedAt: toStoredTime(now), openedBy: c.user.id, reason, plan: {} as Record<string, string> };
  await trx
    .updateTable('response')
    .set({
      crisis_plan: encryptField(c.keyring, JSON.stringify(plan), fieldAad('response', 'crisis_plan', response.id)),
      updated_at: toStoredTime(now),
      version: response.version + 1,
    })
    .where('id', '=', response.id)
    .execute();
  const clinicians = response.youth_id
    ? await trx
        .selectFrom('care_team_member as m')
        .innerJoin('app_user as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.email'])
        .where('m.youth_id', '=', response.youth_id)
        .where('m.removed_at', 'is', null)
        .where('u.role', '=', 'clinician')
        .where('u.status', '=', 'active')
        .execute()
    : [];
  for (const clinician of clinicians) {
    await trx
      .insertInto('notification')
      .values({
        id: newId(),
        user_id: clinician.id,
        kind: 'crisis',
        response_id: response.id,
        response_step_id: null,
        created_at: toStoredTime(now),
        read_at: null,
        email_status: 'pending',
        email_attempts: 0,
        email_claimed_until: null,
      })
      .execute();
  }
  await appendAudit(trx, c.auditKey, {
    event: 'response.crisis_plan_saved',
    ...who(c),
    ...(response.youth_id ? { youthId: response.youth_id } : {}),
    recordType: 'response',
    recordId: response.id,
    fields: ['crisis_plan'],
    outcome: 'success',
    details: { opened: true, notified: clinicians.length },
  });
}

/** Opens the safety step on a response (a crisis now, or a positive safety answer seen later). */
export async function openCrisis(c: ResponseCaller, responseId: string, reason: string): Promise<void> {
  const response = await loadResponse(c.db, responseId);
  await requireResponseWrite(c, response, 'open_crisis');
  if (response.crisis_plan) throw new HarborError('conflict', 'the safety step is already open');
  await c.db.transaction().execute(async (trx) => openCrisisIn(trx, c, response, reason, nowOf(c)));
}

export interface CrisisPlan {
  openedAt: string;
  openedBy: string;
  reason: string;
  plan: Record<string, string>;
}

function openCrisisPlan(c: ResponseCaller, response: ResponseTable): CrisisPlan | null {
  if (!response.crisis_plan) return null;
  return JSON.parse(
    decryptField(c.keyring, response.crisis_plan, fieldAad('response', 'crisis_plan', response.id)),
  ) as CrisisPlan;
}

/** Saves the crisis plan's fields (safety contacts, warning signs, steps agreed) under optimistic concurrency. */
export async function saveCrisisPlan(
  c: ResponseCaller,
  responseId: string,
  input: { plan: Record<string, string>; version: number },
): Promise<void> {
  const response = await loadResponse(c.db, responseId);
  await requireResponseWrite(c, response, 'crisis_plan');
  const current = openCrisisPlan(c, response);
  if (!current) throw new HarborError('conflict', 'no safety step is open');
  const next = { ...current, plan: input.plan };
  await c.db.transaction().execute(async (trx) => {
    await updateVersioned(
      trx,
      'response',
      responseId,
      input.version,
      {
        crisis_plan: encryptField(c.keyring, JSON.stringify(next), fieldAad('response', 'crisis_plan', responseId)),
      },
      nowOf(c),
    );
    await appendAudit(trx, c.auditKey, {
      event: 'response.crisis_plan_saved',
      ...who(c),
      ...(response.youth_id ? { youthId: response.youth_id } : {}),
      recordType: 'response',
      recordId: responseId,
      fields: ['crisis_plan'],
      outcome: 'success',
    });
  });
}

export interface StepView {
  stepId: string;
  position: number;
  ownerRole: string;
  ownerAgencyKind: string | null;
  ownerUserId: string | null;
  status: 'pending' | 'completed' | 'not_applicable';
  startsAt: string | null;
  dueAt: string | null;
  completedAt: string | null;
  completedByName: string | null;
  note: string | null;
  escalated: boolean;
  mine: boolean;
  version: number;
}

/** A response with its steps (owner, due time, who completed each and when), reports and safety step. */
export async function readResponse(c: ResponseCaller, responseId: string) {
  const response = await loadResponse(c.db, responseId);
  const access = await requireResponseAccess(c, response, 'read');
  const steps = await c.db
    .selectFrom('response_step as s')
    .leftJoin('app_user as u', 'u.id', 's.completed_by')
    .selectAll('s')
    .select('u.display_name as completed_by_name')
    .where('s.response_id', '=', responseId)
    .orderBy('s.position')
    .execute();
  const escalated = new Set(
    (
      await c.db
        .selectFrom('escalation as e')
        .innerJoin('response_step as s', 's.id', 'e.response_step_id')
        .select('s.step_id')
        .where('s.response_id', '=', responseId)
        .where('e.status', '=', 'sent')
        .execute()
    ).map((r) => r.step_id),
  );
  const stepViews: StepView[] = [];
  const myAgencyKind = await agencyKindOf(c);
  for (const s of steps) {
    stepViews.push({
      stepId: s.step_id,
      position: s.position,
      ownerRole: s.owner_role,
      ownerAgencyKind: s.owner_agency_kind,
      ownerUserId: s.owner_user_id,
      status: s.status,
      startsAt: s.starts_at,
      dueAt: s.due_at,
      completedAt: s.completed_at,
      completedByName: s.completed_by_name ?? null,
      note: s.note ? decryptField(c.keyring, s.note, noteAad(s.id)) : null,
      escalated: escalated.has(s.step_id),
      mine: s.status === 'pending' && (await ownsStep(c, response, s, myAgencyKind)),
      version: s.version,
    });
  }
  const telephone = await c.db
    .selectFrom('telephone_report')
    .selectAll()
    .where('response_id', '=', responseId)
    .orderBy('called_at')
    .execute();
  const written = await c.db
    .selectFrom('written_report')
    .select(['id', 'submitted_at', 'version'])
    .where('response_id', '=', responseId)
    .executeTakeFirst();
  await auditOnce(c.db, c.auditKey, {
    event: 'response.read',
    ...who(c),
    ...(response.youth_id ? { youthId: response.youth_id } : {}),
    recordType: 'response',
    recordId: responseId,
    fields: ['steps', 'telephone_reports', 'crisis_plan'],
    outcome: 'success',
    details: { access },
  });
  return {
    id: response.id,
    youthId: response.youth_id,
    screeningId: response.screening_id,
    protocolId: response.protocol_id,
    protocolVersion: response.protocol_version,
    openedBy: response.opened_by,
    openerUserId: response.opener_user_id,
    openedAt: response.opened_at,
    recoveredAt: response.recovered_at,
    facts: factsOf(response),
    status: response.status,
    version: response.version,
    access,
    steps: stepViews,
    telephoneReports: telephone.map((t) => ({
      id: t.id,
      calledAt: t.called_at,
      hotline: t.hotline,
      workerName: decryptField(c.keyring, t.worker_name, fieldAad('telephone_report', 'worker_name', t.id)),
      referralNumber: decryptField(c.keyring, t.referral_number, fieldAad('telephone_report', 'referral_number', t.id)),
      responseCategory: t.response_category,
    })),
    writtenReport: written ? { id: written.id, submittedAt: written.submitted_at, version: written.version } : null,
    crisis: openCrisisPlan(c, response),
  };
}

export interface DeadlineRow {
  responseId: string;
  youthId: string | null;
  stepId: string;
  ownerRole: string;
  dueAt: string;
  overdue: boolean;
  protocolId: string;
  protocolVersion: number;
}

/**
 * What is due: pending steps with a due time within the next `hours` (and everything overdue), most urgent first.
 * 'mine': steps assigned to the caller, or owned by their role on a response they can see (their care teams, or
 * responses they opened). 'agency' (supervisors): every such step on responses of youth their agency serves or that
 * someone of their agency opened.
 */
export async function deadlines(
  c: ResponseCaller,
  scope: 'mine' | 'agency',
  hours: number,
  limit = 200,
): Promise<DeadlineRow[]> {
  if (scope === 'agency' && c.user.role !== 'supervisor') {
    throw new HarborError('forbidden', 'the agency view is for supervisors');
  }
  const now = nowOf(c);
  const until = toStoredTime(new Date(now.getTime() + hours * 3600_000));
  let query = c.db
    .selectFrom('response_step as s')
    .innerJoin('response as r', 'r.id', 's.response_id')
    .select([
      's.response_id',
      'r.youth_id',
      's.step_id',
      's.owner_role',
      's.due_at',
      'r.protocol_id',
      'r.protocol_version',
    ])
    .where('s.status', '=', 'pending')
    .where('s.due_at', 'is not', null)
    .where('s.due_at', '<=', until);
  if (scope === 'mine') {
    query = query.where((eb) =>
      eb.or([
        eb('s.owner_user_id', '=', c.user.id),
        eb.and([
          eb('s.owner_user_id', 'is', null),
          eb('s.owner_role', '=', c.user.role),
          eb.or([
            eb('r.opener_user_id', '=', c.user.id),
            eb(
              'r.youth_id',
              'in',
              eb
                .selectFrom('care_team_member as m')
                .select('m.youth_id')
                .where('m.user_id', '=', c.user.id)
                .where('m.removed_at', 'is', null),
            ),
          ]),
        ]),
      ]),
    );
  } else {
    query = query.where((eb) =>
      eb.or([
        eb('r.opener_agency_id', '=', c.user.agency_id),
        eb(
          'r.youth_id',
          'in',
          eb
            .selectFrom('care_team_member as m')
            .select('m.youth_id')
            .where('m.agency_id', '=', c.user.agency_id)
            .where('m.removed_at', 'is', null),
        ),
      ]),
    );
  }
  // Oldest due first: the most overdue, then the soonest due.
  const rows = await query.orderBy('s.due_at').orderBy('s.id').limit(limit).execute();
  return rows.map((r) => ({
    responseId: r.response_id,
    youthId: r.youth_id,
    stepId: r.step_id,
    ownerRole: r.owner_role,
    dueAt: r.due_at!,
    overdue: r.due_at! <= toStoredTime(now),
    protocolId: r.protocol_id,
    protocolVersion: r.protocol_version,
  }));
}

/** Responses about a youth, newest first. */
export async function listYouthResponses(c: ResponseCaller, youthId: string) {
  await requireYouthAccess(c, youthId, 'read_responses');
  return c.db
    .selectFrom('response')
    .select(['id', 'opened_by', 'opened_at', 'status', 'screening_id'])
    .where('youth_id', '=', youthId)
    .orderBy('opened_at', 'desc')
    .limit(100)
    .execute();
}

/** Completes the step a report stands for (the written report, once submitted), in the report's transaction. */
export async function completeReportStep(
  trx: Transaction<Database>,
  c: ResponseCaller,
  response: ResponseTable,
  step: ResponseStepTable,
  at: Date,
): Promise<void> {
  await closeStep(trx, c, response, step, { status: 'completed', at, note: null });
}

export { loadResponse, protocolOf };
