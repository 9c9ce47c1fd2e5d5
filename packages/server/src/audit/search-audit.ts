import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import type { AuditEventTable } from '../db/tables/audit.js';
import { HarborError } from '../errors.js';
import { AUDIT_EVENTS } from './events.js';

export const MAX_AUDIT_PAGE = 500;

const moment = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value).toISOString());

/**
 * What admins and supervisors search the audit trail by; every filter is optional and they combine.
 * `from` is inclusive and `to` exclusive (a date alone means its midnight UTC). Results come newest
 * first; pass the `nextBefore` of one page as `before` to get the next (keyset pagination on seq, so a
 * page is as fast at the ten-millionth entry as at the first). Query-string values are accepted.
 */
export const AuditSearch = z.strictObject({
  actorUserId: z.uuid().optional(),
  youthId: z.uuid().optional(),
  /** Entries about any of these youth (the records a short reference stands for); at least one. */
  youthIds: z.array(z.uuid()).min(1).max(50).optional(),
  event: z.enum(AUDIT_EVENTS).optional(),
  from: moment.optional(),
  to: moment.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(100),
  before: z.coerce.number().int().min(1).optional(),
});
export type AuditSearch = z.input<typeof AuditSearch>;

/** One audit entry as searches and exports show it. */
export interface AuditRecord {
  seq: number;
  id: string;
  at: string;
  event: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  youthId: string | null;
  recordType: string | null;
  recordId: string | null;
  fields: string[];
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  entries: AuditRecord[];
  /** Pass as `before` for the next (older) page; null when this page is the last. */
  nextBefore: number | null;
}

/**
 * Whose entries a reader may search: everything (an administrator), or what the people of an agency did and, given
 * by the youth feature (which owns the care teams), everything done to the youth on whose care teams the agency is.
 */
export interface AuditScope {
  actorAgencyId?: string;
  /** Entries about the youth of the agency's care teams (a condition on the audit entry's youth_id). */
  aboutTeamYouth?: (eb: ExpressionBuilder<Database, 'audit_event'>) => Expression<SqlBool>;
}

/**
 * Searches the audit trail. The caller checks the `audit.read` permission and records the search
 * itself as an `audit.searched` event. Throws HarborError('validation_failed') for a wrong filter.
 */
export async function searchAudit(
  db: Kysely<Database>,
  search: AuditSearch,
  scope: AuditScope = {},
): Promise<AuditPage> {
  // A scoped reader (a supervisor) sees what the people of their agency did, and everything done to the records of
  // youth on whose care team their agency is: a break-glass visitor's reads included.
  const parsed = AuditSearch.safeParse(search);
  if (!parsed.success) {
    throw new HarborError(
      'validation_failed',
      'invalid audit search',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const filter = parsed.data;
  let query = db.selectFrom('audit_event').selectAll();
  const agencyId = scope.actorAgencyId;
  if (agencyId) {
    const aboutTeamYouth = scope.aboutTeamYouth;
    query = query.where((eb) =>
      aboutTeamYouth
        ? eb.or([eb('actor_agency_id', '=', agencyId), aboutTeamYouth(eb)])
        : eb('actor_agency_id', '=', agencyId),
    );
  }
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.youthId) query = query.where('youth_id', '=', filter.youthId);
  if (filter.youthIds) query = query.where('youth_id', 'in', filter.youthIds);
  if (filter.event) query = query.where('event', '=', filter.event);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.before) query = query.where('seq', '<', filter.before);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const entries = rows.slice(0, filter.limit).map(toAuditRecord);
  return { entries, nextBefore: rows.length > filter.limit ? (entries.at(-1)?.seq ?? null) : null };
}

export function toAuditRecord(row: AuditEventTable): AuditRecord {
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    event: row.event,
    actorUserId: row.actor_user_id,
    actorAgencyId: row.actor_agency_id,
    youthId: row.youth_id,
    recordType: row.record_type,
    recordId: row.record_id,
    fields: parseJson(row.fields, Array.isArray, [row.fields]),
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.user_agent,
    details: parseJson(row.details, (v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
      unreadable: row.details,
    }),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Stored JSON, or (for an entry damaged outside Harbor, which `harbor audit verify` reports) the raw text. */
function parseJson<T>(text: string, valid: (value: unknown) => boolean, fallback: T): T {
  try {
    const value: unknown = JSON.parse(text);
    return valid(value) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * What an export adds to an entry for people to read: the names of the people it names (who acted and their agency,
 * and the person it is about), the youth's short record reference, and the youth's name only where the reader may see
 * that youth's identity (the caller decides, through the records gate). Absent means not known or not shown.
 */
export interface AuditNames {
  actorName?: string | null;
  actorAgencyName?: string | null;
  subjectUserId?: string | null;
  subjectName?: string | null;
  youthRef?: string | null;
  youthName?: string | null;
}

const CSV_COLUMNS = [
  'seq',
  'at',
  'event',
  'outcome',
  'actor_user_id',
  'actor_name',
  'actor_agency_id',
  'actor_agency_name',
  'subject_user_id',
  'subject_name',
  'youth_id',
  'youth_ref',
  'youth_name',
  'record_type',
  'record_id',
  'fields',
  'ip',
  'user_agent',
  'details',
  'id',
  'prev_hash',
  'hash',
] as const;

/**
 * A formula's first character (= + - @, their full-width forms, and TAB or CR) at the start of a cell, or after a
 * character a spreadsheet may split cells on (comma, semicolon, TAB, pipe; a `;` list separator is the default in
 * much of the world) and any spaces and quotes: where a cell may begin, whichever separator the reader uses.
 */
const FORMULA_START = /(^|[,;\t|][\s"]*)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r])/g;

/**
 * One CSV cell (issue 13, item 11): always quoted, its quotes doubled (RFC 4180), so no separator inside a cell ends
 * it; and spreadsheet formula injection neutralised wherever a cell may begin, by an apostrophe before the formula's
 * first character, so `=HYPERLINK(…)` in a User-Agent is shown as text rather than run.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return `"${text.replace(FORMULA_START, "$1'$2").replaceAll('"', '""')}"`;
}

/**
 * The entries as CSV (RFC 4180, CRLF line ends), header first unless `header: false`, so pages of a
 * long export can be written one after another. Every cell, the names included, goes through `csvCell`. The caller checks `audit.export` and records the export
 * as an `audit.exported` event.
 */
export function auditCsv(records: readonly (AuditRecord & AuditNames)[], options: { header?: boolean } = {}): string {
  const lines = options.header === false ? [] : [CSV_COLUMNS.map(csvCell).join(',')];
  for (const r of records) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      seq: r.seq,
      at: r.at,
      event: r.event,
      outcome: r.outcome,
      actor_user_id: r.actorUserId,
      actor_name: r.actorName ?? null,
      actor_agency_id: r.actorAgencyId,
      actor_agency_name: r.actorAgencyName ?? null,
      subject_user_id: r.subjectUserId ?? null,
      subject_name: r.subjectName ?? null,
      youth_id: r.youthId,
      youth_ref: r.youthRef ?? null,
      youth_name: r.youthName ?? null,
      record_type: r.recordType,
      record_id: r.recordId,
      fields: r.fields.join(' '),
      ip: r.ip,
      user_agent: r.userAgent,
      details: JSON.stringify(r.details),
      id: r.id,
      prev_hash: r.prevHash,
      hash: r.hash,
    };
    lines.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
