import { z } from 'zod';

const text = z.string().max(4096);

/** The body browsers send to a CSP `report-uri` (Content-Type application/csp-report). */
export const LegacyCspReport = z.object({
  'csp-report': z.looseObject({
    'document-uri': text.optional(),
    'blocked-uri': text.optional(),
    'violated-directive': text.optional(),
    'effective-directive': text.optional(),
    disposition: text.optional(),
  }),
});

/** The body of the Reporting API (Content-Type application/reports+json). */
export const ReportingApiReports = z
  .array(
    z.looseObject({
      type: text,
      url: text.optional(),
      body: z
        .looseObject({
          documentURL: text.optional(),
          blockedURL: text.optional(),
          effectiveDirective: text.optional(),
          disposition: text.optional(),
        })
        .optional(),
    }),
  )
  .min(1)
  .max(50);

export const CspReportBody = z.union([LegacyCspReport, ReportingApiReports]);
export type CspReportBody = z.infer<typeof CspReportBody>;
