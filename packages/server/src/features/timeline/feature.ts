import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { timelineRoutes } from './routes.js';

/**
 * A youth's timeline, gathered from the features that keep records about the youth (sources.ts). It owns no table:
 * each source reads its own feature's records.
 */
export const timelineFeature = defineFeature<Services>({
  name: 'timeline',
  auditEvents: ['youth.read', 'access.denied'],
  permissions: ['youth.read'],
  routes: timelineRoutes,
});
