import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { mdtRoutes } from './routes.js';

/**
 * MDT meetings (issue 16): meeting types as county data, meetings and attendees from several agencies, a roster of
 * youths each decided by the records gate for each reader (restricted, or what the reader's classes and the
 * meeting's disclosures allow), disclosures with their legal basis, notes, decisions, action items, signed minutes
 * and addenda, the youth's own goals.
 */
export const mdtFeature = defineFeature<Services>({
  name: 'mdt',
  tables: {
    mdt_meeting_type: { youthData: false, columns: {} },
    mdt_meeting: { youthData: false, columns: {} },
    mdt_attendee: { youthData: false, columns: {} },
    mdt_entry: { youthData: true, columns: { youth_id: { class: 'meta' } } },
    // A note in its field class (protocol, clinical or safety); agenda items and decisions in the protocol class.
    mdt_entry_text: {
      youthData: true,
      columns: { text: { class: ['protocol', 'clinical', 'safety'], encrypted: 'field-encryption' } },
    },
    mdt_action: { youthData: true, columns: { text: { class: 'protocol', encrypted: 'field-encryption' } } },
    mdt_disclosure: {
      youthData: true,
      columns: {
        youth_id: { class: 'meta' },
        basis: { class: 'protocol' },
        classes: { class: 'protocol' },
        basis_detail: { class: 'protocol', encrypted: 'field-encryption' },
      },
    },
    mdt_disclosure_recipient: { youthData: false, columns: {} },
    mdt_addendum: { youthData: true, columns: { text: { class: 'protocol', encrypted: 'field-encryption' } } },
    youth_goal: {
      youthData: true,
      columns: { youth_id: { class: 'meta' }, text: { class: 'clinical', encrypted: 'field-encryption' } },
    },
  },
  auditEvents: [
    'mdt.type_changed',
    'mdt.meeting_created',
    'mdt.meeting_changed',
    'mdt.meeting_signed',
    'mdt.addendum_added',
    'mdt.entry_added',
    'mdt.read',
    'mdt.written',
    'mdt.action_done',
    'mdt.disclosed',
    'mdt.disclosure_refused',
    'mdt.action_escalated',
    'mdt.reminded',
    'mdt.goal_added',
    'mdt.goals_read',
  ],
  permissions: ['youth.read', 'youth.write', 'mdt.types'],
  routes: mdtRoutes,
});
