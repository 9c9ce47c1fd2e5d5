import { defineFeature } from '../../feature-declaration';

/** What Harbor is, whom it serves and the language it uses (/about), for everyone. */
export const aboutFeature = defineFeature({
  name: 'about',
  pages: [{ path: 'about', load: async () => (await import('./about-page')).AboutPage }],
  nav: {
    public: [{ to: '/about', key: 'shell.nav.about' }],
    signedIn: [{ to: '/about', key: 'shell.nav.about', group: 'account' }],
  },
});
