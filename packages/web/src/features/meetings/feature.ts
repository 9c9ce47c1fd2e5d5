import { defineFeature } from '../../feature-declaration';

/**
 * MDT meetings (issue 16): the meetings I chair or attend and scheduling one; a meeting's page with its attendees, the
 * roster of youths (each member sees only the youths they may, "Restricted" for the others), the agenda, notes,
 * decisions, action items, disclosures with their legal basis, the chair's sign-off and then addenda only. The youth's
 * page shows the youth's disclosures and own goals (youth-meetings.tsx, one of the features' youth sections).
 * Administrators keep the county's meeting types (meeting-types-page.tsx).
 */
export const meetingsFeature = defineFeature({
  name: 'meetings',
  appPages: [
    { path: 'meetings', load: async () => (await import('./meetings-page')).MeetingsPage },
    { path: 'meetings/types', load: async () => (await import('./meeting-types-page')).MeetingTypesPage },
    { path: 'meetings/:id', load: async () => (await import('./meeting-page')).MeetingPage },
  ],
  youthSections: [{ key: 'meetings', load: async () => (await import('./youth-meetings')).YouthMeetingSections }],
  nav: {
    signedIn: [
      { to: '/app/meetings', key: 'meetings.nav', group: 'work', permission: 'youth.write' },
      { to: '/app/meetings/types', key: 'meetings.nav.types', group: 'admin', permission: 'mdt.types' },
    ],
  },
});
