import { defineFeature } from '../../feature-declaration';

/** The person's own sessions (/app/sessions) and password (/app/password). (The signed-in start page is the work feature's.) */
export const accountFeature = defineFeature({
  name: 'account',
  appPages: [
    { path: 'sessions', load: async () => (await import('./my-sessions-page')).MySessionsPage },
    { path: 'password', load: async () => (await import('./password-page')).PasswordPage },
  ],
  nav: {
    signedIn: [
      { to: '/app/sessions', key: 'shell.nav.mySessions', group: 'account' },
      { to: '/app/password', key: 'shell.nav.password', group: 'account' },
    ],
  },
});
