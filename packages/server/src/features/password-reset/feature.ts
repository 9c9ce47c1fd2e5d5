import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { passwordResetRoutes } from './routes.js';

/**
 * A forgotten password: a reset link by e-mail ("Forgot your password?", when SMTP is configured) or from an
 * administrator (features/admin), and the reset itself. Its links are sign-in's one-time links (one_time_link).
 */
export const passwordResetFeature = defineFeature<Services>({
  name: 'password-reset',
  auditEvents: ['auth.password.reset_requested', 'auth.password.reset'],
  permissions: [],
  routes: passwordResetRoutes,
});
