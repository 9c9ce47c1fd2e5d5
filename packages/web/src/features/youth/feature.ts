import { defineFeature } from '../../feature-declaration';

/** Youth records: my youth and a search, a new record, one youth's record with screenings and care team. */
export const youthFeature = defineFeature({
  name: 'youth',
  appPages: [
    { path: 'youth', load: async () => (await import('./youth-list-page')).YouthListPage },
    { path: 'youth/new', load: async () => (await import('./new-youth-page')).NewYouthPage },
    { path: 'youth/:id', load: async () => (await import('./youth-page')).YouthPage },
  ],
  nav: { signedIn: [{ to: '/app/youth', key: 'youthPage.nav', group: 'work', permission: 'youth.read' }] },
});
