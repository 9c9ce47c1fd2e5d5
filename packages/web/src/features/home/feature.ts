import { defineFeature } from '../../feature-declaration';

/** The staff app's public start page (/staff); `/` itself is the public information site's. */
export const homeFeature = defineFeature({
  name: 'home',
  pages: [{ path: 'staff', load: async () => (await import('./home-page')).HomePage }],
  nav: { public: [{ to: '/staff', key: 'shell.nav.home', end: true }] },
});
