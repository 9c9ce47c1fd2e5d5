import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HarborDatabase } from '../../db/database.js';
import { HarborError } from '../../errors.js';
import { PUBLIC } from '../../http/access.js';
import { CSP_REPORT_PATH } from '../../http/security-headers.js';
import { normaliseReports, recordSecurityReports } from './record-security-reports.js';
import { CspReportBody } from './schemas.js';

/** The largest report body (a browser's batch of reports is a few kilobytes). */
export const REPORT_BODY_LIMIT = 32 * 1024;
/** How many reports one client address may have stored a minute; past it, 429 (a browser drops the report). */
export const REPORTS_PER_ADDRESS_PER_MINUTE = 300;

/** Reports stored per client address in the current minute: at most `perMinute` each (a fixed window per address). */
export class ReportBudget {
  private readonly windows = new Map<string, { start: number; used: number }>();
  constructor(private readonly perMinute = REPORTS_PER_ADDRESS_PER_MINUTE) {}

  /** How many of `wanted` reports the address may have stored now (the budget is taken). */
  take(address: string, wanted: number, now = Date.now()): number {
    if (this.windows.size > 10_000) {
      for (const [key, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(key);
    }
    let window = this.windows.get(address);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, used: 0 };
      this.windows.set(address, window);
    }
    const granted = Math.max(0, Math.min(wanted, this.perMinute - window.used));
    window.used += granted;
    return granted;
  }
}

/**
 * Browsers post Content-Security-Policy violations here (the `report-uri` of Harbor's policy). Anyone may post, so
 * the body is small, the reports per address and minute are limited, the stored ones capped and pruned
 * (recordSecurityReports), and nothing of the request but the violation itself is kept.
 */
export async function cspReportRoutes(app: FastifyInstance, options: { database: HarborDatabase }): Promise<void> {
  const budget = new ReportBudget();
  app.addContentTypeParser(
    ['application/csp-report', 'application/reports+json'],
    { parseAs: 'string', bodyLimit: REPORT_BODY_LIMIT },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new HarborError('bad_request', 'report body is not JSON'), undefined);
      }
    },
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    CSP_REPORT_PATH,
    {
      bodyLimit: REPORT_BODY_LIMIT,
      config: { access: PUBLIC, rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: {
        tags: ['security'],
        summary: 'Receive Content-Security-Policy violation reports from browsers',
        body: CspReportBody,
        response: {
          204: z.null().describe('Stored (past the reports an address may send a minute: the rest dropped)'),
        },
      },
    },
    async (request, reply) => {
      const reports = normaliseReports(request.body);
      const granted = budget.take(request.ip, reports.length);
      if (reports.length > 0 && granted === 0) throw new HarborError('rate_limited', 'reports per address');
      await recordSecurityReports({ db: options.database.db, reports: reports.slice(0, granted) });
      return reply.status(204).send(null);
    },
  );
}
