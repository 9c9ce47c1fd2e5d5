import { defineFeature } from '../../feature-declaration';

/** The person's own sessions (/app/sessions). (The signed-in start page is the work feature's.) */
export const accountFeature = defineFeature({
  name: 'account',
  appPages: [{ path: 'sessions', load: async () => (await import('./my-sessions-page')).MySessionsPage }],
  nav: {
    signedIn: [{ to: '/app/sessions', key: 'shell.nav.mySessions', group: 'account' }],
  },
});
