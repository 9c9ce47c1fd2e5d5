import { defineFeature } from '../../feature-declaration';

/**
 * The resource directory (Open Referral HSDS 3.0): the staff search, a service's page, its editing and history.
 * Reached from My Harbor and from a youth's "Refer to a service", not the header's menu: a supervisor's menu holds
 * at most nine items to stay on one line at 1280 px in both languages.
 */
export const directoryFeature = defineFeature({
  name: 'directory',
  appPages: [
    { path: 'directory', load: async () => (await import('./directory-page')).DirectoryPage },
    { path: 'directory/:id', load: async () => (await import('./service-page')).ServicePage },
  ],
});
