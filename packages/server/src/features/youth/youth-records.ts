import {
  FIELD_CLASSES,
  type FieldError,
  type Permission,
  pickVisibleFields,
  visibleFieldClasses,
  YOUTH_FIELD_CLASSES,
  YOUTH_FIELDS,
  type YouthField,
} from '@harbor/core';
import type { Kysely, Selectable } from 'kysely';
import { BREAK_GLASS_MS, type YouthAccess, youthAccess, youthAccessMany } from '../../access/youth-access.js';
import { appendAudit, auditOnce } from '../../audit/index.js';
import type { Keyring } from '../../crypto/keys.js';
import { newId, toStoredTime } from '../../db/ids.js';
import type { CareTeamBasis, Database, YouthTable } from '../../db/schema.js';
import { updateVersioned, versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import type { NewYouthBody, YouthPatchBody } from './schemas.js';
import {
  auditName,
  columnsOf,
  EMPTY_YOUTH,
  openSummary,
  openYouth,
  SUMMARY_COLUMNS,
  type SummaryRow,
  sealYouth,
  writeYouthIndexes,
  type YouthData,
} from './youth-data.js';
import { agenciesKnowing, type Duplicates, findDuplicates, matchingYouthIds } from './youth-search.js';

/** Who is asking, from where: every read and write of a youth's data is audited with it. */
export interface Caller {
  db: Kysely<Database>;
  auditKey: Buffer;
  user: User;
  ip?: string | undefined;
  now?: Date;
}

const who = (c: Caller) => ({ actorUserId: c.user.id, actorAgencyId: c.user.agency_id, ip: c.ip });

/** Refuses, as if the record did not exist, and records the denial. */
async function deny(c: Caller, youthId: string, action: string): Promise<never> {
  await auditOnce(c.db, c.auditKey, {
    event: 'access.denied',
    ...who(c),
    youthId,
    recordType: 'youth',
    recordId: youthId,
    outcome: 'denied',
    details: { action },
  });
  throw new HarborError('not_found', `no need-to-know for youth ${youthId}`);
}

/** The one gate in front of a youth's records: need-to-know, or 404 (and an audited denial). */
export async function requireYouthAccess(c: Caller, youthId: string, action: string) {
  const access = await youthAccess(c.db, c.user, youthId, c.now);
  if (!access) return deny(c, youthId, action);
  return access;
}

/** A caller of the record's own routes: with the keyring and the permissions of their role (field-level rules). */
export interface YouthCaller extends Caller {
  keyring: Keyring;
  permissions: ReadonlySet<Permission>;
}

type Access = Exclude<YouthAccess, null>;
const today = (now: Date) => toStoredTime(now).slice(0, 10);
const SUMMARY_FIELDS = ['legalName', 'namesUsed', 'dateOfBirth', 'estimatedAge', 'ageEstimatedOn'] as const;

/** The record as the caller may see it: the record's own facts, and the fields of the classes their role opens. */
function present(c: YouthCaller, row: Selectable<YouthTable>, data: YouthData, access: Access) {
  const visible = visibleFieldClasses(c.user.role, c.permissions);
  return {
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdByAgencyId: row.created_by_agency_id,
    access,
    fieldClasses: FIELD_CLASSES.filter((fc) => visible.has(fc)),
    ...pickVisibleFields({ ...data }, YOUTH_FIELD_CLASSES, visible),
  };
}

/** A line of a list: who the youth is (identity fields the role may see), no more. */
function presentSummary(c: YouthCaller, row: SummaryRow, access: Access) {
  const visible = visibleFieldClasses(c.user.role, c.permissions);
  const classes = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, YOUTH_FIELD_CLASSES[f]]));
  return {
    id: row.id,
    version: row.version,
    updatedAt: row.updated_at,
    access,
    ...pickVisibleFields({ ...openSummary(c.keyring, row) }, classes, visible),
  };
}

/** The audit names of the fields a response holds: exactly what was shown. */
const shownFields = (response: object) => Object.keys(response).map(auditName);

/** One 'youth.read' entry per youth shown, in one transaction (lists, search results, duplicate warnings). */
async function auditReads(
  c: Caller,
  shown: readonly { id: string; response: object }[],
  via: string,
  extra?: (trx: Kysely<Database>) => Promise<unknown>,
): Promise<void> {
  if (shown.length === 0 && !extra) return;
  await c.db.transaction().execute(async (trx) => {
    for (const { id, response } of shown) {
      await appendAudit(trx, c.auditKey, {
        event: 'youth.read',
        ...who(c),
        youthId: id,
        recordType: 'youth',
        recordId: id,
        fields: shownFields(response),
        outcome: 'success',
        details: { via },
      });
    }
    await extra?.(trx);
  });
}

/** The record's fields a request body writes. Creating, an empty value writes nothing; changing, null clears. */
function writtenFields(body: Partial<Record<YouthField, unknown>>, creating: boolean): YouthField[] {
  return YOUTH_FIELDS.filter((field) => {
    const value = body[field];
    if (value === undefined) return false;
    return !creating || !(value === null || (Array.isArray(value) && value.length === 0));
  });
}

/** Field-level rules on writes: a field of a class the caller cannot see is refused, and nothing changes. */
async function refuseHiddenFields(c: YouthCaller, fields: readonly YouthField[], youthId?: string): Promise<void> {
  const visible = visibleFieldClasses(c.user.role, c.permissions);
  const refused = fields.filter((field) => !visible.has(YOUTH_FIELD_CLASSES[field]));
  if (refused.length === 0) return;
  await auditOnce(c.db, c.auditKey, {
    event: 'access.denied',
    ...who(c),
    ...(youthId ? { youthId, recordId: youthId } : {}),
    recordType: 'youth',
    fields: refused.map(auditName),
    outcome: 'denied',
    details: { action: youthId ? 'update_fields' : 'create_fields' },
  });
  const error = new HarborError(
    'forbidden',
    `role ${c.user.role} may not write ${refused.join(', ')}`,
    refused.map((field) => ({ path: `body.${field}`, message: 'youth.field.forbidden' })),
  );
  error.messageKey = 'youth.fields.forbidden';
  throw error;
}

const blankToNull = (value: string | null | undefined) => (value === undefined || value === '' ? null : value);

/** The record after a request's changes, with empty optional text stored as null. */
function applyInput(current: YouthData, body: Partial<YouthPatchBody>, now: Date): YouthData {
  const next: YouthData = { ...current };
  if (body.legalName !== undefined) next.legalName = body.legalName;
  if (body.namesUsed !== undefined) next.namesUsed = [...new Set(body.namesUsed)];
  if (body.dateOfBirth !== undefined) next.dateOfBirth = body.dateOfBirth;
  if (body.estimatedAge !== undefined) {
    next.estimatedAge = body.estimatedAge;
    // A new estimate is made today unless the request says when.
    next.ageEstimatedOn = body.estimatedAge === null ? null : (body.ageEstimatedOn ?? today(now));
  } else if (body.ageEstimatedOn !== undefined) {
    next.ageEstimatedOn = body.ageEstimatedOn;
  }
  if (next.estimatedAge === null) next.ageEstimatedOn = null;
  if (body.genderIdentity !== undefined) next.genderIdentity = body.genderIdentity;
  if (body.pronouns !== undefined) next.pronouns = blankToNull(body.pronouns);
  if (body.preferredLanguage !== undefined) next.preferredLanguage = blankToNull(body.preferredLanguage);
  if (body.identifiers !== undefined) next.identifiers = body.identifiers;
  if (body.placement !== undefined) {
    next.placement = body.placement && { kind: body.placement.kind, detail: blankToNull(body.placement.detail) };
  }
  if (body.contacts !== undefined) {
    next.contacts = body.contacts.map((contact) => ({
      name: contact.name,
      relationship: contact.relationship,
      phone: blankToNull(contact.phone),
      address: blankToNull(contact.address),
    }));
  }
  return next;
}

/** Rules across fields: a date of birth or an estimated age (one of the two), no date in the future, known agencies. */
async function checkRecord(c: Caller, data: YouthData, checkBirth: boolean, now: Date): Promise<void> {
  const problems: FieldError[] = [];
  const day = today(now);
  if (checkBirth) {
    if (data.dateOfBirth === null && data.estimatedAge === null) {
      problems.push({ path: 'body.dateOfBirth', message: 'youth.birth.required' });
    } else if (data.dateOfBirth !== null && data.estimatedAge !== null) {
      problems.push({ path: 'body.estimatedAge', message: 'youth.birth.both' });
    }
    if (data.dateOfBirth !== null && data.dateOfBirth > day) {
      problems.push({ path: 'body.dateOfBirth', message: 'youth.date.future' });
    }
    if (data.ageEstimatedOn !== null && data.ageEstimatedOn > day) {
      problems.push({ path: 'body.ageEstimatedOn', message: 'youth.date.future' });
    }
  }
  const agencyIds = [...new Set(data.identifiers.map((i) => i.agencyId))];
  if (agencyIds.length > 0) {
    const known = new Set(
      (await c.db.selectFrom('agency').select('id').where('id', 'in', agencyIds).execute()).map((a) => a.id),
    );
    data.identifiers.forEach((identifier, i) => {
      if (!known.has(identifier.agencyId)) {
        problems.push({ path: `body.identifiers.${i}.agencyId`, message: 'youth.agency.unknown' });
      }
    });
  }
  if (problems.length > 0) throw new HarborError('validation_failed', 'youth record rules', problems);
}

export type CreateOutcome =
  | { kind: 'created'; youth: ReturnType<typeof present> }
  | { kind: 'duplicates'; duplicates: Duplicates };

/**
 * Opens a youth's record; the creator joins the care team. Possible duplicates (same name and date of birth, or name
 * and a compatible age) are reported instead, unless the request confirms this is another youth.
 */
export async function createYouth(c: YouthCaller, body: NewYouthBody): Promise<CreateOutcome> {
  const now = c.now ?? new Date();
  const fields = writtenFields(body, true);
  await refuseHiddenFields(c, fields);
  const data = applyInput(EMPTY_YOUTH, body, now);
  await checkRecord(c, data, true, now);

  const duplicates = await findDuplicates(c, data, now);
  const possible = duplicates.visible.length + duplicates.elsewhere.length;
  if (possible > 0 && body.confirmNotDuplicate !== true) {
    await auditReads(
      c,
      duplicates.visible.map((d) => ({ id: d.id, response: { id: d.id, displayName: d.displayName } })),
      'duplicate_check',
      (trx) =>
        appendAudit(trx, c.auditKey, {
          event: 'youth.searched',
          ...who(c),
          outcome: 'success',
          details: {
            purpose: 'duplicate_check',
            visible: duplicates.visible.length,
            elsewhere_agencies: duplicates.elsewhere.length,
          },
        }),
    );
    return { kind: 'duplicates', duplicates };
  }

  const id = newId();
  const row: Selectable<YouthTable> = {
    id,
    created_by: c.user.id,
    created_by_agency_id: c.user.agency_id,
    ...versionedInsertColumns(now),
    ...sealYouth(c.keyring, id, data),
    updated_by: c.user.id,
  };
  await c.db.transaction().execute(async (trx) => {
    await trx.insertInto('youth').values(row).execute();
    await writeYouthIndexes(trx, c.keyring, id, data);
    await trx
      .insertInto('care_team_member')
      .values({
        id: newId(),
        youth_id: id,
        user_id: c.user.id,
        agency_id: c.user.agency_id,
        basis: 'creator',
        added_by: c.user.id,
        added_at: toStoredTime(now),
        removed_by: null,
        removed_at: null,
      })
      .execute();
    await appendAudit(trx, c.auditKey, {
      event: 'youth.created',
      ...who(c),
      youthId: id,
      recordType: 'youth',
      recordId: id,
      fields: fields.map(auditName),
      outcome: 'success',
      details: { possible_duplicates: possible, confirmed_not_duplicate: body.confirmNotDuplicate === true },
    });
  });
  return { kind: 'created', youth: present(c, row, data, 'care_team') };
}

async function loadRow(c: Caller, youthId: string, action: string): Promise<Selectable<YouthTable>> {
  const row = await c.db.selectFrom('youth').selectAll().where('id', '=', youthId).executeTakeFirst();
  return row ?? deny(c, youthId, action);
}

/** A youth's record, with the fields the caller's role may see; the audit entry names exactly those. */
export async function readYouth(c: YouthCaller, youthId: string) {
  const access = await requireYouthAccess(c, youthId, 'read');
  const row = await loadRow(c, youthId, 'read');
  const response = present(c, row, openYouth(c.keyring, row), access);
  await auditOnce(c.db, c.auditKey, {
    event: 'youth.read',
    ...who(c),
    youthId,
    recordType: 'youth',
    recordId: youthId,
    fields: shownFields(response),
    outcome: 'success',
    details: { access },
  });
  return response;
}

/**
 * Changes the fields a request sends, at the version the caller read (409 `conflict` and no change otherwise).
 * Fields of a class the caller's role cannot see are refused (403) and nothing changes; break-glass access reads only.
 */
export async function updateYouth(c: YouthCaller, youthId: string, body: YouthPatchBody) {
  const access = await requireYouthAccess(c, youthId, 'update');
  if (access === 'break_glass') {
    const error = new HarborError('forbidden', 'break-glass access reads only');
    error.messageKey = 'youth.breakGlass.readOnly';
    throw error;
  }
  const fields = writtenFields(body, false);
  await refuseHiddenFields(c, fields, youthId);
  const now = c.now ?? new Date();
  const row = await loadRow(c, youthId, 'update');
  const current = openYouth(c.keyring, row);
  const data = applyInput(current, body, now);
  const touchesBirth = fields.some((f) => f === 'dateOfBirth' || f === 'estimatedAge' || f === 'ageEstimatedOn');
  await checkRecord(c, data, touchesBirth, now);
  const written: YouthField[] = fields.includes('estimatedAge')
    ? [...new Set([...fields, 'ageEstimatedOn' as const])]
    : fields;

  return c.db.transaction().execute(async (trx) => {
    const version = await updateVersioned(
      trx,
      'youth',
      youthId,
      body.version,
      { ...columnsOf(sealYouth(c.keyring, youthId, data), written), updated_by: c.user.id },
      now,
    );
    if (written.some((f) => f === 'legalName' || f === 'namesUsed' || f === 'dateOfBirth')) {
      await writeYouthIndexes(trx, c.keyring, youthId, data);
    }
    await appendAudit(trx, c.auditKey, {
      event: 'youth.updated',
      ...who(c),
      youthId,
      recordType: 'youth',
      recordId: youthId,
      fields: written.map(auditName),
      outcome: 'success',
      details: { version },
    });
    const response = present(c, { ...row, version, updated_at: toStoredTime(now) }, data, access);
    await appendAudit(trx, c.auditKey, {
      event: 'youth.read',
      ...who(c),
      youthId,
      recordType: 'youth',
      recordId: youthId,
      fields: shownFields(response),
      outcome: 'success',
      details: { access, via: 'update' },
    });
    return response;
  });
}

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

/** The youth on the caller's care teams, most recently updated first, a page at a time. */
export async function listMyYouth(c: YouthCaller, page: { limit: number; cursor?: string | undefined }) {
  let query = c.db
    .selectFrom('youth as y')
    .innerJoin('care_team_member as m', 'm.youth_id', 'y.id')
    .select(SUMMARY_COLUMNS.map((column) => `y.${column}` as const))
    .where('m.user_id', '=', c.user.id)
    .where('m.removed_at', 'is', null);
  if (page.cursor) {
    const [updatedAt, id] = decodeCursor(page.cursor);
    query = query.where((eb) =>
      eb.or([eb('y.updated_at', '<', updatedAt), eb.and([eb('y.updated_at', '=', updatedAt), eb('y.id', '<', id)])]),
    );
  }
  const rows = await query
    .orderBy('y.updated_at', 'desc')
    .orderBy('y.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit).map((row) => presentSummary(c, row, 'care_team'));
  await auditReads(
    c,
    items.map((item) => ({ id: item.id, response: item })),
    'list',
  );
  const last = rows[page.limit - 1];
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(last) : null };
}

/** At most this many youth the caller may see are listed for one search (the closest, most recently updated). */
export const MAX_SEARCH_RESULTS = 50;

/**
 * Youth by name and/or date of birth, through the blind indexes: those the caller has need-to-know for, and for the
 * others only how many match per agency that knows them (no id, no content), so the caller knows whom to call.
 */
export async function searchYouth(c: YouthCaller, criteria: { name?: string | undefined; dob?: string | undefined }) {
  if (!criteria.name && !criteria.dob) {
    throw new HarborError('validation_failed', 'no search criteria', [
      { path: 'query.name', message: 'youth.search.criteria' },
    ]);
  }
  const now = c.now ?? new Date();
  const ids = await matchingYouthIds(c, criteria);
  const access = await youthAccessMany(c.db, c.user, ids, now);
  const visibleIds = ids.filter((id) => access.has(id));
  const hiddenIds = ids.filter((id) => !access.has(id));
  const rows =
    visibleIds.length === 0
      ? []
      : await c.db
          .selectFrom('youth')
          .select(SUMMARY_COLUMNS)
          .where('id', 'in', visibleIds)
          .orderBy('updated_at', 'desc')
          .orderBy('id', 'desc')
          .limit(MAX_SEARCH_RESULTS)
          .execute();
  const results = rows.map((row) => presentSummary(c, row, access.get(row.id)!));
  const perAgency = new Map<string, number>();
  for (const agencies of (await agenciesKnowing(c.db, hiddenIds)).values()) {
    for (const agency of agencies) perAgency.set(agency.name, (perAgency.get(agency.name) ?? 0) + 1);
  }
  const elsewhere = [...perAgency]
    .map(([agencyName, count]) => ({ agencyName, count }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName));
  await auditReads(
    c,
    results.map((r) => ({ id: r.id, response: r })),
    'search',
    (trx) =>
      appendAudit(trx, c.auditKey, {
        event: 'youth.searched',
        ...who(c),
        outcome: 'success',
        details: {
          purpose: 'search',
          criteria: criteria.name && criteria.dob ? 'name_dob' : criteria.name ? 'name' : 'dob',
          visible: results.length,
          elsewhere: hiddenIds.length,
        },
      }),
  );
  return { results, elsewhere };
}

export async function listCareTeam(c: Caller, youthId: string) {
  await requireYouthAccess(c, youthId, 'read_care_team');
  const rows = await c.db
    .selectFrom('care_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .select([
      'm.id',
      'm.user_id',
      'u.display_name',
      'u.role',
      'm.agency_id',
      'a.name as agency_name',
      'm.basis',
      'm.added_at',
    ])
    .where('m.youth_id', '=', youthId)
    .where('m.removed_at', 'is', null)
    .orderBy('m.added_at')
    .execute();
  await auditOnce(c.db, c.auditKey, {
    event: 'youth.read',
    ...who(c),
    youthId,
    recordType: 'care_team',
    recordId: youthId,
    fields: ['care_team'],
    outcome: 'success',
  });
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    displayName: r.display_name,
    role: r.role,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    basis: r.basis,
    addedAt: r.added_at,
  }));
}

/** A care-team member (not a break-glass visitor) adds someone, from any agency, recording the basis. */
export async function addCareTeamMember(c: Caller, youthId: string, input: { userId: string; basis: CareTeamBasis }) {
  const access = await requireYouthAccess(c, youthId, 'add_member');
  if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access cannot change the care team');
  const now = c.now ?? new Date();
  const target = await c.db
    .selectFrom('app_user')
    .select(['id', 'agency_id', 'status'])
    .where('id', '=', input.userId)
    .executeTakeFirst();
  if (target?.status !== 'active') {
    throw new HarborError('validation_failed', 'unknown or disabled user', [
      { path: 'body.userId', message: 'validation.invalid' },
    ]);
  }
  const memberId = newId();
  await c.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('care_team_member')
      .select('id')
      .where('youth_id', '=', youthId)
      .where('user_id', '=', input.userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (existing) throw new HarborError('conflict', 'already on the care team');
    await trx
      .insertInto('care_team_member')
      .values({
        id: memberId,
        youth_id: youthId,
        user_id: target.id,
        agency_id: target.agency_id,
        basis: input.basis,
        added_by: c.user.id,
        added_at: toStoredTime(now),
        removed_by: null,
        removed_at: null,
      })
      .execute();
    await appendAudit(trx, c.auditKey, {
      event: 'care_team.member_added',
      ...who(c),
      youthId,
      recordType: 'care_team_member',
      recordId: memberId,
      outcome: 'success',
      details: { basis: input.basis, member_agency_id: target.agency_id },
    });
  });
  return memberId;
}

export async function removeCareTeamMember(c: Caller, youthId: string, memberId: string): Promise<void> {
  const access = await requireYouthAccess(c, youthId, 'remove_member');
  if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access cannot change the care team');
  const now = c.now ?? new Date();
  await c.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('care_team_member')
      .set({ removed_at: toStoredTime(now), removed_by: c.user.id })
      .where('id', '=', memberId)
      .where('youth_id', '=', youthId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new HarborError('not_found', 'no such member');
    await appendAudit(trx, c.auditKey, {
      event: 'care_team.member_removed',
      ...who(c),
      youthId,
      recordType: 'care_team_member',
      recordId: memberId,
      outcome: 'success',
    });
  });
}

/**
 * Emergency access to a youth outside one's care team: a written reason, 60 minutes, audited,
 * and listed for the supervisors of the agencies on the youth's care team.
 */
export async function breakGlass(c: Caller, youthId: string, reason: string) {
  const now = c.now ?? new Date();
  const exists = await c.db.selectFrom('youth').select('id').where('id', '=', youthId).executeTakeFirst();
  if (!exists) throw new HarborError('not_found', 'no such youth');
  const grant = {
    id: newId(),
    user_id: c.user.id,
    youth_id: youthId,
    reason: reason.trim(),
    granted_at: toStoredTime(now),
    expires_at: toStoredTime(new Date(now.getTime() + BREAK_GLASS_MS)),
  };
  await c.db.transaction().execute(async (trx) => {
    await trx.insertInto('break_glass_grant').values(grant).execute();
    await appendAudit(trx, c.auditKey, {
      event: 'access.break_glass',
      ...who(c),
      youthId,
      recordType: 'break_glass_grant',
      recordId: grant.id,
      outcome: 'success',
      details: { minutes: BREAK_GLASS_MS / 60_000 },
    });
  });
  return grant;
}

/** Break-glass grants on youth whose care team includes the supervisor's agency, newest first. */
export async function breakGlassForSupervisor(c: Caller, limit = 100) {
  const rows = await c.db
    .selectFrom('break_glass_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select([
      'a.name as agency_name',
      'g.id',
      'g.youth_id',
      'g.user_id',
      'u.display_name',
      'u.agency_id',
      'g.reason',
      'g.granted_at',
      'g.expires_at',
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_team_member as m')
          .select('m.id')
          .whereRef('m.youth_id', '=', 'g.youth_id')
          .where('m.agency_id', '=', c.user.agency_id),
      ),
    )
    .orderBy('g.granted_at', 'desc')
    .limit(limit)
    .execute();
  // The reasons may describe the youth: reading them is recorded like a search of the audit trail.
  await auditOnce(c.db, c.auditKey, {
    event: 'audit.searched',
    ...who(c),
    outcome: 'success',
    details: { view: 'break_glass', count: rows.length },
  });
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    userId: r.user_id,
    userName: r.display_name,
    userAgencyId: r.agency_id,
    userAgencyName: r.agency_name,
    active: r.expires_at > toStoredTime(c.now ?? new Date()),
    reason: r.reason,
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
  }));
}
