import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { instruments } from './instruments.js';
import { screeningRoutes } from './routes.js';

/** Screening instruments as data, and screenings: drafts, completed, corrections, linked to a youth. */
export const screeningFeature = defineFeature<Services>({
  name: 'screening',
  tables: {
    instrument: { youthData: false, columns: {} },
    screening: {
      youthData: true,
      columns: {
        // Each answer has its item's class (protocol or clinical: core's itemFieldClass).
        answers: { class: ['protocol', 'clinical'], encrypted: 'field-encryption' },
        level: { class: 'protocol' },
        result: { class: 'protocol' },
        safety: { class: 'protocol' },
        // Why a screening was corrected can describe the youth: encrypted like other identifying text.
        correction_reason: { class: 'protocol', encrypted: 'field-encryption' },
      },
    },
  },
  auditEvents: ['screening.read', 'screening.saved', 'screening.completed', 'screening.corrected', 'screening.linked'],
  permissions: ['youth.read', 'youth.write'],
  routes: screeningRoutes,
  prepare: (services) => instruments.ensureShipped(services.database.db),
});
