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

/** Stores browser security reports, all or none. */
export async function recordSecurityReports(input: {
  db: Kysely<Database>;
  reports: SecurityReport[];
  now?: Date;
}): Promise<number> {
  if (input.reports.length === 0) return 0;
  const receivedAt = toStoredTime(input.now);
  await input.db
    .insertInto('security_report')
    .values(
      input.reports.map((r) => ({
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
  return input.reports.length;
}
