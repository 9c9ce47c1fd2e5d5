import { defineFeature } from '../../feature-declaration';

/** The signed-in start page (My Harbor, /app), the person's own sessions (/app/sessions) and password (/app/password). */
export const accountFeature = defineFeature({
  name: 'account',
  appPages: [
    { path: '', load: async () => (await import('./app-home-page')).AppHomePage },
    { path: 'sessions', load: async () => (await import('./my-sessions-page')).MySessionsPage },
    { path: 'password', load: async () => (await import('./password-page')).PasswordPage },
  ],
  nav: {
    signedIn: [
      { to: '/app', key: 'shell.nav.myHarbor', end: true, group: 'start' },
      { to: '/app/sessions', key: 'shell.nav.mySessions', group: 'account' },
      { to: '/app/password', key: 'shell.nav.password', group: 'account' },
    ],
  },
});
