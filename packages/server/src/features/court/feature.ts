import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { courtPrograms } from './programs.js';
import { courtRoutes } from './routes.js';

/**
 * Specialty courts (STAR, DREAM; FACTS.md, "Specialty courts"): programs as data, enrollments and phases, the hearing
 * calendar, the response log, probation caseloads and each agency's progress report before a hearing.
 */
export const courtFeature = defineFeature<Services>({
  name: 'court',
  tables: {
    court_program: { youthData: false, columns: {} },
    court_enrollment: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        status: { class: 'protocol' },
        phase_id: { class: 'protocol' },
        enrolled_on: { class: 'protocol' },
        ended_on: { class: 'protocol' },
        exit_reason: { class: 'protocol' },
        exit_note: { class: 'protocol', encrypted: 'field-encryption' },
        probation_officer_id: { class: 'protocol' },
      },
    },
    court_phase_entry: {
      youthData: true,
      columns: { team_decision: { class: 'protocol', encrypted: 'field-encryption' } },
    },
    court_hearing: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        hearing_on: { class: 'protocol' },
        department: { class: 'protocol' },
        type: { class: 'protocol' },
        appeared: { class: 'protocol' },
        outcome: { class: 'protocol' },
        next_on: { class: 'protocol' },
      },
    },
    // An entry about treatment is clinical (its field_class); the others the protocol class.
    court_response: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        kind: { class: ['protocol', 'clinical'] },
        behaviour: { class: ['protocol', 'clinical'], encrypted: 'field-encryption' },
        response: { class: ['protocol', 'clinical'], encrypted: 'field-encryption' },
        team_decision: { class: ['protocol', 'clinical'], encrypted: 'field-encryption' },
      },
    },
    court_progress_report: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        basis: { class: 'protocol', encrypted: 'field-encryption' },
        // Each section in its class (core's REPORT_SECTIONS): protocol, contact (placement) or clinical.
        sections: { class: ['protocol', 'contact', 'clinical'], encrypted: 'field-encryption' },
        status: { class: 'protocol' },
        due_on: { class: 'protocol' },
      },
    },
  },
  auditEvents: [
    'court.enrolled',
    'court.read',
    'court.phase_advanced',
    'court.ended',
    'court.hearing_scheduled',
    'court.hearing_recorded',
    'court.response_logged',
    'court.report_saved',
    'court.report_signed',
    'court.report_sent',
    'court.report_escalated',
    'court.report_refused',
  ],
  permissions: ['youth.read', 'youth.write'],
  routes: courtRoutes,
  prepare: async (services) => {
    await courtPrograms.ensureShipped(services.database.db);
  },
});
