import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { Mailer } from './mailer.js';
import { notificationRoutes } from './routes.js';
import { DeadlineScheduler } from './scheduler.js';

/**
 * Escalation of overdue steps and the notifications it makes: the deadline scheduler (a job every server process
 * runs, started by serve.ts), the mailer, and each user's notifications. Its tables belong to the response feature.
 */
export const escalationFeature = defineFeature<Services>({
  name: 'escalation',
  auditEvents: ['response.escalated', 'response.read'],
  permissions: [],
  routes: notificationRoutes,
  jobs: [
    // Deadlines: escalations of overdue steps, and the e-mail waiting to go out, checked every interval.
    ({ services, logger }) => {
      const { config } = services;
      const mailer = services.mail ? new Mailer(services.mail, config.publicUrl, logger) : undefined;
      const scheduler = new DeadlineScheduler({
        database: services.database,
        auditKey: services.auditKey,
        intervalMs: config.schedulerIntervalMs,
        mailer,
        logger,
        timeZone: config.timeZone,
      });
      return {
        start: () => scheduler.start(),
        stop: async () => {
          await scheduler.stop();
        },
      };
    },
  ],
});
