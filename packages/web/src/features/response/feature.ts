import { defineFeature } from '../../feature-declaration';

/** Responses (the First Responder Protocol run for a youth), deadlines and notifications. */
export const responseFeature = defineFeature({
  name: 'response',
  appPages: [
    { path: 'responses', load: async () => (await import('./responses-page')).ResponsesPage },
    { path: 'responses/new', load: async () => (await import('./new-response-page')).NewResponsePage },
    { path: 'responses/:id', load: async () => (await import('./response-page')).ResponsePage },
    { path: 'deadlines', load: async () => (await import('./deadlines-page')).DeadlinesPage },
    { path: 'notifications', load: async () => (await import('./notifications-page')).NotificationsPage },
  ],
  nav: {
    signedIn: [
      { to: '/app/responses', key: 'responseWeb.nav.responses', group: 'work', permission: 'youth.read' },
      { to: '/app/deadlines', key: 'responseWeb.nav.deadlines', group: 'work', permission: 'youth.read' },
      {
        to: '/app/notifications',
        key: 'responseWeb.nav.notifications',
        group: 'work',
        permission: 'youth.read',
        counter: 'unreadNotifications',
      },
    ],
  },
});
