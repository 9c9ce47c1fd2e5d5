import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { cspReportRoutes } from './routes.js';

/** Browsers' Content-Security-Policy violation reports (no youth data: directive, page and blocked address only). */
export const cspReportsFeature = defineFeature<Services>({
  name: 'csp-reports',
  tables: { security_report: { youthData: false, columns: {} } },
  auditEvents: [],
  permissions: [],
  routes: cspReportRoutes,
});
