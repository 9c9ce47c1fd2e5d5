import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { deadlinesRoutes } from './routes.js';

/**
 * The deadlines view, gathered from the features that keep clocks (sources.ts): protocol steps and referrals. It owns
 * no table: each source reads its own feature's records.
 */
export const deadlinesFeature = defineFeature<Services>({
  name: 'deadlines',
  auditEvents: ['response.read', 'referral.read', 'access.denied'],
  permissions: ['youth.read'],
  routes: deadlinesRoutes,
});
