import { defineFeature } from '../../feature-declaration';

/** Signing in: password, second factor (or enrolling one), recovery codes (/sign-in). */
export const signInFeature = defineFeature({
  name: 'sign-in',
  pages: [{ path: 'sign-in', load: async () => (await import('./sign-in-page')).SignInPage }],
  nav: { public: [{ to: '/sign-in', key: 'shell.nav.signIn' }] },
});
