import { defineFeature } from '../../feature-declaration';

/**
 * Help for staff (/help and below): what Harbor is for, a page per area, a glossary, and whom to call about an
 * account. Public pages, like /about, since a person locked out needs them most; the signed-in menu links to them.
 */
export const helpFeature = defineFeature({
  name: 'help',
  pages: [
    { path: 'help', load: async () => (await import('./help-index-page')).HelpIndexPage },
    { path: 'help/youth-records', load: async () => (await import('./youth-records-help-page')).YouthRecordsHelpPage },
    { path: 'help/screening', load: async () => (await import('./screening-help-page')).ScreeningHelpPage },
    { path: 'help/responses', load: async () => (await import('./responses-help-page')).ResponsesHelpPage },
    { path: 'help/deadlines', load: async () => (await import('./deadlines-help-page')).DeadlinesHelpPage },
    { path: 'help/referrals', load: async () => (await import('./referrals-help-page')).ReferralsHelpPage },
    { path: 'help/directory', load: async () => (await import('./directory-help-page')).DirectoryHelpPage },
    {
      path: 'help/administration',
      load: async () => (await import('./administration-help-page')).AdministrationHelpPage,
    },
    { path: 'help/glossary', load: async () => (await import('./glossary-page')).GlossaryPage },
  ],
  nav: { signedIn: [{ to: '/help', key: 'shell.nav.help', group: 'help' }] },
});
