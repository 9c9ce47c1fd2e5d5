import { defineFeature } from '../../feature-declaration';

/** The signed-in start page (My Harbor, /app): my work (responses, steps due, screenings, notifications). */
export const workFeature = defineFeature({
  name: 'work',
  appPages: [{ path: '', load: async () => (await import('./my-work-page')).MyWorkPage }],
  nav: { signedIn: [{ to: '/app', key: 'shell.nav.myHarbor', end: true, group: 'start' }] },
});
