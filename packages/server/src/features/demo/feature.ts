import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { instanceRoutes } from './routes.js';

/**
 * Demonstration data: `harbor demo seed` (seed-demo.ts) fills an empty database with a fictional county through the
 * same use cases the API calls, and marks it (`demo_marker`); GET /api/v1/instance tells the staff app, which then
 * shows its "Demonstration data" banner on every page. A county's own database is never marked: the seed refuses any
 * database that holds a person or a youth.
 */
export const demoFeature = defineFeature<Services>({
  name: 'demo',
  tables: { demo_marker: { youthData: false, columns: {} } },
  // The accounts the seed makes are audited as an administrator's would be; the last entry says the seed finished.
  auditEvents: ['admin.agency.created', 'admin.user.created', 'auth.mfa.enrolled', 'admin.demo.seeded'],
  permissions: [],
  routes: instanceRoutes,
});
