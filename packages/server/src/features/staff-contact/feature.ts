import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { staffContactRoutes } from './routes.js';

/** How care teams reach a staff member (a work phone beside the e-mail); not a youth's data. */
export const staffContactFeature = defineFeature<Services>({
  name: 'staff-contact',
  auditEvents: ['admin.user.updated'],
  permissions: ['users.manage'],
  routes: staffContactRoutes,
});
