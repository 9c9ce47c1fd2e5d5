import { defineFeature } from '../../feature-declaration';

/**
 * The resource directory (Open Referral HSDS 3.0): the staff search, a service's page, its editing and history.
 * Staff reach it from My Harbor and from a youth's "Refer to a service" (a supervisor's bar holds at most nine items
 * to stay on one line at 1280 px in both languages); its editors (directory.edit) from the administration's menu.
 */
export const directoryFeature = defineFeature({
  name: 'directory',
  appPages: [
    { path: 'directory', load: async () => (await import('./directory-page')).DirectoryPage },
    { path: 'directory/:id', load: async () => (await import('./service-page')).ServicePage },
  ],
  nav: {
    signedIn: [{ to: '/app/directory', key: 'directoryWeb.nav', group: 'admin', permission: 'directory.edit' }],
  },
});
