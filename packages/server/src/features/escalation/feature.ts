import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { notificationRoutes } from './routes.js';

/**
 * Escalation of overdue steps and the notifications it makes: the deadline scheduler (a job every server process
 * runs, started by serve.ts), the mailer, and each user's notifications. Its tables belong to the response feature.
 */
export const escalationFeature = defineFeature<Services>({
  name: 'escalation',
  auditEvents: ['response.escalated', 'response.read'],
  permissions: [],
  routes: notificationRoutes,
});
