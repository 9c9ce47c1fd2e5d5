import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { healthRoutes } from './routes.js';

/** /healthz and /readyz, for load balancers and monitoring. */
export const healthFeature = defineFeature<Services>({
  name: 'health',
  auditEvents: [],
  permissions: [],
  routes: healthRoutes,
});
