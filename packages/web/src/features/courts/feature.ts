import type { Role } from '@harbor/core';
import { defineFeature } from '../../feature-declaration';

/** Who sits on or reports to a specialty court's team (FACTS.md: probation, DMH, advocates; the court's liaison). */
export const COURT_WORK_ROLES: readonly Role[] = [
  'probation_officer',
  'court_liaison',
  'clinician',
  'health_provider',
  'social_worker',
  'advocate',
];

/**
 * Specialty courts (STAR, DREAM, a county's own): the programs and the probation caseloads, the progress reports the
 * agency owes and each report's page; the youth's page holds the "Specialty court" section (youth-court.tsx).
 */
export const courtsFeature = defineFeature({
  name: 'courts',
  appPages: [
    { path: 'courts', load: async () => (await import('./courts-page')).CourtsPage },
    { path: 'courts/reports', load: async () => (await import('./reports-page')).ReportsPage },
    { path: 'courts/reports/:id', load: async () => (await import('./report-page')).ReportPage },
  ],
  youthSections: [{ key: 'court', load: async () => (await import('./youth-court')).YouthCourt }],
  // The MDT's members use the courts' pages in their work; a supervisor oversees caseloads and late reports.
  nav: {
    signedIn: [
      { to: '/app/courts', key: 'courtsWeb.nav', group: 'work', permission: 'youth.read', roles: COURT_WORK_ROLES },
      { to: '/app/courts', key: 'courtsWeb.nav', group: 'admin', permission: 'youth.read', roles: ['supervisor'] },
    ],
  },
});
