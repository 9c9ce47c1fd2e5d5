import type { ExpressionBuilder, Kysely } from 'kysely';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type {
  EarlierArrestTable,
  EscalationTable,
  LawEnforcementActionTable,
  NotificationTable,
  ResponseStepTable,
  ResponseTable,
  TelephoneReportTable,
  WrittenReportTable,
} from '../../db/tables/response.js';
import { updateVersioned } from '../../db/versioned.js';
import { careTeamYouthIds } from '../youth/queries.js';

/**
 * The response feature's query module: with the records gate, the only code that reads or writes `response`,
 * `response_step`, `telephone_report`, `written_report`, `escalation`, `notification`, `law_enforcement_action` and `earlier_arrest`
 * (an architecture test checks). The deadline scheduler and the notifications routes use the functions exported here.
 */

type Db = Kysely<Database>;

export const loadResponseRow = (db: Db, id: string): Promise<ResponseTable | undefined> =>
  db.selectFrom('response').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertResponse(db: Db, row: ResponseTable): Promise<void> {
  await db.insertInto('response').values(row).execute();
}

export async function insertStep(db: Db, row: ResponseStepTable): Promise<void> {
  await db.insertInto('response_step').values(row).execute();
}

export const stepsOf = (db: Db, responseId: string) =>
  db.selectFrom('response_step').selectAll().where('response_id', '=', responseId).execute();

export const loadStepRow = (db: Db, responseId: string, stepId: string) =>
  db
    .selectFrom('response_step')
    .selectAll()
    .where('response_id', '=', responseId)
    .where('step_id', '=', stepId)
    .executeTakeFirst();

/** Steps with the name of whoever completed them, in protocol order. */
export const stepsWithNames = (db: Db, responseId: string) =>
  db
    .selectFrom('response_step as s')
    .leftJoin('app_user as u', 'u.id', 's.completed_by')
    .selectAll('s')
    .select('u.display_name as completed_by_name')
    .where('s.response_id', '=', responseId)
    .orderBy('s.position')
    .execute();

/** The step ids whose escalation has been sent. */
export async function escalatedStepIds(db: Db, responseId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('escalation as e')
    .innerJoin('response_step as s', 's.id', 'e.response_step_id')
    .select('s.step_id')
    .where('s.response_id', '=', responseId)
    .where('e.status', '=', 'sent')
    .execute();
  return new Set(rows.map((r) => r.step_id));
}

export async function scheduleStep(db: Db, stepRowId: string, startsAt: Date, dueAt: Date, now: Date): Promise<void> {
  await db
    .updateTable('response_step')
    .set({ starts_at: toStoredTime(startsAt), due_at: toStoredTime(dueAt), updated_at: toStoredTime(now) })
    .where('id', '=', stepRowId)
    .execute();
}

export async function insertEscalation(
  db: Db,
  row: Pick<EscalationTable, 'response_step_id' | 'level' | 'notify' | 'due_at'>,
): Promise<void> {
  await db
    .insertInto('escalation')
    .values({ id: newId(), ...row, status: 'pending', claimed_by: null, claimed_until: null, sent_at: null })
    .execute();
}

export const escalationsOf = (db: Db, stepRowId: string) =>
  db.selectFrom('escalation').select(['id', 'level', 'status']).where('response_step_id', '=', stepRowId).execute();

export async function moveEscalation(db: Db, id: string, dueAt: string): Promise<void> {
  await db
    .updateTable('escalation')
    .set({ due_at: dueAt })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** Sets when the reporter received the information, once, on a response that has none yet (false if it had one). */
export async function setLearnedAtOnce(db: Db, id: string, learnedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('response')
    .set({ learned_at: learnedAt })
    .where('id', '=', id)
    .where('learned_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open responses opened before Harbor recorded when the reporter received the information. */
export const responsesWithoutLearnedAt = (db: Db, limit: number) =>
  db.selectFrom('response').selectAll().where('learned_at', 'is', null).orderBy('id').limit(limit).execute();

export async function cancelEscalations(db: Db, stepRowId: string): Promise<void> {
  await db
    .updateTable('escalation')
    .set({ status: 'cancelled' })
    .where('response_step_id', '=', stepRowId)
    .where('status', '=', 'pending')
    .execute();
}

/** Closes a step at the version read (409 when it moved on meanwhile). */
export async function closeStepRow(
  db: Db,
  step: ResponseStepTable,
  columns: Pick<ResponseStepTable, 'status' | 'completed_by' | 'completed_at' | 'note'>,
  version: number | undefined,
  now: Date,
): Promise<void> {
  await updateVersioned(db, 'response_step', step.id, version ?? step.version, columns, now);
}

export const updateResponseRow = (db: Db, id: string, version: number, changes: Record<string, unknown>, now: Date) =>
  updateVersioned(db, 'response', id, version, changes, now);

/** Telephone reports with the agency of whoever recorded them (the reporter's agency decides who reads them). */
export const telephoneReportsOf = (db: Db, responseId: string) =>
  db
    .selectFrom('telephone_report as t')
    .innerJoin('app_user as u', 'u.id', 't.recorded_by')
    .selectAll('t')
    .select('u.agency_id as recorder_agency_id')
    .where('t.response_id', '=', responseId)
    .orderBy('t.called_at')
    .execute();

export async function insertTelephoneReport(db: Db, row: TelephoneReportTable): Promise<void> {
  await db.insertInto('telephone_report').values(row).execute();
}

export const writtenReportOf = (db: Db, responseId: string): Promise<WrittenReportTable | undefined> =>
  db.selectFrom('written_report').selectAll().where('response_id', '=', responseId).executeTakeFirst();

/**
 * Inserts a response's first written report; false when another request saved one first (two first saves at once, on
 * two processes: the second waits for the first, then finds its row).
 */
export async function insertWrittenReport(db: Db, row: WrittenReportTable): Promise<boolean> {
  const inserted = await db
    .insertInto('written_report')
    .values(row)
    .onConflict((oc) => oc.column('response_id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

export const updateWrittenReportRow = (
  db: Db,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  now: Date,
) => updateVersioned(db, 'written_report', id, version, changes, now);

export async function insertAction(db: Db, row: LawEnforcementActionTable): Promise<void> {
  await db.insertInto('law_enforcement_action').values(row).execute();
}

export async function insertEarlierArrest(db: Db, row: EarlierArrestTable): Promise<void> {
  await db.insertInto('earlier_arrest').values(row).execute();
}

/** A youth's earlier arrests, citations and charges, newest first. */
export const earlierArrestsOf = (db: Db, youthId: string) =>
  db
    .selectFrom('earlier_arrest')
    .selectAll()
    .where('youth_id', '=', youthId)
    .orderBy('occurred_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();

export async function insertNotification(
  db: Db,
  row: Pick<
    NotificationTable,
    'user_id' | 'kind' | 'response_id' | 'response_step_id' | 'referral_id' | 'mdt_meeting_id' | 'mdt_action_id'
  >,
  now: Date,
): Promise<void> {
  await db
    .insertInto('notification')
    .values({
      id: newId(),
      ...row,
      created_at: toStoredTime(now),
      read_at: null,
      email_status: 'pending',
      email_attempts: 0,
      email_claimed_until: null,
    })
    .execute();
}

/** A youth's responses, newest first, with who opened each and its pending and overdue steps. */
export async function responsesOfYouth(db: Db, youthId: string, now: Date) {
  const at = toStoredTime(now);
  const rows = await db
    .selectFrom('response as r')
    .innerJoin('app_user as u', 'u.id', 'r.opener_user_id')
    .select((eb) => [
      'r.id',
      'r.opened_by',
      'r.opened_at',
      'r.screening_id',
      'u.display_name as opener_name',
      eb
        .selectFrom('response_step as p')
        .whereRef('p.response_id', '=', 'r.id')
        .where('p.status', '=', 'pending')
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('pending_steps'),
      eb
        .selectFrom('response_step as p')
        .whereRef('p.response_id', '=', 'r.id')
        .where('p.status', '=', 'pending')
        .where('p.due_at', 'is not', null)
        .where('p.due_at', '<=', at)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('overdue_steps'),
    ])
    .where('r.youth_id', '=', youthId)
    .orderBy('r.opened_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => {
    const pending = Number(r.pending_steps ?? 0);
    return {
      id: r.id,
      opened_by: r.opened_by,
      opened_at: r.opened_at,
      status: pending > 0 ? 'open' : 'closed',
      screening_id: r.screening_id,
      opener_name: r.opener_name,
      pending_steps: pending,
      overdue_steps: Number(r.overdue_steps ?? 0),
    };
  });
}

/**
 * Pending steps with a due time before `until`, most urgent first. 'mine': steps assigned to the user, or owned by
 * their role on a response they can see (their care teams, or responses they opened). 'agency': every such step on
 * responses of youth the agency serves or that someone of the agency opened.
 */
export function dueSteps(
  db: Db,
  scope: { mine: { userId: string; role: string } } | { agency: { agencyId: string } },
  until: string,
  limit: number,
) {
  let query = db
    .selectFrom('response_step as s')
    .innerJoin('response as r', 'r.id', 's.response_id')
    .innerJoin('app_user as opener', 'opener.id', 'r.opener_user_id')
    .leftJoin('app_user as owner', 'owner.id', 's.owner_user_id')
    .select([
      'opener.display_name as opener_name',
      'owner.display_name as owner_name',
      's.id as step_row_id',
      's.response_id',
      'r.youth_id',
      'r.opener_user_id',
      'r.opener_agency_id',
      's.step_id',
      's.owner_role',
      's.due_at',
      'r.protocol_id',
      'r.protocol_version',
    ])
    .where('s.status', '=', 'pending')
    .where('s.due_at', 'is not', null)
    .where('s.due_at', '<=', until);
  if ('mine' in scope) {
    const { userId, role } = scope.mine;
    query = query.where((eb) =>
      eb.or([
        eb('s.owner_user_id', '=', userId),
        eb.and([
          eb('s.owner_user_id', 'is', null),
          eb('s.owner_role', '=', role),
          eb.or([eb('r.opener_user_id', '=', userId), eb('r.youth_id', 'in', careTeamYouthIds(db, { userId }))]),
        ]),
      ]),
    );
  } else {
    const { agencyId } = scope.agency;
    query = query.where((eb) =>
      eb.or([eb('r.opener_agency_id', '=', agencyId), eb('r.youth_id', 'in', careTeamYouthIds(db, { agencyId }))]),
    );
  }
  // Oldest due first: the most overdue, then the soonest due.
  return query.orderBy('s.due_at').orderBy('s.id').limit(limit).execute();
}

/** A youth's responses with their opener's name (the youth's timeline and list). */
export const responsesOfYouthWithNames = (db: Db, youthId: string) =>
  db
    .selectFrom('response as r')
    .innerJoin('app_user as u', 'u.id', 'r.opener_user_id')
    .selectAll('r')
    .select('u.display_name as opener_name')
    .where('r.youth_id', '=', youthId)
    .orderBy('r.opened_at', 'desc')
    .limit(200)
    .execute();

/** The closed steps of these responses, with who closed them. */
export const closedStepsOf = (db: Db, responseIds: readonly string[]) =>
  responseIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('response_step as s')
        .leftJoin('app_user as u', 'u.id', 's.completed_by')
        .selectAll('s')
        .select('u.display_name as completed_by_name')
        .where('s.response_id', 'in', [...responseIds])
        .where('s.status', '!=', 'pending')
        .execute();

/** The telephone reports of these responses: when, and who recorded them. */
export const telephoneReportTimesOf = (db: Db, responseIds: readonly string[]) =>
  responseIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('telephone_report as t')
        .innerJoin('app_user as u', 'u.id', 't.recorded_by')
        .select(['t.id', 't.response_id', 't.called_at', 'u.display_name'])
        .where('t.response_id', 'in', [...responseIds])
        .execute();

export interface ResponseFilters {
  status?: 'open' | 'closed' | undefined;
  overdue?: boolean | undefined;
  openedBy?: readonly string[] | undefined;
  youthId?: string | undefined;
}

/**
 * Responses a user works on ('mine': opened by them, or about a youth on whose care team they are) or their agency
 * works on ('agency': opened by someone of the agency, or about a youth on the agency's care teams), newest first,
 * after an (opened_at, id) cursor, with their pending and overdue step counts and the next due time. A response is
 * open while a step of it is pending.
 */
export function responsesPage(
  db: Db,
  input: {
    scope: { userId: string } | { agencyId: string };
    filters: ResponseFilters;
    now: Date;
    after?: [string, string] | undefined;
    limit: number;
  },
) {
  const now = toStoredTime(input.now);
  const pending = (
    eb: ExpressionBuilder<Database & { r: ResponseTable; opener: Database['app_user'] }, 'r' | 'opener'>,
  ) => eb.selectFrom('response_step as p').whereRef('p.response_id', '=', 'r.id').where('p.status', '=', 'pending');
  const base = () => db.selectFrom('response as r').innerJoin('app_user as opener', 'opener.id', 'r.opener_user_id');
  let query = base()
    .select((eb) => [
      'r.id',
      'r.youth_id',
      'r.opened_by',
      'r.opened_at',
      'r.opener_user_id',
      'r.opener_agency_id',
      'r.protocol_id',
      'r.protocol_version',
      'opener.display_name as opener_name',
      pending(eb)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('pending_steps'),
      pending(eb)
        .where('p.due_at', 'is not', null)
        .where('p.due_at', '<=', now)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('overdue_steps'),
      pending(eb)
        .where('p.due_at', 'is not', null)
        .select((c) => c.fn.min('p.due_at').as('d'))
        .as('next_due_at'),
    ])
    .where((eb) =>
      'userId' in input.scope
        ? eb.or([
            eb('r.opener_user_id', '=', input.scope.userId),
            eb('r.youth_id', 'in', careTeamYouthIds(db, { userId: input.scope.userId })),
          ])
        : eb.or([
            eb('r.opener_agency_id', '=', input.scope.agencyId),
            eb('r.youth_id', 'in', careTeamYouthIds(db, { agencyId: input.scope.agencyId })),
          ]),
    );
  const { filters } = input;
  if (filters.status === 'open') query = query.where((eb) => eb.exists(pending(eb).select('p.id')));
  if (filters.status === 'closed') query = query.where((eb) => eb.not(eb.exists(pending(eb).select('p.id'))));
  if (filters.overdue)
    query = query.where((eb) =>
      eb.exists(pending(eb).where('p.due_at', 'is not', null).where('p.due_at', '<=', now).select('p.id')),
    );
  if (filters.openedBy && filters.openedBy.length > 0)
    query = query.where('r.opened_by', 'in', [...filters.openedBy] as ResponseTable['opened_by'][]);
  if (filters.youthId) query = query.where('r.youth_id', '=', filters.youthId);
  if (input.after) {
    const [openedAt, id] = input.after;
    query = query.where((eb) =>
      eb.or([eb('r.opened_at', '<', openedAt), eb.and([eb('r.opened_at', '=', openedAt), eb('r.id', '<', id)])]),
    );
  }
  return query
    .orderBy('r.opened_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(input.limit + 1)
    .execute();
}
