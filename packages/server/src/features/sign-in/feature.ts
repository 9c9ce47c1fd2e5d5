import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { oidcRoutes } from './oidc-routes.js';
import { signInRoutes } from './routes.js';

/**
 * Signing in: the first administrator's set-up, password and single sign-on (OpenID Connect), the second factor,
 * sessions. The account tables (identity/) hold no youth data; the authenticator secret is encrypted under its own key.
 */
export const signInFeature = defineFeature<Services>({
  name: 'sign-in',
  tables: {
    agency: { youthData: false, columns: {} },
    app_user: { youthData: false, columns: { totp_secret: { class: 'meta', encrypted: 'totp-secret' } } },
    user_session: { youthData: false, columns: {} },
    recovery_code: { youthData: false, columns: {} },
    one_time_link: { youthData: false, columns: {} },
    role_permission: { youthData: false, columns: {} },
  },
  auditEvents: [
    'auth.sign_in.succeeded',
    'auth.sign_in.failed',
    'auth.mfa.enrolled',
    'auth.mfa.succeeded',
    'auth.mfa.failed',
    'auth.recovery_code.used',
    'auth.sign_out',
    'auth.session.ended',
    'auth.account.locked',
    'auth.password.changed',
  ],
  permissions: [],
  routes: async (app, services) => {
    await signInRoutes(app, services);
    if (services.config.oidc) await oidcRoutes(app, services);
  },
});
