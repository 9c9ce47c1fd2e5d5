import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { helpRoutes } from './routes.js';

/** What the staff app's help pages ask the server: the county's contact for account problems (HARBOR_HELP_*). */
export const helpFeature = defineFeature<Services>({
  name: 'help',
  auditEvents: [],
  permissions: [],
  routes: (app, services) => helpRoutes(app, { config: services.config }),
});
