import type { Kysely } from 'kysely';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { CspReportBody } from './schemas.js';

export interface SecurityReport {
  kind: string;
  documentUri: string;
  blockedUri: string;
  directive: string;
  disposition: string;
}

const MAX = 512;

/** Keeps an address's origin and path only: a query string could carry anything. */
export function withoutQuery(value: string | undefined): string {
  if (!value) return '';
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return `${url.origin}${url.pathname}`.slice(0, MAX);
    return url.protocol.slice(0, MAX);
  } catch {
    // Keywords such as 'inline' or 'eval' are kept; anything else is not.
    return /^[a-z-]{1,32}$/.test(value) ? value : '[other]';
  }
}

function word(value: string | undefined, fallback: string): string {
  const trimmed = (value ?? '').trim().slice(0, 64);
  return /^[a-zA-Z0-9 '_-]+$/.test(trimmed) ? trimmed : fallback;
}

export function normaliseReports(body: CspReportBody): SecurityReport[] {
  if (!Array.isArray(body)) {
    const r = body['csp-report'];
    return [
      {
        kind: 'csp-report',
        documentUri: withoutQuery(r['document-uri']),
        blockedUri: withoutQuery(r['blocked-uri']),
        directive: word(r['effective-directive'] ?? r['violated-directive']?.split(' ')[0], 'unknown'),
        disposition: word(r.disposition, 'enforce'),
      },
    ];
  }
  return body
    .filter((r) => r.type === 'csp-violation')
    .map((r) => ({
      kind: 'csp-violation',
      documentUri: withoutQuery(r.body?.documentURL ?? r.url),
      blockedUri: withoutQuery(r.body?.blockedURL),
      directive: word(r.body?.effectiveDirective, 'unknown'),
      disposition: word(r.body?.disposition, 'enforce'),
    }));
}

/** The most reports kept: past it, the oldest go (issue 13, item 9). */
export const MAX_STORED_REPORTS = 10_000;
/** How long a report is kept. */
export const REPORT_RETENTION_MS = 30 * 24 * 60 * 60_000;

/**
 * Stores browser security reports, all or none, and prunes in the same transaction: reports older than the retention,
 * and beyond the newest `maxStored` (so an anonymous sender can never grow the table without bound).
 */
export async function recordSecurityReports(input: {
  db: Kysely<Database>;
  reports: SecurityReport[];
  now?: Date;
  maxStored?: number;
}): Promise<number> {
  if (input.reports.length === 0) return 0;
  const now = input.now ?? new Date();
  const receivedAt = toStoredTime(now);
  const maxStored = input.maxStored ?? MAX_STORED_REPORTS;
  await input.db.transaction().execute(async (trx) => {
    await insertReports(trx, input.reports, receivedAt);
    await trx
      .deleteFrom('security_report')
      .where('received_at', '<', toStoredTime(new Date(now.getTime() - REPORT_RETENTION_MS)))
      .execute();
    // The newest report past the cap, and every older one, go (ids are UUIDv7: they order like the time).
    const past = await trx
      .selectFrom('security_report')
      .select(['received_at', 'id'])
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .offset(maxStored)
      .executeTakeFirst();
    if (past) {
      await trx
        .deleteFrom('security_report')
        .where((eb) =>
          eb.or([
            eb('received_at', '<', past.received_at),
            eb.and([eb('received_at', '=', past.received_at), eb('id', '<=', past.id)]),
          ]),
        )
        .execute();
    }
  });
  return input.reports.length;
}

async function insertReports(db: Kysely<Database>, reports: SecurityReport[], receivedAt: string): Promise<void> {
  await db
    .insertInto('security_report')
    .values(
      reports.map((r) => ({
        id: newId(),
        received_at: receivedAt,
        kind: r.kind,
        document_uri: r.documentUri,
        blocked_uri: r.blockedUri,
        directive: r.directive,
        disposition: r.disposition,
      })),
    )
    .execute();
}
