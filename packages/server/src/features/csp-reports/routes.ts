import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HarborDatabase } from '../../db/database.js';
import { HarborError } from '../../errors.js';
import { PUBLIC } from '../../http/access.js';
import { CSP_REPORT_PATH } from '../../http/security-headers.js';
import { normaliseReports, recordSecurityReports } from './record-security-reports.js';
import { CspReportBody } from './schemas.js';

const REPORT_BODY_LIMIT = 64 * 1024;

/**
 * Browsers post Content-Security-Policy violations here (the `report-uri` of Harbor's policy). Anyone
 * may post, so the body is small, the rate per address limited, and nothing of the request but the
 * violation itself is kept.
 */
export async function cspReportRoutes(app: FastifyInstance, options: { database: HarborDatabase }): Promise<void> {
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
        response: { 204: z.null().describe('Stored') },
      },
    },
    async (request, reply) => {
      await recordSecurityReports({ db: options.database.db, reports: normaliseReports(request.body) });
      return reply.status(204).send(null);
    },
  );
}
