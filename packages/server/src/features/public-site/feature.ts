import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { publicSiteRoutes } from './routes.js';

/** The bilingual public information site (server-rendered from content/public, quick exit, no cookies). */
export const publicSiteFeature = defineFeature<Services>({
  name: 'public-site',
  auditEvents: [],
  permissions: [],
  routes: (app, services) =>
    publicSiteRoutes(app, {
      config: services.config,
      webDist: services.webDist,
      ...(services.publicContentDir ? { contentDir: services.publicContentDir } : {}),
    }),
});
