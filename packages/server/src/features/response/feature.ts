import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { recomputeWrittenReportDeadlines } from './recompute-deadlines.js';
import { protocols } from './response-rules.js';
import { responseRoutes } from './routes.js';

/**
 * Responses: the first-responder protocol as data, each response's steps and clocks, the mandated telephone and
 * written reports, SB 1322, the safety step, and the escalations and notifications of overdue steps.
 */
export const responseFeature = defineFeature<Services>({
  name: 'response',
  tables: {
    protocol: { youthData: false, columns: {} },
    response: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        opened_by: { class: 'protocol' },
        recovered_at: { class: 'protocol' },
        learned_at: { class: 'protocol' },
        report_made_by: { class: 'protocol' },
        report_made_at: { class: 'protocol' },
        facts: { class: 'protocol' },
        crisis_plan: { class: 'safety', encrypted: 'field-encryption' },
      },
    },
    response_step: {
      youthData: true,
      columns: {
        status: { class: 'protocol' },
        due_at: { class: 'protocol' },
        // A note is in its step's class: clinical for clinical and health steps (core's stepNoteClass).
        note: { class: ['protocol', 'clinical'], encrypted: 'field-encryption' },
      },
    },
    telephone_report: {
      youthData: true,
      columns: {
        called_at: { class: 'protocol' },
        hotline: { class: 'mandated_report' },
        worker_name: { class: 'mandated_report', encrypted: 'field-encryption' },
        referral_number: { class: 'mandated_report', encrypted: 'field-encryption' },
        response_category: { class: 'mandated_report' },
      },
    },
    written_report: {
      youthData: true,
      columns: {
        fields: { class: 'mandated_report', encrypted: 'field-encryption' },
        submitted_at: { class: 'protocol' },
      },
    },
    law_enforcement_action: {
      youthData: true,
      columns: { kind: { class: 'protocol' }, code: { class: 'protocol' }, conduct_on: { class: 'protocol' } },
    },
    // Earlier arrests, citations and charges (SB 1322, PC 236.14): what the protocol and vacatur need, so the care
    // team's protocol class; the charge, the agency and the disposition encrypted.
    earlier_arrest: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        kind: { class: 'protocol' },
        code: { class: 'protocol', encrypted: 'field-encryption' },
        occurred_on: { class: 'protocol' },
        agency: { class: 'protocol', encrypted: 'field-encryption' },
        disposition: { class: 'protocol', encrypted: 'field-encryption' },
        unlawful: { class: 'protocol' },
      },
    },
    escalation: { youthData: true, columns: { due_at: { class: 'protocol' } } },
    notification: { youthData: true, columns: { kind: { class: 'protocol' } } },
  },
  auditEvents: [
    'response.opened',
    'response.read',
    'response.step_completed',
    'response.step_not_applicable',
    'response.step_taken',
    'response.telephone_report',
    'response.written_report_saved',
    'response.written_report_submitted',
    'response.crisis_plan_saved',
    'response.charge_refused',
    'response.action_recorded',
    'response.earlier_arrest_recorded',
    'response.learned_at_recorded',
    'response.deadline_moved',
    'response.step_declined',
    'response.recovery_recorded',
  ],
  permissions: ['youth.read', 'youth.write'],
  routes: responseRoutes,
  prepare: async (services) => {
    await protocols.ensureShipped(services.database.db);
    // PC 11166(a): responses opened before the time the reporter received the information was recorded get it, and
    // their written report's corrected deadline (a one-off job; nothing to do once done).
    await recomputeWrittenReportDeadlines(services.database.db, services.auditKey);
  },
});
