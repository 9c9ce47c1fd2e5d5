import { defineFeature } from '../../feature-declaration';

/** Screenings, online or offline: the list, the form (kept on the device), the results. */
export const screeningFeature = defineFeature({
  name: 'screening',
  appPages: [
    { path: 'screenings', load: async () => (await import('./screenings-page')).ScreeningsPage },
    { path: 'screenings/new', load: async () => (await import('./new-screening-page')).NewScreeningPage },
    { path: 'screenings/edit/:localId', load: async () => (await import('./screening-form-page')).ScreeningFormPage },
    { path: 'screenings/local/:localId', load: async () => (await import('./local-result-page')).LocalResultPage },
    { path: 'screenings/:id', load: async () => (await import('./result-page')).ScreeningResultPage },
  ],
  nav: {
    signedIn: [{ to: '/app/screenings', key: 'screeningForm.nav', group: 'work', permission: 'youth.write' }],
  },
});
