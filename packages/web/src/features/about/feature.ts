import { defineFeature } from '../../feature-declaration';

/** What Harbor is, whom it serves and the language it uses (/about), for everyone. */
export const aboutFeature = defineFeature({
  name: 'about',
  pages: [{ path: 'about', load: async () => (await import('./about-page')).AboutPage }],
  // Signed in, the page is linked from the footer (the menu keeps to the work).
  nav: { public: [{ to: '/about', key: 'shell.nav.about' }] },
});
